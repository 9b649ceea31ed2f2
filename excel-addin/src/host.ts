// The ONLY file of the Excel add-in that talks to Excel (STYLE.md). Every function queues its reads or
// writes and syncs a fixed number of times whatever the grid's size (PLATFORM-NOTES: batch, never one
// sync per cell). Requirement sets used: ExcelApi 1.8 at most (tables 1.1, conditional formats 1.6,
// getRangeByIndexes and table onChanged 1.7, data validation and runtime.enableEvents 1.8).
import {
  checkGrid,
  type CellRef,
  type GridDefinition,
  type GridReport,
  type Severity,
} from "../../shared/grid";
import { SpaserError, toSpaserError } from "../../shared/errors";
import { t } from "../../shared/i18n";
import { DEFAULT_POLICY_ID, findPolicy, getPolicy, type Policy } from "../../shared/policies";
import { normalizeFrench } from "../../shared/text";
import { SHEETS, TABLES } from "../../shared/xlsx";
import { detectOfficeHost, type OfficeHostInfo } from "../../shared/ui";
import { MARK_COLOURS, cellMarks, controlsSheetRows } from "./controls-report";
import { debounce } from "./debounce";
import { markRanges } from "./mark-ranges";
import { gridPlan, type ValidationPlan } from "./grid-plan";
import { rawGridFromTables, type GridTables, type TableData } from "./grid-tables";

export { markRanges };

export function detectExcelHost(): Promise<OfficeHostInfo> {
  return detectOfficeHost("Excel");
}

/** The pane needs ExcelApi 1.8 (Excel 2019 and later, Microsoft 365, Excel on the web). */
export function excelApiSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported("ExcelApi", "1.8") ?? false;
}

/** What the pane's views may ask of a grid host: Excel here, the standalone .xlsx host, or a fake. */
export interface GridCheckResult {
  readonly report: GridReport;
  readonly policy: Policy;
  /** Cells marked on the sheets (Excel) or in the downloaded copy (standalone). */
  readonly marked: number;
}

export interface CheckRequest {
  /** Overrides the grid's own preset (« Préréglage SPASER » in « Paramètres »). */
  readonly policyId?: string;
  /** Preset used when the grid names none or one this version does not know (the pane's picker). */
  readonly fallbackPolicyId?: string;
  readonly family?: string;
}

/** Marks are conditional formats whose rule formula carries this tag: ours to find and remove, no one else's. */
export const MARK_TAG = "SPASER 365";
const markFormula = (severity: Severity) => `=ISTEXT("${MARK_TAG} ${severity}")`;
const isOurMark = (formula: string | undefined) => formula?.includes(MARK_TAG) ?? false;

const GRID_SHEETS = [SHEETS.parameters, SHEETS.criteria, SHEETS.offers];
const READ_TABLES = ["parameters", "criteria", "offers"] as const;

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toSpaserError(error);
  }
}

const sameName = (a: string, b: string) => normalizeFrench(a) === normalizeFrench(b);

// ---- Nouvelle grille --------------------------------------------------------------------------

function applyValidation(range: Excel.Range, rule: ValidationPlan, message: string): void {
  if (rule.kind === "list") {
    range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.choices.join(",") } };
    range.dataValidation.ignoreBlanks = rule.allowBlank;
  } else {
    range.dataValidation.rule = {
      decimal:
        rule.operator === "between"
          ? { operator: "Between", formula1: rule.min, formula2: rule.max ?? rule.min }
          : { operator: "GreaterThan", formula1: rule.min },
    };
  }
  range.dataValidation.errorAlert = {
    message,
    showAlert: true,
    style: rule.kind === "decimal" && rule.warningOnly ? "Warning" : "Stop",
    title: "SPASER 365",
  };
}

/**
 * Writes the grid's four sheets (same layout as `spaser grid new`). Refuses, without writing anything,
 * when a sheet or table of the grid already exists: the analyst's cells are never overwritten.
 * Syncs: 3 (look, write, events back on).
 */
