// The « Nouvelle grille » workbook as data: the same sheets, tables, validations and live formulas as
// `shared/xlsx`'s exceljs writer, described once so that host.ts only has to replay it with Office.js.
// Sheet names, headers, columns and the « Notes » formulas come from shared/xlsx (which loads exceljs only
// when it writes a file, so the pane's start-up bundle stays small).
import type { GridDefinition } from "../../shared/grid";
import {
  gridWorkbookLayout,
  scoreColumnHeaders,
  scoreFormulas,
  type GridWorkbookLayout,
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
} from "../../shared/xlsx";

export type PlanValue = string | number;

export type ValidationPlan =
  | { readonly kind: "list"; readonly choices: readonly string[]; readonly allowBlank: boolean }
  | {
      readonly kind: "decimal";
      readonly operator: "between" | "greaterThan";
      readonly min: number;
      readonly max?: number;
      readonly warningOnly?: boolean;
    };

export interface SheetPlan {
  readonly name: string;
  /** Top-left block written at A1: values (or formulas starting with « = »), row by row. */
  readonly cells: readonly (readonly PlanValue[])[];
  readonly table?: { readonly name: string; readonly address: string; readonly style: string };
  readonly validations: readonly {
    readonly address: string;
    readonly rule: ValidationPlan;
    readonly message: string;
  }[];
  /** Ranges kept as text (a date typed « 01/10/2026 » must stay what the analyst reads). */
  readonly textRanges: readonly string[];
  readonly numberFormats: readonly { readonly address: string; readonly format: string }[];
  readonly columnWidths: readonly number[];
}

export interface GridPlan {
  readonly sheets: readonly SheetPlan[];
  readonly layout: GridWorkbookLayout;
}

/** Text typed in the form stays text: a leading « = » would make Office.js write a formula. */
const literal = (text: string): string => (/^[=+\-@]/.test(text) ? `'${text}` : text);
const lotValue = (id: string): PlanValue => (/^\d+$/.test(id) ? Number(id) : id);

const range = (firstColumn: string, firstRow: number, lastColumn: string, lastRow: number) =>
  `${firstColumn}${firstRow}:${lastColumn}${lastRow}`;

