import { describe, expect, it } from "vitest";
import { GraphListsFake } from "../../../tests/support/graph-fake-lists";
import { parseArgs, type CliIo } from "../io";
import { main } from "../main";
import { createListsCommand } from "./lists";

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line) => out.push(line), err: (line) => err.push(line) }, out, err };
}

describe("spaser lists provision", () => {
  it("prints, without sending anything, the Graph requests that create the four lists", async () => {
    const { io, out, err } = capture();
    const code = await main(
      ["lists", "provision", "--site", "contoso.sharepoint.com:/sites/achats", "--print"],
      io,
    );
    expect(code).toBe(0);
    expect(err.join("\n")).toContain("Simulation");
    const plan = JSON.parse(out.join("\n")) as {
      requests: { method: string; url: string; body?: { requests: { body: { displayName: string } }[] } }[];
    };
    expect(plan.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /sites/contoso.sharepoint.com:/sites/achats",
      "GET /sites/{site-id}/lists?$select=id,displayName",
      "POST /$batch",
    ]);
    expect(plan.requests[2]?.body?.requests.map((r) => r.body.displayName)).toEqual([
      "SPASER Séances",
      "SPASER Dossiers",
      "SPASER Décisions",
      "SPASER Actions",
    ]);
  });

  it("creates the lists on the site with the token from the environment, then finds them up to date", async () => {
    const fake = new GraphListsFake();
    const command = createListsCommand({
      fetch: fake.fetch,
      baseUrl: fake.baseUrl,
      env: { SPASER_GRAPH_TOKEN: "eyJ0-test" },
    });
    const args = parseArgs([
      "provision",
      "--site",
      "contoso.sharepoint.com:/sites/achats",
      "--token-env",
      "SPASER_GRAPH_TOKEN",
    ]);
    const first = capture();
    expect(await command.run(args, first.io)).toBe(0);
    expect(first.out).toContain("Liste « SPASER Dossiers » créée (18 colonnes).");
    expect(first.out.at(-1)).toBe(
      "Listes SPASER prêtes sur contoso.sharepoint.com/sites/achats : 4 créée(s), 0 colonne(s) ajoutée(s).",
    );
    const second = capture();
    expect(await command.run(args, second.io)).toBe(0);
    expect(second.out).toContain("Liste « SPASER Dossiers » déjà à jour.");
    expect(fake.listTitles()).toHaveLength(4);
  });

  it("says which variable is empty instead of calling Graph without a token", async () => {
    const { io, err } = capture();
    const code = await main(
      [
        "lists",
        "provision",
        "--site",
        "contoso.sharepoint.com:/sites/achats",
        "--token-env",
        "SPASER_ABSENT_TOKEN_VAR",
      ],
      io,
    );
    expect(code).toBe(1);
    expect(err.join("\n")).toContain("« SPASER_ABSENT_TOKEN_VAR » vide");
  });

  it("rejects a site that is not a SharePoint site path", async () => {
    const { io, err } = capture();
    expect(await main(["lists", "provision", "--site", "https://contoso.fr/achats", "--print"], io)).toBe(1);
    expect(err.join("\n")).toContain("contoso.sharepoint.com:/sites/achats");
  });

  it("prints the lists and columns as a Markdown table for the README", async () => {
    const { io, out } = capture();
    expect(await main(["lists", "schema"], io)).toBe(0);
    expect(out).toContain("### SPASER Décisions");
    expect(out).toContain("| SpaserSessionId | Séance | text (single line, 255) | sessionId | yes | yes |");
  });
});
