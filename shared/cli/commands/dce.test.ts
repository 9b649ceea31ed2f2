import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { fillClause, renderClause } from "../../dce";
import { buildClausesDocx } from "../../docx/dce-package";
import { getPolicy } from "../../policies";
import { loadEmbeddedReferentiel } from "../../referentiel";
import { main } from "../main";
import type { CliIo } from "../io";

const FIXTURE = join(import.meta.dirname, "../../../tests/fixtures/dce/ccap-travaux.docx");
const referentiel = loadEmbeddedReferentiel();
const national = getPolicy("national");

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await main(argv, io);
  return { code, out, err };
}

function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "spaser-dce-cli-")), name);
}

function rendered(id: string, version?: number) {
  const clause = referentiel.getClause(id, version);
  if (!clause) throw new Error(`clause ${id} absente`);
  return renderClause(clause, fillClause(clause, {}, national).values);
}

async function auditJson(file: string, ...extra: string[]) {
  const { code, out, err } = await run(["dce", "audit", file, "--json", ...extra]);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(out.join("\n")) as {
    documentType?: string;
    clauses: { id: string; version: number; status: string; recognisedBy: string }[];
    coverage: Record<string, number>;
    warnings: { code: string; rule: string; source: string }[];
  };
}

describe("spaser dce insert", () => {
  it("inserts the SME advance clause with the policy's rate and audits the CCAP without that warning", async () => {
    const out = tempFile("ccap.docx");
    const inserted = await run([
      "dce",
      "insert",
      FIXTURE,
      "--clause",
      "tr-eco-avance-pme",
      "--set",
      "tauxAvanceAutres=5 %",
      "--out",
      out,
    ]);
    expect(inserted.err).toEqual([]);
    expect(inserted.out[0]).toMatch(/^Clause « .+ » \(v1\) insérée dans /);
    const report = await auditJson(out);
    expect(report.documentType).toBe("ccap");
    expect(report.clauses).toMatchObject([{ id: "tr-eco-avance-pme", version: 1, status: "a-jour" }]);
    expect(report.warnings.map((w) => w.code)).toEqual(["no-environmental"]);
  });

  it.each([
    [
      ["--clause", "tr-soc-insertion", "--set", "heuresInsertion=douze"],
      "« douze » n'est pas un nombre lisible",
    ],
    [["--clause", "tr-soc-insertion", "--set", "heuresInsertion"], "écrivez --set nom=valeur"],
    [
      ["--clause", "clause-qui-n-existe-pas"],
      "Clause inconnue du référentiel : « clause-qui-n-existe-pas ».",
    ],
    [["--clause", "tr-env-agec-decret-2021-254"], "n'est pas validée : elle ne peut pas être insérée"],
    [
      ["--clause", "tr-soc-insertion", "--after", "Article 99"],
      "Aucun paragraphe de « ccap-travaux.docx » ne contient « Article 99 »",
    ],
  ])("refuses %j with a French message", async (options, message) => {
    const { code, err } = await run(["dce", "insert", FIXTURE, ...options, "--out", tempFile("x.docx")]);
    expect(code).toBe(1);
    expect(err.join("\n")).toContain(message);
  });
});

describe("spaser dce audit", () => {
  it("reports an outdated version, a retired clause and a clause pasted without its control", async () => {
    const file = tempFile("cctp.docx");
    const bytes = await buildClausesDocx(
      [
        rendered("tr-env-critere-environnemental", 1),
        rendered("tr-env-agec-decret-2021-254", 1),
        rendered("tr-soc-insertion"),
      ],
      { title: "CCTP lot 1" },
    );
    // Word on the web pastes text only: unwrap the last control, its paragraphs stay.
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const last = xml.lastIndexOf("<w:sdt>");
    const unwrapped =
      xml.slice(0, last) +
      xml
        .slice(last)
        .replace(/<w:sdt><w:sdtPr>.*?<\/w:sdtPr><w:sdtContent>/, "")
        .replace("</w:sdtContent></w:sdt>", "");
    zip.file("word/document.xml", unwrapped);
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));

    const report = await auditJson(file);
    expect(report.documentType).toBe("cctp");
    expect(report.clauses.map((c) => [c.id, c.version, c.status, c.recognisedBy])).toEqual([
      ["tr-env-critere-environnemental", 1, "version-depassee", "tag"],
      ["tr-env-agec-decret-2021-254", 1, "retiree", "tag"],
      ["tr-soc-insertion", 1, "a-jour", "texte"],
    ]);
    expect(report.coverage).toEqual({ environnemental: 2, social: 1, economique: 0 });

    const text = await run(["dce", "audit", file]);
    expect(text.out.join("\n")).toContain("Version dépassée");
    expect(text.out.join("\n")).toContain("reconnue par son texte (contrôle de contenu perdu)");
  });

  it("refuses an unreadable amount", async () => {
    const { code, err } = await run(["dce", "audit", FIXTURE, "--amount", "beaucoup"]);
    expect(code).toBe(1);
    expect(err.join("\n")).toContain("« --amount beaucoup » n'est pas un montant lisible");
  });

  it("reads a file written by the CLI the same way the pane's engine does", async () => {
    const out = tempFile("ccap.docx");
    await run([
      "dce",
      "insert",
      FIXTURE,
      "--clause",
      "tr-soc-insertion",
      "--set",
      "heuresInsertion=700",
      "--out",
      out,
    ]);
    expect(readFileSync(out).length).toBeGreaterThan(0);
    const report = await auditJson(out);
    expect(report.clauses).toMatchObject([{ id: "tr-soc-insertion", status: "a-jour", recognisedBy: "tag" }]);
  });
});
