import { describe, expect, it } from "vitest";
import { buildGrid, type OfferSpec } from "../../../tests/fixtures/grid/build";
import { parseGrid } from "../parse";
import { criteriaTree } from "../weights";
import { checkOffers } from "./offers";

const check = (offers: readonly OfferSpec[]) => {
  const { grid } = parseGrid(buildGrid({ offers }));
  return checkOffers(grid, criteriaTree(grid.criteria));
};
const good = (candidate: string, extra: Partial<OfferSpec> = {}): OfferSpec => ({
  candidate,
  price: 10_000,
  marks: { C2: 7, C3: 6 },
  ...extra,
});

describe("offers", () => {
  it("accepts regular offers marked on every criterion within the scale", () => {
    const result = check([good("Alpha"), good("Bêta")]);
    expect(result.violations).toEqual([]);
    expect(result.unranked.size).toBe(0);
  });

  it.each<[string, OfferSpec, string]>([
    ["a mark above the scale", good("A", { marks: { C2: 11, C3: 6 } }), "GRID_MARK_OUT_OF_SCALE"],
    ["a negative mark", good("A", { marks: { C2: -1, C3: 6 } }), "GRID_MARK_OUT_OF_SCALE"],
    ["a criterion left unmarked", good("A", { marks: { C2: 7 } }), "GRID_MARK_MISSING"],
    ["no price", good("A", { price: "" }), "GRID_PRICE_MISSING"],
    ["a zero price", good("A", { price: 0 }), "GRID_PRICE_NOT_POSITIVE"],
    ["a negative price", good("A", { price: -500 }), "GRID_PRICE_NOT_POSITIVE"],
  ])("blocks a regular offer with %s and leaves it unranked", (_, offer, rule) => {
    const result = check([offer]);
    expect(result.violations.map((v) => [v.rule, v.severity, v.candidate])).toEqual([
      [rule, "bloquant", "A"],
    ]);
    expect(result.unranked.has(0)).toBe(true);
  });

  it("names the unmarked cell", () => {
    const [v] = check([good("A", { marks: { C2: 7 } })]).violations;
    expect(v?.cells).toEqual([{ sheet: "Offres", address: "H2" }]);
    expect(v?.message).toContain("critère C3");
  });

  it.each(["irrégulière", "inacceptable", "inappropriée", "écartée"])(
    "does not ask for marks of an offer whose status is %s",
    (status) => {
      expect(check([{ candidate: "A", status, price: "" }]).violations).toEqual([]);
    },
  );

  it("blocks the same candidate twice in a lot, whatever the case or accents", () => {
    const [v, ...rest] = check([good("Propreté Services"), good("PROPRETE  services")]).violations;
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      rule: "GRID_DUPLICATE_CANDIDATE",
      cells: [{ address: "B2" }, { address: "B3" }],
    });
  });

  it("accepts the same candidate in two lots", () => {
    expect(check([good("Alpha", { lot: "1" }), good("Alpha", { lot: "2" })]).violations).toEqual([]);
  });
});
