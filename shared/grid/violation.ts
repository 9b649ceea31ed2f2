import { t, type MessageKey, type MessageParams } from "../i18n";
import type { CellRef, GridRuleId, Severity, Violation } from "./model";

/** Builds a violation whose message ends with its source, as the commission's report must show it. */
export function violation(
  rule: GridRuleId,
  severity: Severity,
  params: MessageParams,
  source: string,
  cells: readonly (CellRef | undefined)[],
  about: { lot?: string; candidate?: string } = {},
): Violation {
  const key: MessageKey = `grid.rule.${rule}`;
  const message = `${t(key, params)} (${t("grid.source.label", { source })})`;
  return {
    rule,
    severity,
    message,
    source,
    cells: cells.filter((cell): cell is CellRef => cell !== undefined),
    ...about,
  };
}

/** « Feuille!B3 » for texts that name a cell. */
export function describeCell(cell: CellRef | undefined): string {
  return cell ? `${cell.sheet}!${cell.address}` : "";
}
