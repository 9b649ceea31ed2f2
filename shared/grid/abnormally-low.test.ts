import { describe, expect, it } from "vitest";
import { buildGrid, plain } from "../../tests/fixtures/grid/build";
import { checkAbnormallyLow } from "./abnormally-low";
import { parseGrid } from "./parse";

const offersWith = (prices: readonly number[], status: readonly string[] = []) =>
  parseGrid(
    buildGrid({
      offers: prices.map((price, i) => ({
        candidate: `Cand ${i + 1}`,
        price,
        status: status[i] ?? "régulière",
        marks: { C2: 5, C3: 5 },
      })),
    }),
  ).grid.offers;

describe("potentially abnormally low offers", () => {
  it("flags for review, never rejects, an offer under 80 % of the other offers' mean", () => {
    const [v, ...rest] = checkAbnormallyLow(offersWith([60_000, 100_000, 100_000]));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      rule: "GRID_ABNORMALLY_LOW",
      severity: "alerte",
      candidate: "Cand 1",
      cells: [{ address: "D2" }],
    });
    expect(plain(v?.message)).toContain("inférieure de 40 % à la moyenne");
    expect(v?.message).toContain("demander des précisions et justifications");
    expect(v?.source).toBe("Art. L2152-5, L2152-6 et R2152-3 CCP");
  });

  it.each([[[80_000, 100_000, 100_000]], [[95_000, 100_000, 105_000]], [[50_000]]])(
    "does not flag prices %j",
    (prices) => {
      expect(checkAbnormallyLow(offersWith(prices))).toEqual([]);
    },
  );

  it("compares with regular offers only", () => {
    expect(
      checkAbnormallyLow(offersWith([60_000, 100_000, 300_000], ["régulière", "régulière", "irrégulière"])),
    ).toHaveLength(1);
    expect(checkAbnormallyLow(offersWith([60_000, 100_000], ["régulière", "écartée"]))).toEqual([]);
  });

  it("uses the ratio given by the buyer", () => {
    expect(checkAbnormallyLow(offersWith([75_000, 100_000]), 0.7)).toEqual([]);
    expect(checkAbnormallyLow(offersWith([75_000, 100_000]), 0.8)).toHaveLength(1);
  });
});
