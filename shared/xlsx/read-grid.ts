// Reads a grid workbook (bytes) into the engine's raw grid: every value as the analyst typed it, with
// its cell. Columns are found by their header in row 1, so a reordered or widened sheet still reads.
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./load-exceljs";
import { SpaserError, toSpaserError } from "../errors";
import type { CellRef, RawCell, RawCriterion, RawGrid, RawOffer, RawValue } from "../grid";
import { normalizeFrench } from "../text";
import { rawValue } from "./cell-values";
import { MARK_HEADER_SEPARATOR, PARAMETER_LABELS, SHEETS } from "./grid-layout";

const text = (value: RawValue): string => (value === null || value === undefined ? "" : String(value).trim());
const blank = (value: RawValue): boolean => text(value) === "";

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const wanted = normalizeFrench(name);
  const sheet = workbook.worksheets.find((ws) => normalizeFrench(ws.name) === wanted);
  if (!sheet) throw new SpaserError("GRID_WORKBOOK_SHEET_MISSING", { sheet: name });
  return sheet;
}

function cellOf(sheet: ExcelJS.Worksheet, row: number, column: number): RawCell {
  const cell = sheet.getRow(row).getCell(column);
  const ref: CellRef = { sheet: sheet.name, address: cell.address };
  return { value: rawValue(cell.value), ref };
}

/** Header name (normalised) → column number, from row 1. */
function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const name = normalizeFrench(text(rawValue(cell.value)));
    if (name && !headers.has(name)) headers.set(name, column);
  });
  return headers;
}

function requireColumn(
  sheet: ExcelJS.Worksheet,
  headers: Map<string, number>,
  prefix: string,
  label: string,
): number {
  for (const [name, column] of headers) if (name.startsWith(prefix)) return column;
  throw new SpaserError("GRID_WORKBOOK_COLUMN_MISSING", { sheet: sheet.name, column: label });
}

function optionalColumn(headers: Map<string, number>, prefix: string): number | undefined {
  for (const [name, column] of headers) if (name.startsWith(prefix)) return column;
  return undefined;
}

function readParameters(sheet: ExcelJS.Worksheet): Map<string, RawCell> {
  const byLabel = new Map<string, RawCell>();
  sheet.eachRow((row, rowNumber) => {
    const label = normalizeFrench(text(rawValue(row.getCell(1).value)));
    if (label) byLabel.set(label, cellOf(sheet, rowNumber, 2));
  });
  const result = new Map<string, RawCell>();
  for (const [key, label] of Object.entries(PARAMETER_LABELS)) {
    const wanted = normalizeFrench(label);
    // Labels may lose their hint in parentheses when typed by hand (« Date de lancement »).
    const cell = byLabel.get(wanted) ?? byLabel.get(wanted.replace(/\s*\(.*\)$/, ""));
    if (cell) result.set(key, cell);
  }
  return result;
}

function readCriteria(sheet: ExcelJS.Worksheet): RawCriterion[] {
  const headers = headerColumns(sheet);
  const col = {
    code: requireColumn(sheet, headers, "code", "Code"),
    parent: optionalColumn(headers, "parent"),
    label: requireColumn(sheet, headers, "libelle", "Libellé"),
    category: requireColumn(sheet, headers, "categorie", "Catégorie"),
    weight: requireColumn(sheet, headers, "ponderation", "Pondération (%)"),
    scale: requireColumn(sheet, headers, "bareme", "Barème"),
  };
  const criteria: RawCriterion[] = [];
  for (let row = 2; row <= sheet.rowCount; row++) {
    const code = text(cellOf(sheet, row, col.code).value);
    if (code === "") continue;
    const parent = col.parent ? text(cellOf(sheet, row, col.parent).value) : "";
    criteria.push({
      code,
      ...(parent ? { parent } : {}),
      label: text(cellOf(sheet, row, col.label).value),
      category: cellOf(sheet, row, col.category),
      weight: cellOf(sheet, row, col.weight),
      scale: cellOf(sheet, row, col.scale),
      row: { sheet: sheet.name, address: `A${row}:F${row}` },
    });
  }
  return criteria;
}

function readOffers(sheet: ExcelJS.Worksheet, criteria: readonly RawCriterion[]): RawOffer[] {
  const headers = headerColumns(sheet);
  const col = {
    lot: requireColumn(sheet, headers, "lot", "Lot"),
    candidate: requireColumn(sheet, headers, "candidat", "Candidat"),
    status: requireColumn(sheet, headers, "statut", "Statut"),
    price: requireColumn(sheet, headers, "prix", "Prix (€ HT)"),
    tieBreak: optionalColumn(headers, "departage"),
  };
  const codes = new Map(criteria.map((c) => [normalizeFrench(c.code), c.code]));
  const markColumns: [string, number][] = [];
  for (const [name, column] of headers) {
    const code = codes.get(name.split(normalizeFrench(MARK_HEADER_SEPARATOR))[0]?.trim() ?? "");
    if (code !== undefined) markColumns.push([code, column]);
  }
  const offers: RawOffer[] = [];
  for (let row = 2; row <= sheet.rowCount; row++) {
    const candidate = cellOf(sheet, row, col.candidate);
    const price = cellOf(sheet, row, col.price);
    const marks = Object.fromEntries(markColumns.map(([code, column]) => [code, cellOf(sheet, row, column)]));
    // A prepared row nobody filled is not an offer.
    if (blank(candidate.value) && blank(price.value) && Object.values(marks).every((m) => blank(m.value)))
      continue;
    offers.push({
      lot: text(cellOf(sheet, row, col.lot).value),
      candidate,
      status: cellOf(sheet, row, col.status),
      price,
      marks,
      ...(col.tieBreak ? { tieBreak: cellOf(sheet, row, col.tieBreak) } : {}),
    });
  }
  return offers;
}

/** Reads a grid workbook written by `writeGridWorkbook` (or filled by another tool with the same layout). */
export async function readGridWorkbook(bytes: Uint8Array): Promise<RawGrid> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpaserError(
      "GRID_WORKBOOK_INVALID",
      { detail: toSpaserError(error).message },
      { cause: error },
    );
  }
  const parameters = readParameters(findSheet(workbook, SHEETS.parameters));
  const criteria = readCriteria(findSheet(workbook, SHEETS.criteria));
  const offers = readOffers(findSheet(workbook, SHEETS.offers), criteria);
  const value = (key: string) => text(parameters.get(key)?.value);
  const launch = parameters.get("launchDate");
  const lotCount = Number(value("lots"));
  const lotIds = new Set(offers.map((o) => o.lot).filter((id) => id !== ""));
  if (Number.isInteger(lotCount)) for (let i = 1; i <= lotCount; i++) lotIds.add(String(i));
  return {
    consultation: {
      title: value("title"),
      ...(launch ? { launchDate: launch } : {}),
      ...(value("procedure") ? { procedure: value("procedure") } : {}),
      ...(value("policyId") ? { policyId: value("policyId") } : {}),
      ...(value("family") ? { family: value("family") } : {}),
      ...(parameters.get("scale") ? { scale: parameters.get("scale") as RawCell } : {}),
      ...(parameters.get("priceMethod") ? { priceMethod: parameters.get("priceMethod") as RawCell } : {}),
    },
    lots: [...lotIds].sort((a, b) => a.localeCompare(b, "fr", { numeric: true })).map((id) => ({ id })),
    criteria,
    offers,
  };
}
