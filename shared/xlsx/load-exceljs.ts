// exceljs is loaded on first use: importing shared/xlsx for its layout (sheet names, formulas) costs a
// task pane nothing until it actually writes or reads a workbook (the bundle budget stays for the UI).
import type ExcelJS from "exceljs";

export type ExcelJs = typeof ExcelJS;

let loading: Promise<ExcelJs> | undefined;

export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import("exceljs").then((module) => {
    const withDefault = module as unknown as { default?: ExcelJs };
    return withDefault.default ?? (module as unknown as ExcelJs);
  });
  return loading;
}