/** The four sheets of a new grid with `rowsPerLot` empty offer rows per lot. */
export function gridPlan(definition: GridDefinition, rowsPerLot = 10): GridPlan {
  const lastRow = definition.lots.length * rowsPerLot + 1;
  const layout = gridWorkbookLayout(definition, lastRow);
  const c = definition.consultation;
  const byCode = new Map(definition.criteria.map((criterion) => [criterion.code, criterion]));

  const parameterValues: Record<keyof typeof PARAMETER_ROWS, PlanValue> = {
    title: literal(c.title),
    launchDate: c.launchDate ? c.launchDate.split("-").reverse().join("/") : "",
    procedure: literal(c.procedure ?? ""),
    policyId: c.policyId,
    family: c.family ?? "",
    scale: c.scale,
    priceMethod: METHOD_CHOICES[c.priceMethod],
    lots: definition.lots.length,
  };
  const parameterKeys = (Object.keys(PARAMETER_ROWS) as (keyof typeof PARAMETER_ROWS)[]).sort(
    (a, b) => PARAMETER_ROWS[a] - PARAMETER_ROWS[b],
  );
  const parameters: SheetPlan = {
    name: SHEETS.parameters,
    cells: [
      ["Paramètre", "Valeur"],
      ...parameterKeys.map((key) => [PARAMETER_LABELS[key], parameterValues[key]]),
    ],
    table: {
      name: TABLES.parameters,
      address: range("A", 1, "B", parameterKeys.length + 1),
      style: "TableStyleLight1",
    },
    validations: [
      {
        address: `B${PARAMETER_ROWS.scale}`,
        rule: { kind: "decimal", operator: "greaterThan", min: 0 },
        message: "La note finale maximale est un nombre positif (ex. 100 ou 20).",
      },
      {
        address: `B${PARAMETER_ROWS.priceMethod}`,
        rule: { kind: "list", choices: Object.values(METHOD_CHOICES), allowBlank: false },
        message: "Choisissez « proportionnelle » ou « linéaire ».",
      },
    ],
    textRanges: [`B${PARAMETER_ROWS.launchDate}`],
    numberFormats: [],
    columnWidths: [34, 48],
  };

  const criteriaLast = definition.criteria.length + 1;
  const criteria: SheetPlan = {
    name: SHEETS.criteria,
    cells: [
      CRITERIA_HEADERS,
      ...definition.criteria.map((criterion, i) => {
        const row = i + 2;
        return [
          literal(criterion.code),
          literal(criterion.parent ?? ""),
          literal(criterion.label),
          CATEGORY_CHOICES[criterion.category],
          criterion.weight,
          criterion.scale,
          `=IF(ISNUMBER(E${row}),IF(ABS(E${row})<=1,E${row}*100,E${row}),0)`,
        ];
      }),
    ],
    table: { name: TABLES.criteria, address: range("A", 1, "G", criteriaLast), style: "TableStyleMedium2" },
    validations: [
      {
        address: range("D", 2, "D", criteriaLast),
        rule: { kind: "list", choices: Object.values(CATEGORY_CHOICES), allowBlank: false },
        message: "Choisissez une catégorie de la liste.",
      },
      {
        address: range("E", 2, "E", criteriaLast),
        rule: { kind: "decimal", operator: "between", min: 0, max: 100 },
        message: "Pondération en points de la note finale, entre 0 et 100.",
      },
      {
        address: range("F", 2, "F", criteriaLast),
        rule: { kind: "decimal", operator: "greaterThan", min: 0 },
        message: "Le barème est un nombre positif (ex. 10).",
      },
    ],
    textRanges: [],
    numberFormats: [],
    columnWidths: [10, 10, 40, 22, 16, 10, 14],
  };

  const markCodes = Object.keys(layout.markColumns);
  const offerHeaders = [
    OFFER_HEADERS.lot,
    OFFER_HEADERS.candidate,
    OFFER_HEADERS.status,
    OFFER_HEADERS.price,
    ...(definition.tieBreak ? [OFFER_HEADERS.tieBreak] : []),
    ...markCodes.map((code) => literal(`${code}${MARK_HEADER_SEPARATOR}${byCode.get(code)?.label ?? code}`)),
  ];
  const lastOfferColumn = columnLetter(offerHeaders.length);
  const offerRows: PlanValue[][] = [];
  for (const lot of definition.lots) {
    for (let i = 0; i < rowsPerLot; i++)
      offerRows.push([lotValue(lot.id), ...offerHeaders.slice(1).map(() => "")]);
  }
  const offers: SheetPlan = {
    name: SHEETS.offers,
    cells: [offerHeaders, ...offerRows],
    table: {
      name: TABLES.offers,
      address: range("A", 1, lastOfferColumn, lastRow),
      style: "TableStyleMedium2",
    },
    validations: [
      {
        address: range("A", 2, "A", lastRow),
        rule: { kind: "list", choices: definition.lots.map((l) => l.id), allowBlank: false },
        message: "Choisissez un lot de la liste.",
      },
      {
        address: range("C", 2, "C", lastRow),
        rule: { kind: "list", choices: Object.values(STATUS_CHOICES), allowBlank: true },
        message: "Choisissez un statut de la liste (vide = régulière).",
      },
      {
        address: range("D", 2, "D", lastRow),
        rule: { kind: "decimal", operator: "greaterThan", min: 0, warningOnly: true },
        message: "Le prix est un montant strictement positif.",
      },
      ...markCodes.map((code) => {
        const column = layout.markColumns[code] ?? "E";
        const max = byCode.get(code)?.scale ?? 10;
        return {
          address: range(column, 2, column, lastRow),
          rule: { kind: "decimal", operator: "between", min: 0, max } as const,
          message: `Note entre 0 et ${max}.`,
        };
      }),
    ],
    textRanges: [],
    numberFormats: [{ address: range("D", 2, "D", lastRow), format: "#,##0.00" }],
    columnWidths: [8, 32, 14, 14],
  };

  const n = layout.columns;
  // Notes columns are contiguous from A (the writer's order): the block written is rectangular.
  const scoreHeaders = scoreColumnHeaders(layout);
  const scoreRows: PlanValue[][] = [];
  for (let row = 2; row <= lastRow; row++) {
    const formulas = scoreFormulas(layout, row);
    scoreRows.push(scoreHeaders.map(({ column }) => (formulas[column] ? `=${formulas[column]}` : "")));
  }
  const scores: SheetPlan = {
    name: SHEETS.scores,
    cells: [scoreHeaders.map(({ header }) => header), ...scoreRows],
    validations: [],
    textRanges: [],
    numberFormats: [
      { address: range(n.total, 2, n.total, lastRow), format: "0.00" },
      { address: range(n.lowest, 2, n.lowest, lastRow), format: "#,##0.00" },
    ],
    columnWidths: [8, 32],
  };
  return { sheets: [parameters, criteria, offers, scores], layout };
}
