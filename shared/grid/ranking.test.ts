import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankOffers, type RankInput } from "./ranking";

const entries = (totals: readonly number[], tieBreaks: readonly (number | undefined)[] = []): RankInput[] =>
  totals.map((total, index) => {
    const tieBreak = tieBreaks[index];
    return { index, lot: "1", total, ...(tieBreak !== undefined ? { tieBreak } : {}) };
  });
const ranks = (results: ReturnType<typeof rankOffers>) =>
  [...results].sort((a, b) => a.index - b.index).map((r) => r.rank);

describe("ranking", () => {
  it.each([
    [
      [80, 70, 60],
      [1, 2, 3],
    ],
    [
      [70, 80, 80, 60],
      [3, 1, 1, 4],
    ],
    [
      [50, 50, 50],
      [1, 1, 1],
    ],
    [
      [0.1 + 0.2, 0.3, 0.2],
      [1, 1, 3],
    ],
  ])("ranks totals %j as %j (competition ranking, binary noise ignored)", (totals, expected) => {
    expect(ranks(rankOffers(entries(totals), false))).toEqual(expected);
  });

  it("ranks each lot separately", () => {
    const input: RankInput[] = [
      { index: 0, lot: "1", total: 60 },
      { index: 1, lot: "2", total: 90 },
      { index: 2, lot: "1", total: 70 },
    ];
    expect(ranks(rankOffers(input, false))).toEqual([2, 1, 1]);
  });

  it("breaks a tie with the tie-break mark when the policy has a tie-break rule", () => {
    const results = rankOffers(entries([80, 80, 60], [2, 4, 5]), true);
    expect(ranks(results)).toEqual([2, 1, 3]);
    expect(
      results
        .filter((r) => r.tieBroken)
        .map((r) => r.index)
        .sort(),
    ).toEqual([0, 1]);
  });

  it("ignores tie-break marks when the policy has no tie-break rule", () => {
    expect(ranks(rankOffers(entries([80, 80], [2, 4]), false))).toEqual([1, 1]);
  });

  it("keeps offers tied when their tie-break marks are equal too", () => {
    const results = rankOffers(entries([80, 80, 75], [3, 3, 9]), true);
    expect(ranks(results)).toEqual([1, 1, 3]);
    expect(results.some((r) => r.tieBroken)).toBe(false);
  });

  it("puts an offer without a tie-break mark after a tied offer that has one", () => {
    expect(ranks(rankOffers(entries([80, 80], [undefined, 0]), true))).toEqual([2, 1]);
  });

  it("always ranks a permutation: ranks 1..n, each rank = 1 + offers strictly ahead", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            total: fc.integer({ min: 0, max: 20 }),
            tb: fc.option(fc.integer({ min: 0, max: 3 })),
          }),
          {
            maxLength: 40,
          },
        ),
        fc.boolean(),
        (rows, useTieBreak) => {
          const input = entries(
            rows.map((r) => r.total),
            rows.map((r) => r.tb ?? undefined),
          );
          const results = rankOffers(input, useTieBreak);
          expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(input.map((e) => e.index));
          for (const r of results) {
            const me = input[r.index] as RankInput;
            const key = (e: RankInput) => [e.total, useTieBreak ? (e.tieBreak ?? -1) : 0] as const;
            const ahead = input.filter((o) => {
              const [a, b] = [key(o), key(me)];
              return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
            }).length;
            expect(r.rank).toBe(1 + ahead);
          }
        },
      ),
    );
  });
});
