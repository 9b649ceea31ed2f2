import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDossier } from "../../tests/fixtures/agenda/records";
import {
  COTATION_GRID,
  COTATION_MAX,
  amountLevel,
  priorityOf,
  rankByCotation,
  scoreCotation,
} from "./cotation";

describe("cotation of the sustainable potential", () => {
  it("scores out of 20, the grid's weights adding up to 20", () => {
    expect(COTATION_MAX).toBe(20);
    expect(COTATION_GRID.map((c) => [c.id, c.maxLevel * c.pointsPerLevel])).toEqual([
      ["environmental", 6],
      ["social", 6],
      ["economic", 3],
      ["amount", 2],
      ["recurrence", 1],
      ["supplyMaturity", 2],
    ]);
  });

  it.each([
    [undefined, 0],
    [39_999, 0],
    [40_000, 1],
    [215_999, 1],
    [216_000, 2],
    [5_000_000, 2],
  ])("puts an amount of %j € HT in band %i", (amount, level) => {
    expect(amountLevel(amount)).toBe(level);
  });

  it.each([
    [20, "forte"],
    [13, "forte"],
    [12, "moyenne"],
    [8, "moyenne"],
    [7, "faible"],
    [0, "faible"],
  ] as const)("gives a score of %i the priority %s", (score, priority) => {
    expect(priorityOf(score)).toBe(priority);
  });

  it("rates a recurring 450 k€ cleaning contract with strong social potential as a high priority", () => {
    const dossier = makeDossier({ estimatedAmountHT: 450_000, recurring: true });
    const cotation = scoreCotation({ environmental: 2, social: 3, economic: 1, supplyMaturity: 2 }, dossier);
    // 2×2 + 3×2 + 1 + 2 (≥ 216 000 € HT) + 1 (récurrent) + 2 = 16
    expect(cotation.score).toBe(16);
    expect(cotation.priority).toBe("forte");
    expect(cotation.amountUnknown).toBe(false);
  });

  it("counts an unknown amount in the lowest band and says so", () => {
    const cotation = scoreCotation(
      { environmental: 1, social: 1, economic: 1, supplyMaturity: 1 },
      makeDossier(),
    );
    expect(cotation.score).toBe(6);
    expect(cotation.priority).toBe("faible");
    expect(cotation.amountUnknown).toBe(true);
  });

  it("keeps every score between 0 and 20 and monotonic in each level", () => {
    const level3 = fc.integer({ min: 0, max: 3 });
    const level2 = fc.integer({ min: 0, max: 2 });
    fc.assert(
      fc.property(
        level3,
        level3,
        level3,
        level2,
        fc.option(fc.nat(10_000_000), { nil: undefined }),
        fc.boolean(),
        (environmental, social, economic, supplyMaturity, amount, recurring) => {
          const dossier = makeDossier({ estimatedAmountHT: amount, recurring });
          const base = scoreCotation({ environmental, social, economic, supplyMaturity }, dossier);
          expect(base.score).toBeGreaterThanOrEqual(0);
          expect(base.score).toBeLessThanOrEqual(20);
          if (environmental < 3) {
            const more = scoreCotation(
              { environmental: environmental + 1, social, economic, supplyMaturity },
              dossier,
            );
            expect(more.score).toBe(base.score + 2);
          }
        },
      ),
    );
  });

  it("ranks dossiers by decreasing score, unscored last, ties in agenda order", () => {
    const a = makeDossier({
      id: "a",
      cotation: { environmental: 1, social: 0, economic: 0, supplyMaturity: 0 },
    });
    const b = makeDossier({ id: "b" });
    const c = makeDossier({
      id: "c",
      cotation: { environmental: 3, social: 3, economic: 0, supplyMaturity: 0 },
    });
    const d = makeDossier({
      id: "d",
      cotation: { environmental: 1, social: 0, economic: 0, supplyMaturity: 0 },
    });
    expect(rankByCotation([a, b, c, d]).map((x) => x.id)).toEqual(["c", "a", "d", "b"]);
  });
});
