// Writes the « Nouvelle grille » workbook: parameters, criteria table, offers table with data validation,
// and a « Notes » sheet of live formulas (price marks, weighted totals, ranks) that keeps the workbook a
// correct, auditable spreadsheet without the add-in. Bytes out, no file system: runs in the browser too.
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./load-exceljs";
import { PRICE_CATEGORIES, type GridDefinition, type RawValue } from "../grid";
import { scoreColumnHeaders, scoreFormulas, type ScoreLayout } from "./grid-formulas";
import {
  CATEGORY_CHOICES,
  CRITERIA_HEADERS,
  MARK_HEADER_SEPARATOR,
  METHOD_CHOICES,
  OFFER_HEADERS,
  PARAMETER_LABELS,
  PARAMETER_ROWS,
  SHEETS,
  STATUS_CHOICES,
  TABLES,
  columnLetter,
} from "./grid-layout";

export interface OfferInput {
  readonly lot: string;
  readonly candidate: string;
  readonly status?: RawValue;
  readonly price?: RawValue;
  readonly marks?: Readonly<Record<string, RawValue>>;
  readonly tieBreak?: RawValue;
}

export interface WriteGridOptions {
  /** Empty offer rows prepared per lot (default 10); more rows are added when `offers` need them. */
  readonly rowsPerLot?: number;
  /** Offers to pre-fill (standalone pane, tests). Values are written as given: text stays text. */
  readonly offers?: readonly OfferInput[];
}

export interface GridWorkbookLayout extends ScoreLayout {
  /** « Offres » column of each marked leaf criterion, by code. */
  readonly markColumns: Readonly<Record<string, string>>;
}

const list = (values: readonly string[]) => [`"${values.join(",")}"`];
/** A lot id that looks like a number is written as one: what Excel stores when the analyst types it. */
const lotValue = (id: string): string | number => (/^\d+$/.test(id) ? Number(id) : id);
const cellValue = (value: RawValue): ExcelJS.CellValue => (value === undefined ? null : value);

/** The columns of « Offres » and « Notes » for a definition. */
export function gridWorkbookLayout(definition: GridDefinition, lastRow: number): GridWorkbookLayout {
  const parents = new Set(definition.criteria.map((c) => c.parent).filter(Boolean));
  const leaves = definition.criteria
    .map((criterion, i) => ({ criterion, criteriaRow: i + 2 }))
    .filter(({ criterion }) => !parents.has(criterion.code));
  const isPrice = (category: string) => PRICE_CATEGORIES.has(category as never);
  let offerColumn = 5 + (definition.tieBreak ? 1 : 0);
  const markColumns: Record<string, string> = {};
  const markedLeaves = leaves
    .filter(({ criterion }) => !isPrice(criterion.category))
    .map(({ criterion, criteriaRow }) => {
      const column = columnLetter(offerColumn++);
      markColumns[criterion.code] = column;
      return { code: criterion.code, column, criteriaRow };
    });
  let scoreColumn = 7;
  const priceLeaves = leaves
    .filter(({ criterion }) => isPrice(criterion.category))
    .map(({ criterion, criteriaRow }) => ({
      code: criterion.code,
      criteriaRow,
      column: columnLetter(scoreColumn++),
    }));
  const next = () => columnLetter(scoreColumn++);
  const total = next();
  const rankKey = next();
  const tieBreak = definition.tieBreak ? next() : undefined;
  const rank = next();
  return {
    lastRow,
    markedLeaves,
    priceLeaves,
    markColumns,
    ...(definition.tieBreak ? { tieBreakColumn: "E" } : {}),
    columns: {
      lot: "A",
      candidate: "B",
      regular: "C",
      price: "D",
      inverse: "E",
      lowest: "F",
      total,
      rankKey,
      ...(tieBreak ? { tieBreak } : {}),
      rank,
    },
  };
}

