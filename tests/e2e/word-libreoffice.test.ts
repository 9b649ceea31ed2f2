import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../shared/cli/main";
import type { CliIo } from "../../shared/cli/io";
import { sofficeConvert } from "../support/soffice";

// The headless path against a real office suite: `spaser dce insert` into a multi-page CCAP (headings,
// numbered lists, a table, header and footer), LibreOffice opens the result, `spaser dce audit` reads it.
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "dce", "ccap-travaux.docx");
const REFERENTIEL = join(import.meta.dirname, "..", "..", "shared", "referentiel", "data");

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

const flat = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, " ");

describe("spaser dce with LibreOffice", () => {
  it("inserts a filled clause that LibreOffice shows in place, the original CCAP intact, and audits it", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "spaser-dce-")), "ccap-avec-clause.docx");
    const io = capture();
    const code = await main(
      [
        "dce",
        "insert",
        FIXTURE,
        "--clause",
        "num-env-part-reconditionne",
        "--set",
        "partReemploi=35 %",
        "--set",
        "garantieReconditionne=36 mois",
        "--after",
        "Article 4 – Conditions d'exécution",
        "--out",
        out,
        "--referentiel",
        REFERENTIEL,
      ],
      io,
    );
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);

    const original = flat(readFileSync(await sofficeConvert(FIXTURE, "txt"), "utf8"));
    const text = flat(readFileSync(await sofficeConvert(out, "txt"), "utf8"));
    expect(text).toContain("Le titulaire s'engage à ce qu'au moins 35 % du montant annuel des commandes");
    expect(text).toContain("Ils sont garantis 36 mois pièces et main-d'œuvre");
    // Everything the CCAP said is still there, in order, with the clause between articles 4 and its text.
    expect(text.replace(/Équipements reconditionnés.*?recensement prévu par la loi\. /, "")).toBe(original);
    expect(text.indexOf("Article 4 – Conditions d'exécution")).toBeLessThan(
      text.indexOf("Équipements reconditionnés"),
    );
    expect(text.indexOf("recensement prévu par la loi")).toBeLessThan(
      text.indexOf("Le titulaire respecte les conditions d'exécution"),
    );

    const audit = capture();
    expect(await main(["dce", "audit", out, "--json", "--referentiel", REFERENTIEL], audit)).toBe(0);
    const report = JSON.parse(audit.lines.join("\n")) as {
      clauses: { id: string; version: number; status: string; values?: Record<string, unknown> }[];
      coverage: Record<string, number>;
      warnings: { code: string; source: string }[];
    };
    expect(report.clauses).toMatchObject([
      { id: "num-env-part-reconditionne", version: 1, status: "a-jour", values: { partReemploi: 35 } },
    ]);
    expect(report.coverage).toEqual({ environnemental: 1, social: 0, economique: 0 });
    expect(report.warnings.map((w) => w.code)).toEqual(["sme-advance-missing"]);
  });
});
