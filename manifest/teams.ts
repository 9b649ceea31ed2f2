// Teams app package: manifest.json (schema v1.25 from @microsoft/app-manifest) + colour 192×192 and
// outline 32×32 icons, zipped. One static personal tab and one configurable tab that also serves the
// meeting surfaces (chat, details, side panel, stage), as PLATFORM-NOTES describes.
import JSZip from "jszip";
import { PATHS, TEXTS, type ManifestSettings } from "./config";

export const TEAMS_SCHEMA_VERSION = "1.25";
export const TEAMS_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
export const TEAMS_ICONS = { color: "color-192.png", outline: "outline-32.png" } as const;

export function teamsManifest(s: ManifestSettings): Record<string, unknown> {
  const url = (path: string) => `${s.baseUrl}${path}`;
  const host = new URL(s.baseUrl).host;
  const t = TEXTS.teams;
  return {
    $schema: TEAMS_SCHEMA_URL,
    manifestVersion: TEAMS_SCHEMA_VERSION,
    version: s.version,
    id: s.ids.teams,
    developer: {
      name: "SPASER 365",
      websiteUrl: url(PATHS.support),
      privacyUrl: url(PATHS.privacy),
      termsOfUseUrl: url(PATHS.terms),
    },
    name: { short: `${t.shortName}${s.nameSuffix}`, full: t.fullName },
    description: { short: t.shortDescription, full: t.fullDescription },
    icons: { color: TEAMS_ICONS.color, outline: TEAMS_ICONS.outline },
    accentColor: t.accentColor,
    staticTabs: [
      {
        entityId: "spaser-comites",
        name: t.personalTabName,
        contentUrl: url(PATHS.teamsContent),
        websiteUrl: url(PATHS.teamsContent),
        scopes: ["personal"],
        context: ["personalTab"],
      },
    ],
    configurableTabs: [
      {
        configurationUrl: url(PATHS.teamsConfig),
        canUpdateConfiguration: true,
        scopes: ["team", "groupChat"],
        // Meeting chat/details are declared with the side panel and stage: mobile clients show only those.
        context: [
          "channelTab",
          "privateChatTab",
          "meetingChatTab",
          "meetingDetailsTab",
          "meetingSidePanel",
          "meetingStage",
        ],
      },
    ],
    validDomains: [host],
    ...(s.clientId !== undefined && {
      webApplicationInfo: { id: s.clientId, resource: `api://${host}/${s.clientId}` },
    }),
    authorization: {
      permissions: {
        // Share the committee view to the meeting stage (meeting.shareAppContentToStage).
        resourceSpecific: [{ name: "MeetingStage.Write.Chat", type: "Delegated" }],
      },
    },
  };
}

/** A fixed date for every zip entry: the same inputs give the same bytes. */
const ZIP_DATE = new Date("2026-01-01T00:00:00Z");

export async function teamsPackage(
  manifest: Record<string, unknown>,
  icons: { readonly color: Uint8Array; readonly outline: Uint8Array },
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, { date: ZIP_DATE });
  zip.file(TEAMS_ICONS.color, icons.color, { date: ZIP_DATE });
  zip.file(TEAMS_ICONS.outline, icons.outline, { date: ZIP_DATE });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
