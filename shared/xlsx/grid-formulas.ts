// The live formulas of the « Notes » sheet. Each row r mirrors row r of « Offres »; the formulas only
// reference cells (never user text), so a candidate named « =HYPERLINK(…) » stays text. Functions are
// limited to those every Excel since 2007 and LibreOffice evaluate without array entry: IF, AND, OR,
// ISNUMBER, MAX, ROUND, COUNT, SUMPRODUCT (which evaluates its argument as an array).
import { CRITERIA_COLUMNS, OFFER_COLUMNS, PARAMETER_ROWS, SHEETS, sheetRef } from "./grid-layout";

export interface ScoreLayout {
  /** Last data row of « Offres » and « Notes » (first is 2). */
  readonly lastRow: number;
  /** Leaves marked by the analyst: their column in « Offres » and their row in « Critères ». */
  readonly markedLeaves: readonly {
    readonly code: string;
    readonly column: string;
    readonly criteriaRow: number;
  }[];
  /** Price-scored leaves: their row in « Critères » and their price-mark column in « Notes ». */
  readonly priceLeaves: readonly {
    readonly code: string;
    readonly criteriaRow: number;
    readonly column: string;
  }[];
  readonly tieBreakColumn?: string;
  /** Columns of « Notes ». */
  readonly columns: {
    readonly lot: string;
    readonly candidate: string;
    readonly regular: string;
    readonly price: string;
    readonly inverse: string;
    readonly lowest: string;
    readonly total: string;
    readonly rankKey: string;
    readonly tieBreak?: string;
    readonly rank: string;
  };
}

/**
 * The « Notes » columns in sheet order (A, B, … Z, AA…) with their header. They are contiguous from A,
 * so both writers (exceljs and the Excel add-in) lay out one rectangular block.
 */
export function scoreColumnHeaders(
  layout: ScoreLayout,
): { readonly column: string; readonly header: string }[] {
  const n = layout.columns;
  const headers: Record<string, string> = {
    [n.lot]: "Lot",
    [n.candidate]: "Candidat",
    [n.regular]: "Régulière (1/0)",
    [n.price]: "Prix retenu",
    [n.inverse]: "Inverse du prix",
    [n.lowest]: "Prix le plus bas du lot",
    [n.total]: "Total",
    [n.rankKey]: "Total (rang)",
    [n.rank]: "Rang",
  };
  if (n.tieBreak) headers[n.tieBreak] = "Départage";
  for (const leaf of layout.priceLeaves) headers[leaf.column] = `Note prix ${leaf.code}`;
  return Object.entries(headers)
    .map(([column, header]) => ({ column, header }))
    .sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

const O = sheetRef(SHEETS.offers);
const C = sheetRef(SHEETS.criteria);
const P = sheetRef(SHEETS.parameters);

export function scoreFormulas(layout: ScoreLayout, r: number): Record<string, string> {
  const { columns: n, lastRow } = layout;
  const range = (sheet: string, column: string) => `${sheet}$${column}$2:$${column}$${lastRow}`;
  const lots = range(O, OFFER_COLUMNS.lot);
  const sameLot = `(${lots}=${O}${OFFER_COLUMNS.lot}${r})`;
  const price = `${O}${OFFER_COLUMNS.price}${r}`;
  const status = `${O}${OFFER_COLUMNS.status}${r}`;
  const method = `${P}$B$${PARAMETER_ROWS.priceMethod}`;
  const linear = `OR(${method}="linéaire",${method}="lineaire",${method}="linear")`;
  const formulas: Record<string, string> = {
    [n.lot]: `IF(${O}${OFFER_COLUMNS.candidate}${r}="","",${O}${OFFER_COLUMNS.lot}${r})`,
    [n.candidate]: `IF(${O}${OFFER_COLUMNS.candidate}${r}="","",${O}${OFFER_COLUMNS.candidate}${r})`,
    // An empty status counts as regular, as in the engine.
    [n.regular]: `IF(AND(${O}${OFFER_COLUMNS.candidate}${r}<>"",OR(${status}="",${status}="régulière",${status}="reguliere")),1,0)`,
    [n.price]: `IF(AND(${n.regular}${r}=1,ISNUMBER(${price})),IF(${price}>0,${price},""),"")`,
    [n.inverse]: `IF(ISNUMBER(${n.price}${r}),1/${n.price}${r},0)`,
    // Lowest valid regular price of the lot = 1 / the largest inverse price of the lot.
    [n.lowest]: `IF(SUMPRODUCT(MAX(${sameLot}*$${n.inverse}$2:$${n.inverse}$${lastRow}))>0,1/SUMPRODUCT(MAX(${sameLot}*$${n.inverse}$2:$${n.inverse}$${lastRow})),"")`,
  };
  for (const leaf of layout.priceLeaves) {
    const scale = `${C}$${CRITERIA_COLUMNS.scale}$${leaf.criteriaRow}`;
    const p = `${n.price}${r}`;
    const low = `${n.lowest}${r}`;
    formulas[leaf.column] =
      `IF(OR(${p}="",${low}=""),"",IF(${linear},MAX(0,${scale}*(1-(${p}-${low})/${low})),${scale}*${low}/${p}))`;
  }
  const terms = [
    ...layout.markedLeaves.map(
      (leaf) =>
        `${C}$${CRITERIA_COLUMNS.points}$${leaf.criteriaRow}/100*${O}${leaf.column}${r}/${C}$${CRITERIA_COLUMNS.scale}$${leaf.criteriaRow}`,
    ),
    ...layout.priceLeaves.map(
      (leaf) =>
        `${C}$${CRITERIA_COLUMNS.points}$${leaf.criteriaRow}/100*${leaf.column}${r}/${C}$${CRITERIA_COLUMNS.scale}$${leaf.criteriaRow}`,
    ),
  ];
  const conditions = [`${n.regular}${r}=1`];
  if (layout.priceLeaves.length > 0) conditions.push(`${n.price}${r}<>""`);
  const first = layout.markedLeaves[0]?.column;
  const last = layout.markedLeaves.at(-1)?.column;
  if (first && last) conditions.push(`COUNT(${O}${first}${r}:${last}${r})=${layout.markedLeaves.length}`);
  formulas[n.total] =
    `IF(AND(${conditions.join(",")}),(${terms.join("+") || "0"})*${P}$B$${PARAMETER_ROWS.scale},"")`;
  // Ranks compare totals rounded to 6 decimals, as the engine does; -1 keeps empty rows out.
  formulas[n.rankKey] = `IF(ISNUMBER(${n.total}${r}),ROUND(${n.total}${r},6),-1)`;
  const keys = `$${n.rankKey}$2:$${n.rankKey}$${lastRow}`;
  let rank = `1+SUMPRODUCT(${sameLot}*(${keys}>${n.rankKey}${r}))`;
  if (n.tieBreak && layout.tieBreakColumn) {
    const tb = `${O}${layout.tieBreakColumn}${r}`;
    formulas[n.tieBreak] = `IF(ISNUMBER(${tb}),${tb},-1)`;
    rank += `+SUMPRODUCT(${sameLot}*(${keys}=${n.rankKey}${r})*($${n.tieBreak}$2:$${n.tieBreak}$${lastRow}>${n.tieBreak}${r}))`;
  }
  formulas[n.rank] = `IF(ISNUMBER(${n.total}${r}),${rank},"")`;
  return formulas;
}