export async function createGrid(definition: GridDefinition, rowsPerLot = 10): Promise<void> {
  const plan = gridPlan(definition, rowsPerLot);
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    for (const sheetPlan of plan.sheets) {
      const clash =
        sheets.items.find((s) => sameName(s.name, sheetPlan.name))?.name ??
        tables.items.find((tb) => sheetPlan.table && sameName(tb.name, sheetPlan.table.name))?.name;
      if (clash) throw new SpaserError("EXCEL_GRID_EXISTS", { sheet: clash });
    }

    context.application.suspendApiCalculationUntilNextSync();
    context.runtime.enableEvents = false;
    for (const sheetPlan of plan.sheets) {
      const sheet = context.workbook.worksheets.add(sheetPlan.name);
      for (const address of sheetPlan.textRanges) sheet.getRange(address).numberFormat = [["@"]];
      const width = Math.max(...sheetPlan.cells.map((row) => row.length));
      const rows = sheetPlan.cells.map((row) => [
        ...row,
        ...Array.from({ length: width - row.length }, () => ""),
      ]);
      sheet.getRangeByIndexes(0, 0, rows.length, width).formulas = rows;
      if (sheetPlan.table) {
        const table = sheet.tables.add(sheetPlan.table.address, true);
        table.name = sheetPlan.table.name;
        table.style = sheetPlan.table.style;
      }
      for (const v of sheetPlan.validations) applyValidation(sheet.getRange(v.address), v.rule, v.message);
      for (const f of sheetPlan.numberFormats) {
        const range = sheet.getRange(f.address);
        range.numberFormat = Array.from({ length: rowCount(f.address) }, () => [f.format]);
      }
      sheetPlan.columnWidths.forEach((chars, i) => {
        // Column widths are in points; a character of the default font is about 7 points wide.
        sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = chars * 7;
      });
      sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    }
    context.workbook.worksheets.getItem(SHEETS.offers).activate();
    await context.sync();
    context.runtime.enableEvents = true;
    await context.sync();
  });
}

function rowCount(address: string): number {
  const match = /^[A-Z]+(\d+):[A-Z]+(\d+)$/i.exec(address);
  return match ? Number(match[2]) - Number(match[1]) + 1 : 1;
}

// ---- Vérifier ---------------------------------------------------------------------------------

function policyFor(gridPolicyId: string | undefined, request: CheckRequest): Policy {
  if (request.policyId) return getPolicy(request.policyId);
  return (
    findPolicy(gridPolicyId ?? "") ??
    findPolicy(request.fallbackPolicyId ?? "") ??
    getPolicy(DEFAULT_POLICY_ID)
  );
}

/**
 * Reads the grid's tables, runs the engine, marks the violations and writes « Contrôles ».
 * Syncs: 4 whatever the number of offers (list tables and sheets, read tables and our marks, write,
 * events back on). Only the grid tables' used ranges are read, never whole sheets.
 */
export async function checkWorkbook(request: CheckRequest = {}): Promise<GridCheckResult> {
  return run(async (context) => {
    const workbook = context.workbook;
    const tables = workbook.tables.load("items/name");
    const sheets = workbook.worksheets.load("items/name");
    await context.sync();

    const tableNames = new Map(tables.items.map((tb) => [normalizeFrench(tb.name), tb.name]));
    for (const key of READ_TABLES) {
      if (!tableNames.has(normalizeFrench(TABLES[key]))) {
        throw new SpaserError("EXCEL_GRID_TABLE_MISSING", { table: TABLES[key] });
      }
    }
    const reads = READ_TABLES.map((key) => {
      const table = workbook.tables.getItem(tableNames.get(normalizeFrench(TABLES[key])) ?? TABLES[key]);
      return {
        key,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("values,address"),
      };
    });
    const sheetNames = sheets.items.map((s) => s.name);
    const markedSheets = sheetNames.filter((name) => GRID_SHEETS.some((g) => sameName(g, name)));
    const existingMarks = markedSheets.map((name) =>
      workbook.worksheets
        .getItem(name)
        .getRange()
        .conditionalFormats.load("items/type,items/customOrNullObject/rule/formula"),
    );
    const controlsName = sheetNames.find((name) => sameName(name, t("excel.controls.sheet")));
    const controlsHeading = controlsName
      ? workbook.worksheets.getItem(controlsName).getRange("A1").load("values")
      : undefined;
    await context.sync();

    // « Contrôles » is ours only if it starts with our heading: an analyst's own sheet of that name is
    // never cleared (nothing is written, the analyst is asked to rename it).
    const heading = controlsHeading?.values[0]?.[0];
    if (controlsName && heading !== "" && heading !== t("excel.controls.heading")) {
      throw new SpaserError("EXCEL_CONTROLS_NOT_OURS", { sheet: controlsName });
    }

    const data: { -readonly [K in keyof GridTables]: TableData } = {};
    for (const read of reads) {
      data[read.key] = {
        headers: read.header.values[0] ?? [],
        values: read.body.values,
        address: read.body.address,
      };
    }
    const raw = rawGridFromTables(data);
    const policy = policyFor(raw.consultation.policyId, request);
    const report = checkGrid(raw, policy, request.family ? { family: request.family } : {});

    context.application.suspendApiCalculationUntilNextSync();
    context.runtime.enableEvents = false;
    // Marks: remove ours (and only ours), then add one rule per range of marked cells. The analyst's
    // fills, fonts and own conditional formats are never touched; a fixed cell simply loses its rule.
    for (const collection of existingMarks) {
      for (const format of collection.items) {
        if (format.type !== "Custom" || format.customOrNullObject.isNullObject) continue;
        if (isOurMark(format.customOrNullObject.rule.formula)) format.delete();
      }
    }
    const marks = cellMarks(report.violations).filter((m) => markedSheets.some((s) => sameName(s, m.sheet)));
    for (const mark of markRanges(marks)) {
      const sheetName = markedSheets.find((s) => sameName(s, mark.sheet)) ?? mark.sheet;
      const format = workbook.worksheets
        .getItem(sheetName)
        .getRange(mark.address)
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = markFormula(mark.severity);
      format.custom.format.fill.color = MARK_COLOURS[mark.severity];
    }
    const rows = controlsSheetRows(report, policy);
    const controls = controlsName
      ? workbook.worksheets.getItem(controlsName)
      : workbook.worksheets.add(t("excel.controls.sheet"));
    controls.getRange().clear();
    const width = rows[0]?.length ?? 1;
    // Names and messages quote what the analyst typed: « =HYPERLINK(…) » must stay text, never a formula.
    controls.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((row) =>
      row.map((cell) => (typeof cell === "string" && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)),
    );
    controls.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    controls.getRangeByIndexes(0, 0, rows.length, 1).format.columnWidth = 160;
    controls.getRangeByIndexes(0, 2, rows.length, 1).format.columnWidth = 420;
    await context.sync();
    context.runtime.enableEvents = true;
    await context.sync();
    return { report, policy, marked: marks.length };
  });
}

