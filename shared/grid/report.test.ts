import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGrid, testPolicies, type CriterionRow, type OfferSpec } from "../../tests/fixtures/grid/build";
import { checkGrid } from "./report";

const offer = (
  candidate: string,
  price: number,
  c2: number,
  c3: number,
  extra: Partial<OfferSpec> = {},
): OfferSpec => ({
  candidate,
  price,
  marks: { C2: c2, C3: c3 },
  ...extra,
});

describe("checking and ranking a grid", () => {
  it("scores, totals and ranks the regular offers of a lot (proportional price mark)", () => {
    const report = checkGrid(
      buildGrid({
        offers: [
          offer("Alpha", 100_000, 6, 5),
          offer("Bêta", 95_000, 5, 5),
          offer("Gamma", 125_000, 9, 9),
          offer("Delta", 50_000, 9, 9, { status: "irrégulière" }),
        ],
      }),
      testPolicies["ille-et-vilaine"],
    );
    expect(report.ok).toBe(true);
    expect(report.violations).toEqual([]);
    // Lowest regular price 95 000 (Delta is irregular: neither the reference nor ranked).
    // Alpha: 40 × 0,95 + 45 × 0,6 + 15 × 0,5 = 38 + 27 + 7,5 = 72,5
    // Bêta: 40 + 22,5 + 7,5 = 70 ; Gamma: 40 × 0,76 + 40,5 + 13,5 = 84,4
    expect(report.ranking).toEqual([
      { lot: "1", candidate: "Gamma", total: 84.4, rank: 1, tieBroken: false },
      { lot: "1", candidate: "Alpha", total: 72.5, rank: 2, tieBroken: false },
      { lot: "1", candidate: "Bêta", total: 70, rank: 3, tieBroken: false },
    ]);
    expect(report.offers[3]).toMatchObject({ candidate: "Delta", status: "irreguliere", tieBroken: false });
    expect(report.offers[3]?.rank).toBeUndefined();
    expect(report.offers[0]?.priceMarks).toEqual({ C1: 9.5 });
  });

  it("uses the linear method when the grid asks for it", () => {
    const report = checkGrid(
      buildGrid({
        priceMethod: "linéaire",
        offers: [offer("Alpha", 100_000, 6, 5), offer("Bêta", 80_000, 5, 5)],
      }),
      testPolicies["ille-et-vilaine"],
    );
    // Alpha: 40 × (1 − 0,25) = 30 ; + 27 + 7,5 = 64,5
    expect(report.offers[0]?.total).toBeCloseTo(64.5, 9);
    expect(report.priceMethod).toBe("linear");
  });

  it("totals on a final mark out of 20 when the grid says so", () => {
    const report = checkGrid(
      buildGrid({ scale: 20, offers: [offer("Alpha", 1000, 10, 10)] }),
      testPolicies.national,
    );
    expect(report.ranking[0]?.total).toBe(20);
  });

  it("keeps ranking the other offers when one has a zero price", () => {
    const report = checkGrid(
      buildGrid({ offers: [offer("Alpha", 0, 6, 5), offer("Bêta", 80_000, 5, 5)] }),
      testPolicies.national,
    );
    expect(report.ok).toBe(false);
    expect(report.violations.map((v) => v.rule)).toEqual(["GRID_PRICE_NOT_POSITIVE"]);
    expect(report.ranking.map((r) => [r.candidate, r.rank])).toEqual([["Bêta", 1]]);
  });

  it("breaks a tie at the first rank on the anti-discrimination mark under Clermont", () => {
    const offers = [
      offer("Alpha", 100_000, 6, 5, { tieBreak: 2 }),
      offer("Bêta", 100_000, 6, 5, { tieBreak: 4 }),
      offer("Gamma", 100_000, 3, 3, { tieBreak: 5 }),
    ];
    const report = checkGrid(buildGrid({ offers }), testPolicies.clermont);
    expect(report.ranking.map((r) => [r.candidate, r.rank, r.tieBroken])).toEqual([
      ["Bêta", 1, true],
      ["Alpha", 2, true],
      ["Gamma", 3, false],
    ]);
    expect(report.violations).toEqual([]);
  });

  it("leaves a first-rank tie to the consultation's rule, with an alert, when the policy has no tie-break", () => {
    const offers = [
      offer("Alpha", 100_000, 6, 5, { tieBreak: 2 }),
      offer("Bêta", 100_000, 6, 5, { tieBreak: 4 }),
    ];
    const report = checkGrid(buildGrid({ offers }), testPolicies["ille-et-vilaine"]);
    expect(report.ranking.map((r) => r.rank)).toEqual([1, 1]);
    expect(report.ok).toBe(true);
    const [v] = report.violations;
    expect(v).toMatchObject({ rule: "GRID_TIE_UNRESOLVED", severity: "alerte", lot: "1" });
    expect(v?.message).toContain("règlement de la consultation");
  });

  it("warns when the Clermont tie-break marks do not separate the tied offers", () => {
    const offers = [
      offer("Alpha", 100_000, 6, 5, { tieBreak: 3 }),
      offer("Bêta", 100_000, 6, 5, { tieBreak: 3 }),
    ];
    const [v] = checkGrid(buildGrid({ offers }), testPolicies.clermont).violations;
    expect(v?.rule).toBe("GRID_TIE_UNRESOLVED");
    expect(v?.message).toContain("Mesures de lutte contre les discriminations");
    expect(v?.source).toContain("Clermont");
  });

  it("takes the purchase family given on the command line over the grid's", () => {
    const criteria: CriterionRow[] = [
      ["C1", "prix", 60],
      ["C2", "valeur-technique", 28],
      ["C3", "environnemental", 12],
    ];
    const raw = buildGrid({ criteria, family: "fournitures" });
    expect(checkGrid(raw, testPolicies["val-de-marne"]).ok).toBe(true);
    expect(checkGrid(raw, testPolicies["val-de-marne"], { family: "travaux" }).ok).toBe(false);
  });
});

