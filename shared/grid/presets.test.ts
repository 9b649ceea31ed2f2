// The engine against the real SPASER presets (shared/policies/presets), not stand-ins.
import { describe, expect, it } from "vitest";
import { getPolicy } from "../policies";
import { buildGrid, plain, type CriterionRow } from "../../tests/fixtures/grid/build";
import { checkGrid } from "./report";

const withEnv = (env: number): CriterionRow[] => [
  ["C1", "prix", 40],
  ["C2", "valeur-technique", 60 - env],
  ["C3", "environnemental", env],
];
const blocking = (report: ReturnType<typeof checkGrid>) =>
  report.violations.filter((v) => v.severity === "bloquant").map((v) => v.rule);

describe("grids under the real presets", () => {
  it("blocks a grid whose environmental criterion weighs 12 % under Ille-et-Vilaine and cites objective 12", () => {
    const report = checkGrid(buildGrid({ criteria: withEnv(12) }), getPolicy("ille-et-vilaine"));
    expect(blocking(report)).toEqual(["GRID_ENV_WEIGHT_MIN"]);
    const message = plain(report.violations[0]?.message);
    expect(message).toContain("au moins 15 %");
    expect(message).toContain("SPASER du Département d'Ille-et-Vilaine 2024-2028");
    expect(message).toContain("objectif n°12");
  });

  it("accepts 15 % under Ille-et-Vilaine", () => {
    expect(checkGrid(buildGrid({ criteria: withEnv(15) }), getPolicy("ille-et-vilaine")).ok).toBe(true);
  });

  it.each([
    [8, ["GRID_ENV_WEIGHT_RANGE"]],
    [10, []],
    [20, []],
    [25, ["GRID_ENV_WEIGHT_RANGE"]],
  ])("Val-de-Marne, family « bâtiments »: an environmental criterion of %d % gives %j", (env, rules) => {
    const report = checkGrid(
      buildGrid({ criteria: withEnv(env), family: "batiments" }),
      getPolicy("val-de-marne"),
    );
    expect(blocking(report)).toEqual(rules);
  });

  it("warns under Val-de-Marne when no purchase family is chosen", () => {
    const report = checkGrid(buildGrid({ criteria: withEnv(15) }), getPolicy("val-de-marne"));
    expect(report.violations.map((v) => [v.rule, v.severity])).toEqual([["GRID_FAMILY_UNKNOWN", "alerte"]]);
  });

  it("breaks a first-rank tie on the anti-discrimination mark under Clermont", () => {
    const offers = [
      { candidate: "Alpha", price: 50_000, marks: { C2: 7, C3: 6 }, tieBreak: 1 },
      { candidate: "Bêta", price: 50_000, marks: { C2: 7, C3: 6 }, tieBreak: 3 },
    ];
    const report = checkGrid(buildGrid({ offers }), getPolicy("clermont"));
    expect(report.ranking.map((r) => [r.candidate, r.rank])).toEqual([
      ["Bêta", 1],
      ["Alpha", 2],
    ]);
  });

  it("leaves the tie to the consultation's rule under Ille-et-Vilaine, which has no tie-break", () => {
    const offers = [
      { candidate: "Alpha", price: 50_000, marks: { C2: 7, C3: 6 }, tieBreak: 1 },
      { candidate: "Bêta", price: 50_000, marks: { C2: 7, C3: 6 }, tieBreak: 3 },
    ];
    const report = checkGrid(buildGrid({ offers }), getPolicy("ille-et-vilaine"));
    expect(report.ranking.map((r) => r.rank)).toEqual([1, 1]);
    expect(report.violations.map((v) => v.rule)).toEqual(["GRID_TIE_UNRESOLVED"]);
  });
});
