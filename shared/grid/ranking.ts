// Competition ranking (« 1, 1, 3 ») per lot on totals rounded to 6 decimals: that rounding absorbs binary
// noise so that offers with the same marks tie here and in the workbook's formulas alike.
import { tieBreakKey } from "./tie-break";

export interface RankInput {
  readonly index: number;
  readonly lot: string;
  readonly total: number;
  readonly tieBreak?: number;
}

export interface RankResult {
  readonly index: number;
  readonly rank: number;
  /** True when the tie-break mark changed this offer's rank among equal totals. */
  readonly tieBroken: boolean;
}

export const RANK_DECIMALS = 6;
export const rankKey = (total: number): number =>
  Math.round(total * 10 ** RANK_DECIMALS) / 10 ** RANK_DECIMALS;

/**
 * Ranks the entries of each lot: rank = 1 + number of offers of the lot with a higher total (and, when
 * `useTieBreak`, with an equal total and a higher tie-break mark).
 */
export function rankOffers(entries: readonly RankInput[], useTieBreak: boolean): RankResult[] {
  const byLot = new Map<string, RankInput[]>();
  for (const entry of entries) byLot.set(entry.lot, [...(byLot.get(entry.lot) ?? []), entry]);
  const results: RankResult[] = [];
  for (const lotEntries of byLot.values()) {
    const keyed = lotEntries.map((e) => ({
      e,
      key: rankKey(e.total),
      tb: useTieBreak ? tieBreakKey(e.tieBreak) : 0,
    }));
    keyed.sort((a, b) => b.key - a.key || b.tb - a.tb);
    let previous: (typeof keyed)[number] | undefined;
    let rank = 0;
    keyed.forEach((item, position) => {
      if (!previous || previous.key !== item.key || previous.tb !== item.tb) rank = position + 1;
      previous = item;
      const sameTotal = keyed.filter((other) => other.key === item.key);
      const tieBroken = useTieBreak && sameTotal.some((other) => other.tb !== item.tb);
      results.push({ index: item.e.index, rank, tieBroken });
    });
  }
  return results;
}
