import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkGrid, newGridDefinition } from "../../../shared/grid";
import { getPolicy } from "../../../shared/policies";
import { readGridWorkbook, writeGridWorkbook } from "../../../shared/xlsx";
import { annotateWorkbook, MARK_TAG } from "./annotate";

const policy = getPolicy("ille-et-vilaine");
const definition = newGridDefinition({ policy, title: "Restauration scolaire", launchDate: "2026-10-01" });

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function gridBytes(weight: unknown): Promise<Uint8Array> {
  const bytes = await writeGridWorkbook(definition, {
    offers: [
      { lot: "1", candidate: "Alpha", status: "régulière", price: 1000, marks: { C2: 7, C3: 6 } },
      { lot: "1", candidate: "Bêta", status: "régulière", price: 1200, marks: { C2: 8, C3: 9 } },
    ],
  });
  const workbook = await load(bytes);
  const criteria = workbook.getWorksheet("Critères");
  if (!criteria) throw new Error("feuille Critères absente");
  criteria.getCell("E3").value = weight as ExcelJS.CellValue;
  // The analyst's own formatting, which the annotation must keep.
  criteria.getCell("E3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function annotate(bytes: Uint8Array) {
  const report = checkGrid(await readGridWorkbook(bytes), policy);
  return { report, bytes: await annotateWorkbook(bytes, report, policy) };
}

describe("the annotated workbook (standalone mode)", () => {
  it("marks a weight typed as text, notes why, keeps the analyst's fill and writes « Contrôles »", async () => {
    const { report, bytes } = await annotate(await gridBytes("quarante"));
    expect(report.ok).toBe(false);
    const workbook = await load(bytes);
    const criteria = workbook.getWorksheet("Critères");
    const rules = (
      criteria as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(rules.filter((cf) => cf.rules[0]?.formulae[0]?.includes(MARK_TAG)).map((cf) => cf.ref)).toContain(
      "E3",
    );
    expect(String(criteria?.getCell("E3").note)).toContain("« quarante » n'est pas un nombre lisible");
    expect(criteria?.getCell("E3").value).toBe("quarante");
    expect((criteria?.getCell("E3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF00B050");
    const controls = workbook.getWorksheet("Contrôles");
    const text = controls?.getSheetValues().flat().map(String).join("\n") ?? "";
    expect(text).toContain("Contrôles SPASER de la grille d'analyse des offres");
    expect(text).toContain("Critères!E3");
  });

  it("removes its marks once the weight is fixed and ranks the offers", async () => {
    const broken = await annotate(await gridBytes("quarante"));
    const workbook = await load(broken.bytes);
    const criteria = workbook.getWorksheet("Critères");
    if (criteria) criteria.getCell("E3").value = 40;
    const fixed = await annotate(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(fixed.report.ok).toBe(true);
    const again = await load(fixed.bytes);
    const rules = (again.getWorksheet("Critères") as unknown as { conditionalFormattings: unknown[] })
      .conditionalFormattings;
    expect(rules).toEqual([]);
    expect(again.worksheets.filter((ws) => ws.name === "Contrôles")).toHaveLength(1);
    const text = again.getWorksheet("Contrôles")?.getSheetValues().flat().map(String).join("\n") ?? "";
    expect(text).toContain("Bêta");
  });
});
