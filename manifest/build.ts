// Assembles every file of one environment's manifests, validates them, and returns them as bytes:
// scripts/manifests.ts writes them; the tests inspect them without touching the disk.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ManifestSettings } from "./config";
import { officeManifestXml } from "./office";
import { TEAMS_ICONS, teamsManifest, teamsPackage } from "./teams";
import { validateIcon, validateOfficeManifest, validateTeamsManifest } from "./validate";

export interface ManifestFile {
  /** Relative to `dist/manifests/{environment}/`. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ManifestBuild {
  readonly files: readonly ManifestFile[];
  /** Empty when everything validates. */
  readonly problems: readonly string[];
}

export const ASSETS_DIR = resolve(import.meta.dirname, "../public/assets");

export function readAsset(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(ASSETS_DIR, name)));
}

export async function buildManifests(
  settings: ManifestSettings,
  readIcon: (name: string) => Uint8Array = readAsset,
): Promise<ManifestBuild> {
  const encoder = new TextEncoder();
  const word = officeManifestXml("word", settings);
  const excel = officeManifestXml("excel", settings);
  const teams = teamsManifest(settings);
  const icons = { color: readIcon(TEAMS_ICONS.color), outline: readIcon(TEAMS_ICONS.outline) };
  const problems = [
    ...validateOfficeManifest("word-manifest.xml", word, "word", settings),
    ...validateOfficeManifest("excel-manifest.xml", excel, "excel", settings),
    ...validateTeamsManifest("teams/manifest.json", teams, settings),
    ...validateIcon(TEAMS_ICONS.color, icons.color, { size: 192 }),
    ...validateIcon(TEAMS_ICONS.outline, icons.outline, { size: 32, outline: true }),
    ...([16, 32, 64, 80, 128] as const).flatMap((size) =>
      validateIcon(`icon-${size}.png`, readIcon(`icon-${size}.png`), { size }),
    ),
  ];
  const zip = await teamsPackage(teams, icons);
  return {
    problems,
    files: [
      { path: "word-manifest.xml", bytes: encoder.encode(word) },
      { path: "excel-manifest.xml", bytes: encoder.encode(excel) },
      { path: "teams/manifest.json", bytes: encoder.encode(`${JSON.stringify(teams, null, 2)}\n`) },
      { path: "teams/color-192.png", bytes: icons.color },
      { path: "teams/outline-32.png", bytes: icons.outline },
      { path: `spaser-365-teams-${settings.environment}.zip`, bytes: zip },
    ],
  };
}
