// exceljs cell values → the engine's raw values: what the analyst sees in the cell, as typed.
import type ExcelJS from "exceljs";
import type { RawValue } from "../grid";

/** Text of rich text and hyperlinks, result of formulas, ISO day of dates, « #DIV/0! » of errors. */
export function rawValue(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return rawValue(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? null : rawValue(result as ExcelJS.CellValue);
  }
  return null;
}
