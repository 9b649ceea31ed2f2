// Marked cells grouped into ranges: one conditional-format rule per run of cells instead of one per cell.
import type { Severity } from "../../shared/grid";

export interface MarkRange {
  readonly sheet: string;
  readonly address: string;
  readonly severity: Severity;
}

/** Cells of one column on consecutive rows with the same severity become one range: fewer rules. */
export function markRanges(
  marks: readonly { sheet: string; address: string; severity: Severity }[],
): MarkRange[] {
  const singles = new Map<string, { sheet: string; column: string; severity: Severity; rows: number[] }>();
  const out: MarkRange[] = [];
  for (const mark of marks) {
    const cell = /^([A-Z]+)(\d+)$/i.exec(mark.address);
    if (!cell) {
      out.push(mark);
      continue;
    }
    const column = (cell[1] ?? "A").toUpperCase();
    const key = `${mark.sheet}\u0000${column}\u0000${mark.severity}`;
    const group = singles.get(key) ?? { sheet: mark.sheet, column, severity: mark.severity, rows: [] };
    group.rows.push(Number(cell[2]));
    singles.set(key, group);
  }
  for (const group of singles.values()) {
    const rows = [...new Set(group.rows)].sort((a, b) => a - b);
    let start = rows[0] ?? 1;
    for (let i = 1; i <= rows.length; i++) {
      const previous = rows[i - 1] ?? start;
      if (rows[i] === previous + 1) continue;
      const address =
        start === previous ? `${group.column}${start}` : `${group.column}${start}:${group.column}${previous}`;
      out.push({ sheet: group.sheet, address, severity: group.severity });
      start = rows[i] ?? start;
    }
  }
  return out;
}