// ---- Sélection et suivi des modifications -----------------------------------------------------

/** The range to select for a violation: its first cell's sheet, the block its cells span there. */
export function selectionOf(cells: readonly CellRef[]): CellRef | undefined {
  const first = cells[0];
  if (!first) return undefined;
  const same = cells.filter((c) => c.sheet === first.sheet && /^[A-Z]+\d+$/i.test(c.address));
  if (same.length < 2) return first;
  const parts = same.map((c) => /^([A-Z]+)(\d+)$/i.exec(c.address)).filter((m) => m !== null);
  const columns = new Set(parts.map((m) => m[1]?.toUpperCase()));
  const rows = parts.map((m) => Number(m[2]));
  if (columns.size !== 1) return first;
  const column = [...columns][0] ?? "A";
  return { sheet: first.sheet, address: `${column}${Math.min(...rows)}:${column}${Math.max(...rows)}` };
}

/** Activates the sheet and selects the cells of a violation. Syncs: 1. */
export async function selectCells(cells: readonly CellRef[]): Promise<void> {
  const target = selectionOf(cells);
  if (!target) return;
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    sheet.activate();
    sheet.getRange(target.address).select();
    await context.sync();
  });
}

/**
 * Calls `onChange` once the grid's tables stop changing for `delayMs` (default 800 ms). Returns the
 * function that stops watching. Table `onChanged` is ExcelApi 1.7; the pane's own writes are made with
 * events off and never re-trigger it.
 */
export async function watchGrid(onChange: () => void, delayMs = 800): Promise<() => Promise<void>> {
  const fire = debounce(onChange, delayMs);
  const handlers = await run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const watched = new Set(READ_TABLES.map((key) => normalizeFrench(TABLES[key])));
    const results = tables.items
      .filter((table) => watched.has(normalizeFrench(table.name)))
      .map((table) =>
        table.onChanged.add(async () => {
          fire();
        }),
      );
    await context.sync();
    return results;
  });
  return async () => {
    fire.cancel();
    const first = handlers[0];
    if (!first) return;
    await Excel.run(first.context, async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    });
  };
}

/** The Excel implementation of the pane's workbook port. */
export const excelHost = {
  kind: "office",
  createGrid: (definition: GridDefinition) => createGrid(definition),
  check: (request?: CheckRequest) => checkWorkbook(request),
  selectCells,
  watch: (onChange: () => void) => watchGrid(onChange),
} as const;
