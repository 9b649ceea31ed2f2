import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowestPrice, scorePrice } from "./price-scoring";

describe("price marks", () => {
  it.each([
    ["proportional", 100, 100, 10],
    ["proportional", 125, 100, 8],
    ["proportional", 200, 100, 5],
    ["linear", 100, 100, 10],
    ["linear", 125, 100, 7.5],
    ["linear", 200, 100, 0],
    ["linear", 300, 100, 0],
  ] as const)("%s: price %d against lowest %d scores %d / 10", (method, price, lowest, mark) => {
    expect(scorePrice(price, lowest, 10, method)).toBeCloseTo(mark, 12);
  });

  it.each(["proportional", "linear"] as const)("%s: a single offer gets the full mark", (method) => {
    const lowest = lowestPrice([48_000]) ?? 0;
    expect(scorePrice(48_000, lowest, 40, method)).toBe(40);
  });

  it.each(["proportional", "linear"] as const)("%s: equal prices all get the full mark", (method) => {
    const prices = [9_999.99, 9_999.99, 9_999.99];
    const lowest = lowestPrice(prices) ?? 0;
    expect(prices.map((p) => scorePrice(p, lowest, 20, method))).toEqual([20, 20, 20]);
  });

  it.each([
    [0, 100],
    [-50, 100],
    [100, 0],
    [Number.NaN, 100],
  ])("refuses to score price %d against lowest %d instead of crashing", (price, lowest) => {
    expect(scorePrice(price, lowest, 10, "proportional")).toBeUndefined();
    expect(scorePrice(price, lowest, 10, "linear")).toBeUndefined();
  });

  it("ignores zero, negative and missing prices when looking for the lowest", () => {
    expect(lowestPrice([undefined, 0, -3, 250, 120])).toBe(120);
    expect(lowestPrice([undefined, 0])).toBeUndefined();
  });

  it.each(["proportional", "linear"] as const)(
    "%s: the lowest price always gets the best mark and a dearer offer never scores more",
    (method) => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0.01, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 20 }),
          fc.double({ min: 1, max: 100, noNaN: true }),
          (prices, max) => {
            const lowest = lowestPrice(prices) ?? 0;
            const marks = prices.map((p) => scorePrice(p, lowest, max, method) ?? Number.NaN);
            prices.forEach((p, i) => {
              const mark = marks[i] ?? Number.NaN;
              expect(mark).toBeGreaterThanOrEqual(0);
              expect(mark).toBeLessThanOrEqual(max + 1e-9);
              if (p === lowest) expect(mark).toBeCloseTo(max, 9);
              prices.forEach((q, j) => {
                if (q > p) expect(marks[j] ?? Number.NaN).toBeLessThanOrEqual(mark + 1e-9);
              });
            });
          },
        ),
      );
    },
  );
});