export async function writeGridWorkbook(
  definition: GridDefinition,
  options: WriteGridOptions = {},
): Promise<Uint8Array> {
  const rowsPerLot = options.rowsPerLot ?? 10;
  const offers = options.offers ?? [];
  // Rows: each lot gets a block of rowsPerLot rows (or as many as its pre-filled offers).
  const lotRows = definition.lots.map((lot) => {
    const own = offers.filter((o) => o.lot === lot.id);
    return { lot, own, count: Math.max(rowsPerLot, own.length) };
  });
  const rowCount = lotRows.reduce((acc, l) => acc + l.count, 0);
  const lastRow = rowCount + 1;
  const layout = gridWorkbookLayout(definition, lastRow);
  const criteriaByCode = new Map(definition.criteria.map((c) => [c.code, c]));

  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = "SPASER 365";
  workbook.calcProperties = { fullCalcOnLoad: true };

  // « Paramètres »
  const parameters = workbook.addWorksheet(SHEETS.parameters);
  const c = definition.consultation;
  const values: Record<keyof typeof PARAMETER_ROWS, ExcelJS.CellValue> = {
    title: c.title,
    launchDate: c.launchDate ? c.launchDate.split("-").reverse().join("/") : "",
    procedure: c.procedure ?? "",
    policyId: c.policyId,
    family: c.family ?? "",
    scale: c.scale,
    priceMethod: METHOD_CHOICES[c.priceMethod],
    lots: definition.lots.length,
  };
  parameters.addTable({
    name: TABLES.parameters,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: [{ name: "Paramètre" }, { name: "Valeur" }],
    rows: (Object.keys(PARAMETER_ROWS) as (keyof typeof PARAMETER_ROWS)[])
      .sort((a, b) => PARAMETER_ROWS[a] - PARAMETER_ROWS[b])
      .map((key) => [PARAMETER_LABELS[key], values[key]]),
  });
  parameters.getColumn(1).width = 34;
  parameters.getColumn(2).width = 48;
  parameters.getCell(`B${PARAMETER_ROWS.scale}`).dataValidation = {
    type: "decimal",
    operator: "greaterThan",
    formulae: [0],
    showErrorMessage: true,
    error: "La note finale maximale est un nombre positif (ex. 100 ou 20).",
  };
  parameters.getCell(`B${PARAMETER_ROWS.priceMethod}`).dataValidation = {
    type: "list",
    allowBlank: false,
    formulae: list(Object.values(METHOD_CHOICES)),
    showErrorMessage: true,
    error: "Choisissez « proportionnelle » ou « linéaire ».",
  };

  // « Critères »
  const criteria = workbook.addWorksheet(SHEETS.criteria);
  criteria.addTable({
    name: TABLES.criteria,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: CRITERIA_HEADERS.map((name) => ({ name })),
    rows: definition.criteria.map((criterion, i) => [
      criterion.code,
      criterion.parent ?? "",
      criterion.label,
      CATEGORY_CHOICES[criterion.category],
      criterion.weight,
      criterion.scale,
      { formula: `IF(ISNUMBER(E${i + 2}),IF(ABS(E${i + 2})<=1,E${i + 2}*100,E${i + 2}),0)` },
    ]),
  });
  [10, 10, 40, 22, 16, 10, 14].forEach((width, i) => (criteria.getColumn(i + 1).width = width));
  for (let row = 2; row <= definition.criteria.length + 1; row++) {
    criteria.getCell(`D${row}`).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: list(Object.values(CATEGORY_CHOICES)),
      showErrorMessage: true,
      error: "Choisissez une catégorie de la liste.",
    };
    criteria.getCell(`E${row}`).dataValidation = {
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
      showErrorMessage: true,
      error: "Pondération en points de la note finale, entre 0 et 100.",
    };
    criteria.getCell(`F${row}`).dataValidation = {
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      showErrorMessage: true,
      error: "Le barème est un nombre positif (ex. 10).",
    };
  }

  // « Offres »
  const offerSheet = workbook.addWorksheet(SHEETS.offers);
  const markCodes = Object.keys(layout.markColumns);
  const headers = [
    OFFER_HEADERS.lot,
    OFFER_HEADERS.candidate,
    OFFER_HEADERS.status,
    OFFER_HEADERS.price,
    ...(definition.tieBreak ? [OFFER_HEADERS.tieBreak] : []),
    ...markCodes.map((code) => `${code}${MARK_HEADER_SEPARATOR}${criteriaByCode.get(code)?.label ?? code}`),
  ];
  const rows: ExcelJS.CellValue[][] = [];
  for (const { lot, own, count } of lotRows) {
    for (let i = 0; i < count; i++) {
      const offer = own[i];
      rows.push([
        lotValue(lot.id),
        offer?.candidate ?? null,
        cellValue(offer?.status),
        cellValue(offer?.price),
        ...(definition.tieBreak ? [cellValue(offer?.tieBreak)] : []),
        ...markCodes.map((code) => cellValue(offer?.marks?.[code])),
      ]);
    }
  }
  offerSheet.addTable({
    name: TABLES.offers,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name })),
    rows,
  });
  offerSheet.getColumn(2).width = 32;
  offerSheet.getColumn(3).width = 14;
  offerSheet.getColumn(4).width = 14;
  const lotIds = definition.lots.map((l) => l.id);
  for (let row = 2; row <= lastRow; row++) {
    offerSheet.getCell(`A${row}`).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: list(lotIds),
      showErrorMessage: true,
      error: "Choisissez un lot de la liste.",
    };
    offerSheet.getCell(`C${row}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: list(Object.values(STATUS_CHOICES)),
      showErrorMessage: true,
      error: "Choisissez un statut de la liste (vide = régulière).",
    };
    offerSheet.getCell(`D${row}`).dataValidation = {
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      showErrorMessage: true,
      errorStyle: "warning",
      error: "Le prix est un montant strictement positif.",
    };
    offerSheet.getCell(`D${row}`).numFmt = "#,##0.00";
    for (const code of markCodes) {
      const max = criteriaByCode.get(code)?.scale ?? 10;
      offerSheet.getCell(`${layout.markColumns[code]}${row}`).dataValidation = {
        type: "decimal",
        operator: "between",
        formulae: [0, max],
        showErrorMessage: true,
        error: `Note entre 0 et ${max}.`,
      };
    }
  }

  // « Notes »
  const scores = workbook.addWorksheet(SHEETS.scores);
  const n = layout.columns;
  for (const { column, header } of scoreColumnHeaders(layout)) scores.getCell(`${column}1`).value = header;
  for (let row = 2; row <= lastRow; row++) {
    for (const [column, formula] of Object.entries(scoreFormulas(layout, row))) {
      scores.getCell(`${column}${row}`).value = { formula };
    }
    scores.getCell(`${n.total}${row}`).numFmt = "0.00";
    scores.getCell(`${n.lowest}${row}`).numFmt = "#,##0.00";
  }
  scores.getRow(1).font = { bold: true };
  scores.views = [{ state: "frozen", ySplit: 1 }];
  scores.getColumn(2).width = 32;

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
