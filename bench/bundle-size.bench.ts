// Gzip size of the JavaScript each app page loads at start (its entry chunk and everything it imports
// statically), Office.js excluded (served apart). Chunks loaded later on demand are reported apart.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const DIST = join(import.meta.dirname, "..", "dist");
export const BUDGET_KB = 250;
const APPS: Record<string, string> = {
  "word-addin": "word-addin/taskpane.html",
  "excel-addin": "excel-addin/taskpane.html",
  "teams-app": "teams-app/index.html",
  "teams-app (configuration)": "teams-app/config.html",
};

const gzipKb = (file: string) => gzipSync(readFileSync(join(DIST, file))).length / 1024;

function closure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  follow: "static" | "all",
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  const chunk = manifest[key];
  const next = [...(chunk?.imports ?? []), ...(follow === "all" ? (chunk?.dynamicImports ?? []) : [])];
  for (const dep of next) closure(manifest, dep, follow, seen);
  return seen;
}

export async function run(): Promise<void> {
  await build({ logLevel: "error", build: { manifest: true } });
  const manifestPath = join(DIST, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error("manifest de build absent");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
  let over = false;
  for (const [app, entry] of Object.entries(APPS)) {
    const initial = closure(manifest, entry, "static");
    const all = closure(manifest, entry, "all");
    const size = (keys: Set<string>) =>
      [...keys]
        .map((k) => manifest[k]?.file)
        .filter((f): f is string => !!f && f.endsWith(".js"))
        .reduce((sum, f) => sum + gzipKb(f), 0);
    const initialKb = size(initial);
    const lazyKb = size(all) - initialKb;
    const ok = initialKb <= BUDGET_KB;
    over ||= !ok;
    console.log(
      `${app.padEnd(26)} ${initialKb.toFixed(1).padStart(7)} kB gzip au chargement${lazyKb > 0 ? ` (+ ${lazyKb.toFixed(1)} kB chargés à la demande)` : ""}  ${ok ? "OK" : "DÉPASSE"} (budget ${BUDGET_KB} kB)`,
    );
  }
  if (over) process.exitCode = 1;
}
