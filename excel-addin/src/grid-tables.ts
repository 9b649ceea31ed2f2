// The grid's named tables, as Office.js returns them (header values, body values and body address),
// turned into the engine's raw grid: every value as typed, with its cell. Pure, so it is tested without
// Excel; columns are found by header, as shared/xlsx's reader does, so a reordered table still reads.
import type { CellRef, RawCell, RawCriterion, RawGrid, RawOffer, RawValue } from "../../shared/grid";
import { normalizeFrench } from "../../shared/text";
import { MARK_HEADER_SEPARATOR, PARAMETER_LABELS, columnLetter } from "../../shared/xlsx";

/** One table read with `getHeaderRowRange().values` and `getDataBodyRange().load("values,address")`. */
export interface TableData {
  readonly headers: readonly unknown[];
  readonly values: readonly (readonly unknown[])[];
  /** « 'Offres'!A2:H21 » or « Offres!A2:H21 ». */
  readonly address: string;
}

export type GridTables = Readonly<Partial<Record<"parameters" | "criteria" | "offers", TableData>>>;

interface Origin {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** Sheet and top-left cell of an A1 address with its sheet (quotes removed, doubled quotes undone). */
export function parseAddress(address: string): Origin {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const match = /^\$?([A-Z]+)\$?(\d+)/i.exec(address.slice(bang + 1));
  if (!match) return { sheet, row: 1, column: 1 };
  const letters = (match[1] ?? "A").toUpperCase();
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { sheet, row: Number(match[2]), column };
}

const text = (value: RawValue): string => (value === null || value === undefined ? "" : String(value).trim());
const blank = (value: RawValue): boolean => text(value) === "";

function raw(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Excel stores a typed date as a serial day number (1900 system): back to an ISO day. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

class TableReader {
  private readonly origin: Origin;
  private readonly columns = new Map<string, number>();
  constructor(private readonly data: TableData) {
    this.origin = parseAddress(data.address);
    data.headers.forEach((header, i) => {
      const name = normalizeFrench(text(raw(header)));
      if (name && !this.columns.has(name)) this.columns.set(name, i);
    });
  }
  get rows(): number {
    return this.data.values.length;
  }
  column(prefix: string): number | undefined {
    for (const [name, index] of this.columns) if (name.startsWith(prefix)) return index;
    return undefined;
  }
  headerEntries(): [string, number][] {
    return [...this.columns];
  }
  cell(row: number, column: number | undefined): RawCell {
    if (column === undefined) return { value: null };
    const ref: CellRef = {
      sheet: this.origin.sheet,
      address: `${columnLetter(this.origin.column + column)}${this.origin.row + row}`,
    };
    return { value: raw(this.data.values[row]?.[column]), ref };
  }
  sheetRow(row: number): number {
    return this.origin.row + row;
  }
  get sheet(): string {
    return this.origin.sheet;
  }
}

function readParameters(data: TableData | undefined): Map<string, RawCell> {
  const result = new Map<string, RawCell>();
  if (!data) return result;
  const table = new TableReader(data);
  const byLabel = new Map<string, RawCell>();
  for (let row = 0; row < table.rows; row++) {
    const label = normalizeFrench(text(table.cell(row, 0).value));
    if (label) byLabel.set(label, table.cell(row, 1));
  }
  for (const [key, label] of Object.entries(PARAMETER_LABELS)) {
    const wanted = normalizeFrench(label);
    const cell = byLabel.get(wanted) ?? byLabel.get(wanted.replace(/\s*\(.*\)$/, ""));
    if (cell) result.set(key, cell);
  }
  return result;
}

function readCriteria(data: TableData | undefined): RawCriterion[] {
  if (!data) return [];
  const table = new TableReader(data);
  const col = {
    code: table.column("code"),
    parent: table.column("parent"),
    label: table.column("libelle"),
    category: table.column("categorie"),
    weight: table.column("ponderation"),
    scale: table.column("bareme"),
  };
  const criteria: RawCriterion[] = [];
  for (let row = 0; row < table.rows; row++) {
    const code = text(table.cell(row, col.code).value);
    if (code === "") continue;
    const parent = text(table.cell(row, col.parent).value);
    const sheetRow = table.sheetRow(row);
    criteria.push({
      code,
      ...(parent ? { parent } : {}),
      label: text(table.cell(row, col.label).value),
      category: table.cell(row, col.category),
      weight: table.cell(row, col.weight),
      scale: table.cell(row, col.scale),
      row: { sheet: table.sheet, address: `A${sheetRow}:F${sheetRow}` },
    });
  }
  return criteria;
}

function readOffers(data: TableData | undefined, criteria: readonly RawCriterion[]): RawOffer[] {
  if (!data) return [];
  const table = new TableReader(data);
  const col = {
    lot: table.column("lot"),
    candidate: table.column("candidat"),
    status: table.column("statut"),
    price: table.column("prix"),
    tieBreak: table.column("departage"),
  };
  const codes = new Map(criteria.map((c) => [normalizeFrench(c.code), c.code]));
  const separator = normalizeFrench(MARK_HEADER_SEPARATOR);
  const markColumns: [string, number][] = [];
  for (const [name, column] of table.headerEntries()) {
    const code = codes.get(name.split(separator)[0]?.trim() ?? "");
    if (code !== undefined) markColumns.push([code, column]);
  }
  const offers: RawOffer[] = [];
  for (let row = 0; row < table.rows; row++) {
    const candidate = table.cell(row, col.candidate);
    const price = table.cell(row, col.price);
    const marks = Object.fromEntries(markColumns.map(([code, column]) => [code, table.cell(row, column)]));
    // A prepared row nobody filled is not an offer.
    if (blank(candidate.value) && blank(price.value) && Object.values(marks).every((m) => blank(m.value))) {
      continue;
    }
    offers.push({
      lot: text(table.cell(row, col.lot).value),
      candidate,
      status: table.cell(row, col.status),
      price,
      marks,
      ...(col.tieBreak !== undefined ? { tieBreak: table.cell(row, col.tieBreak) } : {}),
    });
  }
  return offers;
}

/** The raw grid of the workbook's tables (the « Notes » table is computed and not read). */
export function rawGridFromTables(tables: GridTables): RawGrid {
  const parameters = readParameters(tables.parameters);
  const criteria = readCriteria(tables.criteria);
  const offers = readOffers(tables.offers, criteria);
  const value = (key: string) => text(parameters.get(key)?.value);
  const launch = parameters.get("launchDate");
  // A date typed in a date-formatted cell comes back as a serial number.
  const launchDate =
    launch && typeof launch.value === "number" && launch.value > 20000
      ? { ...launch, value: excelSerialToIso(launch.value) }
      : launch;
  const lotCount = Number(value("lots"));
  const lotIds = new Set(offers.map((o) => o.lot).filter((id) => id !== ""));
  if (Number.isInteger(lotCount)) for (let i = 1; i <= lotCount; i++) lotIds.add(String(i));
  const scale = parameters.get("scale");
  const priceMethod = parameters.get("priceMethod");
  return {
    consultation: {
      title: value("title"),
      ...(launchDate ? { launchDate } : {}),
      ...(value("procedure") ? { procedure: value("procedure") } : {}),
      ...(value("policyId") ? { policyId: value("policyId") } : {}),
      ...(value("family") ? { family: value("family") } : {}),
      ...(scale ? { scale } : {}),
      ...(priceMethod ? { priceMethod } : {}),
    },
    lots: [...lotIds].sort((a, b) => a.localeCompare(b, "fr", { numeric: true })).map((id) => ({ id })),
    criteria,
    offers,
  };
}
