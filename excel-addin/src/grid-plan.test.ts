import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { newGridDefinition } from "../../shared/grid";
import { getPolicy } from "../../shared/policies";
import { writeGridWorkbook } from "../../shared/xlsx";
import { gridPlan } from "./grid-plan";

/** What a cell of the exceljs workbook holds, in the plan's terms (formulas with their « = »). */
function planValue(value: ExcelJS.CellValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "formula" in value) return `=${value.formula}`;
  return value as string | number;
}

describe("the Office.js plan of « Nouvelle grille »", () => {
  it.each(["national", "clermont", "val-de-marne"])(
    "writes cell for cell what `spaser grid new` writes (%s preset, 2 lots)",
    async (policyId) => {
      const definition = newGridDefinition({
        policy: getPolicy(policyId),
        lots: 2,
        title: "Entretien des espaces verts",
        launchDate: "2026-10-01",
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await writeGridWorkbook(definition, { rowsPerLot: 4 })) as unknown as ArrayBuffer,
      );
      const plan = gridPlan(definition, 4);
      expect(plan.sheets.map((s) => s.name)).toEqual(workbook.worksheets.map((ws) => ws.name));
      for (const sheet of plan.sheets) {
        const ws = workbook.getWorksheet(sheet.name);
        const written = sheet.cells.map((row, r) =>
          row.map((_, c) => planValue(ws?.getRow(r + 1).getCell(c + 1).value ?? null)),
        );
        expect(sheet.cells, sheet.name).toEqual(written);
        if (sheet.table) {
          const table = ws?.getTable(sheet.table.name) as unknown as
            { table?: { tableRef?: string } } | undefined;
          expect(table?.table?.tableRef, sheet.name).toBe(sheet.table.address);
        }
      }
    },
  );
});
