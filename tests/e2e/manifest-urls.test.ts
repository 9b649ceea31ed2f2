// Every page, icon, metadata and script a manifest points to must exist in the built product: a
// manifest that validates but names a missing file fails only when a user sideloads it.
import { describe, expect, inject, it } from "vitest";
import { DEV_BASE_URL, officeManifestXml, manifestSettings, teamsManifest } from "../../manifest";

const baseUrl = inject("baseUrl");
const settings = manifestSettings("dev", {});

function urlsIn(text: string): string[] {
  const found = text.match(/https:\/\/localhost:3000[^"'<>\s]*/g) ?? [];
  return [...new Set(found)];
}

describe("the dev manifests", () => {
  it.each([
    ["Word", officeManifestXml("word", settings)],
    ["Excel", officeManifestXml("excel", settings)],
    ["Teams", JSON.stringify(teamsManifest(settings))],
  ])("%s: every URL on the dev host is served by the built product", async (_, manifest) => {
    const urls = urlsIn(manifest).filter((url) => url !== DEV_BASE_URL);
    expect(urls.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const url of urls) {
      const path = new URL(url).pathname;
      const response = await fetch(`${baseUrl}${path}`);
      if (response.status !== 200) missing.push(`${path} → ${response.status}`);
    }
    expect(missing).toEqual([]);
  });
});
