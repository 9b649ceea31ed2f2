// What the « Contrôles » sheet and the sheet marks say about a checked grid, as plain data: host.ts
// writes it with Office.js, the standalone pane with exceljs, and the tests read it back.
import type { CellRef, GridReport, Severity, Violation } from "../../shared/grid";
import { t } from "../../shared/i18n";
import type { Policy } from "../../shared/policies";
import { formatNumber, formatPercent } from "../../shared/text";

export type ReportCell = string | number;

/** Rows of the « Contrôles » sheet, all of the same width (Office.js writes a rectangle). */
export function controlsSheetRows(report: GridReport, policy: Policy): ReportCell[][] {
  const rows: ReportCell[][] = [];
  rows.push([t("excel.controls.heading")]);
  rows.push([t("excel.controls.generated")]);
  rows.push([]);
  rows.push([t("excel.controls.policy"), policy.label]);
  const family = policy.purchaseFamilies.find((f) => f.id === report.family);
  rows.push([t("excel.controls.family"), family?.label ?? report.family ?? "—"]);
  rows.push([t("excel.controls.envWeight"), formatPercent(report.environmentalWeight)]);
  rows.push([t("excel.controls.result"), summary(report)]);
  rows.push([t("excel.controls.rounding"), t("grid.report.rounding")]);
  rows.push([]);
  rows.push([t("excel.controls.violations")]);
  rows.push([
    t("excel.controls.col.severity"),
    t("excel.controls.col.rule"),
    t("excel.controls.col.message"),
    t("excel.controls.col.cells"),
    t("excel.controls.col.source"),
  ]);
  if (report.violations.length === 0) rows.push([t("excel.controls.none")]);
  for (const v of sortedViolations(report.violations)) {
    rows.push([t(`excel.severity.${v.severity}`), v.rule, v.message, describeCells(v.cells), v.source]);
  }
  rows.push([]);
  rows.push([t("excel.controls.ranking")]);
  rows.push([
    t("excel.controls.col.lot"),
    t("excel.controls.col.rank"),
    t("excel.controls.col.candidate"),
    t("excel.controls.col.total"),
    t("excel.controls.col.tieBroken"),
  ]);
  if (report.ranking.length === 0) rows.push([t("excel.controls.noRanking")]);
  for (const row of report.ranking) {
    rows.push([row.lot, row.rank, row.candidate, row.total, row.tieBroken ? t("excel.controls.yes") : ""]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => "")]);
}

/** « Grille conforme… » or « 2 anomalie(s) bloquante(s), 1 alerte(s). » */
export function summary(report: GridReport): string {
  const blocking = report.violations.filter((v) => v.severity === "bloquant").length;
  const alerts = report.violations.length - blocking;
  return blocking === 0 && alerts === 0
    ? t("grid.report.ok")
    : t("grid.report.blocking", { count: blocking, alerts });
}

/** Blocking first, then alerts; the engine's order otherwise (it follows the sheet). */
export function sortedViolations(violations: readonly Violation[]): Violation[] {
  const rank = (s: Severity) => (s === "bloquant" ? 0 : 1);
  return violations
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v.severity) - rank(b.v.severity) || a.i - b.i)
    .map(({ v }) => v);
}

export function describeCells(cells: readonly CellRef[]): string {
  return cells.map((c) => `${c.sheet}!${c.address}`).join(", ");
}

/** A cell to mark on the sheet, with the worst severity found on it. */
export interface CellMark {
  readonly sheet: string;
  readonly address: string;
  readonly severity: Severity;
  /** Messages of the violations on this cell (for a note in the downloaded workbook). */
  readonly messages: readonly string[];
}

/** One mark per cell, blocking winning over alert; a range (« A3:F3 ») is marked as a whole. */
export function cellMarks(violations: readonly Violation[]): CellMark[] {
  const byCell = new Map<
    string,
    { sheet: string; address: string; severity: Severity; messages: string[] }
  >();
  for (const v of violations) {
    for (const cell of v.cells) {
      const key = `${cell.sheet}!${cell.address}`;
      const mark = byCell.get(key);
      if (!mark) {
        byCell.set(key, {
          sheet: cell.sheet,
          address: cell.address,
          severity: v.severity,
          messages: [v.message],
        });
      } else {
        if (v.severity === "bloquant") mark.severity = "bloquant";
        if (!mark.messages.includes(v.message)) mark.messages.push(v.message);
      }
    }
  }
  return [...byCell.values()];
}

/** Colours of the marks (Excel needs explicit colours; light enough to keep the analyst's text legible). */
export const MARK_COLOURS: Readonly<Record<Severity, string>> = {
  bloquant: "#F8C8C8",
  alerte: "#FCE7B2",
};

export const formatTotal = (total: number): string => formatNumber(total, 2);
