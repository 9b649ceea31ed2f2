// Graph is faked (tests/support/graph-fake.ts): no tenant is involved.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GraphFake } from "../../../tests/support/graph-fake";
import { connectPlatform, memoryReferentielCache } from "../../graph";
import { MockAuthProvider } from "../../auth";
import { parsePlatformConfig } from "../../config";
import { loadEmbedded, validateReferentielBundle } from "../../ui/platform/referentiel-bundle";
import { parseArgs, type CliIo } from "../io";
import { main } from "../main";
import { referentielCommand } from "./referentiel";
import { withPublishing } from "./referentiel-publish";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

let dir: string;
let fake: GraphFake;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "spaser-publish-"));
  fake = await new GraphFake().start();
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  await fake.stop();
});

const SITE = "contoso.sharepoint.com:/sites/achats";

describe("spaser referentiel bundle / publish", () => {
  it("writes the embedded référentiel as one publishable JSON file the apps accept", async () => {
    const { io, out } = capture();
    const file = join(dir, "referentiel.json");
    expect(await main(["referentiel", "bundle", "--out", file], io)).toBe(0);
    expect(out.join("\n")).toMatch(/12 segments, \d+ textes, \d+ clauses/);
    const referentiel = validateReferentielBundle(JSON.parse(readFileSync(file, "utf8")));
    expect(referentiel.clauses.length).toBe(loadEmbedded().clauses.length);
  });

  it("prints the requests of a publication with --dry-run, without a token", async () => {
    const { io, out, err } = capture();
    expect(await main(["referentiel", "publish", "--site", SITE, "--dry-run"], io)).toBe(0);
    expect(err.join("\n")).toContain("Simulation");
    const plan = JSON.parse(out.join("\n")) as { requests: { method: string; url: string }[] };
    expect(plan.requests.map((r) => `${r.method} ${decodeURIComponent(r.url)}`)).toEqual([
      "GET /sites/contoso.sharepoint.com:/sites/achats",
      "PUT /sites/{site-id}/drive/root:/Référentiel SPASER/referentiel.json:/content",
    ]);
  });

  it("publishes a bundle that an app connected to the site then loads from SharePoint", async () => {
    const { io, out } = capture();
    const file = join(dir, "referentiel.json");
    await main(["referentiel", "bundle", "--out", file], io);
    const command = withPublishing(referentielCommand, {
      baseUrl: fake.baseUrl,
      env: { SPASER_GRAPH_TOKEN: "jeton" },
    });
    const args = parseArgs(["publish", "--site", SITE, "--token-env", "SPASER_GRAPH_TOKEN", "--file", file]);
    expect(await command.run(args, io)).toBe(0);
    expect(out.at(-1)).toContain("Référentiel publié sur contoso.sharepoint.com/sites/achats");
    const platform = await connectPlatform({
      config: parsePlatformConfig({
        VITE_SPASER_CLIENT_ID: "6f1c2b3a-1111-4222-8333-944455556666",
        VITE_SPASER_BASE_URL: "https://spaser.contoso.fr",
        VITE_SPASER_SHAREPOINT_SITE: "contoso.sharepoint.com/sites/achats",
      }),
      auth: new MockAuthProvider(),
      graph: { baseUrl: fake.baseUrl },
      cache: memoryReferentielCache(),
    });
    const loaded = await platform.loadReferentiel(loadEmbedded(), validateReferentielBundle);
    expect(loaded.source).toBe("sharepoint");
  });

  it("refuses to publish an invalid bundle, naming the problem, and sends nothing", async () => {
    const { io } = capture();
    const file = join(dir, "casse.json");
    writeFileSync(file, JSON.stringify({ segments: [{ id: 3 }], legalTexts: [], clauses: [] }));
    const command = withPublishing(referentielCommand, {
      baseUrl: fake.baseUrl,
      env: { SPASER_GRAPH_TOKEN: "jeton" },
    });
    const args = parseArgs(["publish", "--site", SITE, "--token-env", "SPASER_GRAPH_TOKEN", "--file", file]);
    await expect(command.run(args, io)).rejects.toThrow(/segments\.json › segments\[0\]/);
    expect(fake.requests).toHaveLength(0);
  });

  it("says which variable is empty when the token is missing", async () => {
    const { io, err } = capture();
    const code = await main(
      ["referentiel", "publish", "--site", SITE, "--token-env", "SPASER_TOKEN_ABSENT_XYZ"],
      io,
    );
    expect(code).toBe(1);
    expect(err.join("\n")).toContain("« SPASER_TOKEN_ABSENT_XYZ » vide");
  });

  it("leaves the other référentiel verbs to the référentiel command", async () => {
    const { io, out } = capture();
    expect(await main(["referentiel", "list", "--segment", "energie"], io)).toBe(0);
    expect(out.length).toBeGreaterThan(0);
  });
});
