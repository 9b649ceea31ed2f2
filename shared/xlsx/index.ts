// Public API of the grid workbook format (exceljs; bytes in, bytes out).
export {
  writeGridWorkbook,
  gridWorkbookLayout,
  type WriteGridOptions,
  type OfferInput,
  type GridWorkbookLayout,
} from "./write-grid";
export { readGridWorkbook } from "./read-grid";
export { scoreColumnHeaders, scoreFormulas, type ScoreLayout } from "./grid-formulas";
export * from "./grid-layout";
export { rawValue } from "./cell-values";