describe("properties of random grids", () => {
  // 1 to 8 main criteria whose integer weights add up to 100, the first being the price.
  const weightsArb = fc
    // Weights ≥ 2: a bare 1 reads as a ratio (100 %), as shared/text's parseFrenchPercent documents.
    .array(fc.integer({ min: 3, max: 30 }), { minLength: 1, maxLength: 7 })
    .map((parts) => {
      const sum = parts.reduce((a, b) => a + b, 0);
      const scaled = parts.map((p) => Math.max(2, Math.floor((p / sum) * 80)));
      const rest = 100 - scaled.reduce((a, b) => a + b, 0);
      return [rest, ...scaled];
    });
  const gridArb = weightsArb.chain((weights) => {
    const criteria: CriterionRow[] = weights.map((w, i) => [
      `C${i + 1}`,
      i === 0 ? "prix" : i === 1 ? "environnemental" : "valeur-technique",
      w,
      i === 0 ? 10 : 5 + i,
    ]);
    const offerArb = fc.record({
      lot: fc.constantFrom("1", "2"),
      price: fc.integer({ min: 1, max: 1_000_000 }),
      status: fc.constantFrom("régulière", "régulière", "régulière", "irrégulière", "écartée"),
      marks: fc.tuple(...criteria.map((c) => fc.integer({ min: 0, max: Number(c[3]) }))),
    });
    return fc.record({
      criteria: fc.constant(criteria),
      offers: fc.array(offerArb, { maxLength: 25 }),
      scale: fc.constantFrom(10, 20, 100),
      method: fc.constantFrom("proportionnelle", "linéaire"),
    });
  });

  const build = (
    g: fc.Arbitrary<unknown> extends never ? never : Parameters<Parameters<typeof gridArb.map>[0]>[0],
  ) =>
    buildGrid({
      criteria: g.criteria,
      scale: g.scale,
      priceMethod: g.method,
      offers: g.offers.map((o, i) => ({
        lot: o.lot,
        candidate: `Candidat ${i}`,
        status: o.status,
        price: o.price,
        marks: Object.fromEntries(g.criteria.map((c, k) => [c[0], o.marks[k]])),
      })),
    });

  it("never gives a total above the grid's scale nor below 0", () => {
    fc.assert(
      fc.property(gridArb, (g) => {
        const report = checkGrid(build(g), testPolicies.national);
        for (const o of report.offers) {
          if (o.total === undefined) continue;
          expect(o.total).toBeGreaterThanOrEqual(0);
          expect(o.total).toBeLessThanOrEqual(g.scale + 1e-9);
        }
      }),
    );
  });

  it("ranks exactly the regular offers, each lot's ranks forming a competition ranking from 1", () => {
    fc.assert(
      fc.property(gridArb, (g) => {
        const report = checkGrid(build(g), testPolicies.national);
        const regular = report.offers.filter((o) => o.status === "reguliere");
        expect(report.ranking).toHaveLength(regular.length);
        for (const lot of ["1", "2"]) {
          const ranks = report.ranking.filter((r) => r.lot === lot).map((r) => r.rank);
          ranks.forEach((rank, position) => {
            expect(rank).toBeLessThanOrEqual(position + 1);
            expect(rank).toBeGreaterThanOrEqual(1);
          });
          if (ranks.length > 0) expect(ranks[0]).toBe(1);
        }
      }),
    );
  });

  it("always catches a weight change that breaks 100 %", () => {
    fc.assert(
      fc.property(
        gridArb,
        fc.nat(),
        fc.double({ min: -20, max: 20, noNaN: true }).filter((d) => Math.abs(d) > 1e-4),
        (g, which, delta) => {
          const index = which % g.criteria.length;
          const criteria = g.criteria.map((c, i): CriterionRow =>
            i === index ? [c[0], c[1], Number(c[2]) + delta, c[3]] : c,
          );
          const report = checkGrid(build({ ...g, criteria }), testPolicies.national);
          expect(report.ok).toBe(false);
          expect(report.violations.map((v) => v.rule)).toContain(
            Number(g.criteria[index]?.[2]) + delta < 0 || Number(g.criteria[index]?.[2]) + delta > 100
              ? "GRID_WEIGHT_OUT_OF_RANGE"
              : "GRID_WEIGHT_SUM",
          );
        },
      ),
    );
  });
});
