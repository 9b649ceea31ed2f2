// Ties among equal totals. A policy may name a tie-break question (Clermont SPASER: « clause de départage »
// on the measures taken against discrimination): its mark orders the tied offers. Without such a rule, or
// when the marks are equal too, the offers stay tied and the buyer applies the rule announced in the
// consultation documents (an alert says so).
import type { Policy } from "../policies";

/** The tie-break mark used for comparison: a missing mark counts below any typed mark (as in the workbook). */
export function tieBreakKey(mark: number | undefined): number {
  return mark ?? -1;
}

export function hasTieBreak(policy: Policy): boolean {
  return policy.tieBreak !== undefined;
}
