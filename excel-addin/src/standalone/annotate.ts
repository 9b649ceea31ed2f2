// Standalone mode (plain browser): the annotated copy of a grid workbook, written with exceljs. Same
// marking as in Excel: one conditional-format rule per marked range, tagged « SPASER 365 » so the next
// annotation removes ours and only ours (the analyst's fills and rules stay), a note on each marked cell
// that has none, and the « Contrôles » sheet rewritten. This module (and exceljs) is loaded on demand.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- reason: these are exceljs objects in memory, not Office.js proxies */
import type ExcelJS from "exceljs";
import type { GridReport, Severity } from "../../../shared/grid";
import { SpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { normalizeFrench } from "../../../shared/text";
import { MARK_COLOURS, cellMarks, controlsSheetRows } from "../controls-report";
import { markRanges } from "../mark-ranges";

export const MARK_TAG = "SPASER 365";
const markFormula = (severity: Severity) => `ISTEXT("${MARK_TAG} ${severity}")`;
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

interface RuleLike {
  readonly formulae?: readonly unknown[];
}

const isOurs = (cf: { rules?: readonly RuleLike[] }) =>
  (cf.rules ?? []).some((rule) => (rule.formulae ?? []).some((f) => String(f).includes(MARK_TAG)));

/** The workbook's bytes with the report's marks, notes and « Contrôles » sheet. */
export async function annotateWorkbook(
  bytes: Uint8Array,
  report: GridReport,
  policy: Policy,
): Promise<Uint8Array> {
  const module = (await import("exceljs")) as unknown as { default?: typeof ExcelJS };
  const excel = module.default ?? (module as unknown as typeof ExcelJS);
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

  const sheetNamed = (name: string) =>
    workbook.worksheets.find((ws) => normalizeFrench(ws.name) === normalizeFrench(name));
  for (const sheet of workbook.worksheets)
    sheet.removeConditionalFormatting((cf: { rules?: RuleLike[] }) => !isOurs(cf));

  const marks = cellMarks(report.violations);
  for (const range of markRanges(marks)) {
    const sheet = sheetNamed(range.sheet);
    if (!sheet) continue;
    sheet.addConditionalFormatting({
      ref: range.address,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [markFormula(range.severity)],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: argb(MARK_COLOURS[range.severity]) },
            },
          },
        },
      ],
    });
  }
  for (const mark of marks) {
    const sheet = sheetNamed(mark.sheet);
    if (!sheet || mark.address.includes(":")) continue;
    const cell = sheet.getCell(mark.address);
    if (
      cell.note === undefined ||
      cell.note === null ||
      String(notePrefix(cell.note)).startsWith(t("excel.note.prefix"))
    ) {
      cell.note = `${t("excel.note.prefix")}\n${mark.messages.join("\n")}`;
    }
  }

  const existing = sheetNamed(t("excel.controls.sheet"));
  if (existing) {
    // Replaced only if it is ours (our heading in A1): an analyst's sheet of that name is kept.
    const heading = existing.getCell("A1").value;
    if (heading !== null && heading !== t("excel.controls.heading")) {
      throw new SpaserError("EXCEL_CONTROLS_NOT_OURS", { sheet: existing.name });
    }
    workbook.removeWorksheet(existing.id);
  }
  const controls = workbook.addWorksheet(t("excel.controls.sheet"));
  for (const row of controlsSheetRows(report, policy)) controls.addRow(row);
  controls.getCell("A1").font = { bold: true, size: 14 };
  controls.getColumn(1).width = 24;
  controls.getColumn(2).width = 24;
  controls.getColumn(3).width = 90;
  controls.getColumn(4).width = 24;
  controls.getColumn(5).width = 40;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function notePrefix(note: unknown): string {
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] } | undefined)?.texts;
  return texts?.map((part) => part.text ?? "").join("") ?? "";
}
