import { describe, expect, it } from "vitest";
import { buildGrid, plain, testPolicies, type CriterionRow } from "../../../tests/fixtures/grid/build";
import { parseGrid } from "../parse";
import { checkEnvironmentalWeight, checkLegalCriteria, climateRulesApply } from "./award-criteria";

const withEnv = (env: number): CriterionRow[] => [
  ["C1", "prix", 40],
  ["C2", "valeur-technique", 60 - env],
  ["C3", "environnemental", env],
];
const grid = (criteria: readonly CriterionRow[], extra: { family?: string; launchDate?: string } = {}) =>
  parseGrid(buildGrid({ criteria, ...extra })).grid;

describe("environmental criterion against the SPASER", () => {
  it("blocks a grid whose environmental criterion weighs 12 % under Ille-et-Vilaine", () => {
    const [v, ...rest] = checkEnvironmentalWeight(grid(withEnv(12)), testPolicies["ille-et-vilaine"]);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({
      rule: "GRID_ENV_WEIGHT_MIN",
      severity: "bloquant",
      cells: [{ address: "E4" }],
    });
    expect(plain(v?.message)).toMatchInlineSnapshot(
      `"Le critère environnemental pèse 12 % de la note finale ; le SPASER appliqué exige au moins 15 %. (source : SPASER du Département d'Ille-et-Vilaine 2024-2028, objectif 12)"`,
    );
  });

  it.each([15, 20, 30])("accepts an environmental criterion of %d % under Ille-et-Vilaine", (env) => {
    expect(checkEnvironmentalWeight(grid(withEnv(env)), testPolicies["ille-et-vilaine"])).toEqual([]);
  });

  it.each([
    ["travaux", 15, []],
    ["travaux", 20, []],
    ["travaux", 12, ["GRID_ENV_WEIGHT_RANGE"]],
    ["travaux", 25, ["GRID_ENV_WEIGHT_RANGE"]],
    ["fournitures", 10, []],
    ["fournitures", 20, ["GRID_ENV_WEIGHT_RANGE"]],
  ])("Val-de-Marne, family %s, environment %d %: %j", (family, env, expected) => {
    const rules = checkEnvironmentalWeight(grid(withEnv(env), { family }), testPolicies["val-de-marne"]).map(
      (v) => v.rule,
    );
    expect(rules).toEqual(expected);
  });

  it("names the family and its range in the Val-de-Marne message", () => {
    const [v] = checkEnvironmentalWeight(
      grid(withEnv(25), { family: "travaux" }),
      testPolicies["val-de-marne"],
    );
    expect(v?.message).toContain("« Travaux »");
    expect(plain(v?.message)).toContain("entre 15 % et 20 %");
    expect(v?.message).toContain("SPASER du Département du Val-de-Marne 2023-2028");
  });

  it("warns and applies the loosest range when the purchase family is not chosen", () => {
    const rules = checkEnvironmentalWeight(grid(withEnv(12)), testPolicies["val-de-marne"]).map((v) => [
      v.rule,
      v.severity,
    ]);
    expect(rules).toEqual([["GRID_FAMILY_UNKNOWN", "alerte"]]);
  });

  it("sets no minimum weight under the national frame (the law sets none)", () => {
    expect(checkEnvironmentalWeight(grid(withEnv(1)), testPolicies.national)).toEqual([]);
  });
});

describe("award criteria against the law", () => {
  it.each([
    ["2026-08-20", false],
    ["2026-08-21", true],
    ["2027-01-15", true],
    [undefined, true],
  ])("a consultation launched on %s falls under the climate-law rules: %s", (date, applies) => {
    expect(climateRulesApply(date)).toBe(applies);
  });

  it("blocks price as the sole criterion in a consultation launched on 21 August 2026", () => {
    const [v] = checkLegalCriteria(grid([["C1", "prix", 100]], { launchDate: "21/08/2026" }));
    expect(v).toMatchObject({ rule: "GRID_PRICE_ONLY", severity: "bloquant" });
    expect(v?.message).toContain("Art. R2152-7 CCP");
  });

  it("only warns about price alone for a consultation launched before 21 August 2026", () => {
    const rules = checkLegalCriteria(grid([["C1", "prix", 100]], { launchDate: "2026-06-01" })).map((v) => [
      v.rule,
      v.severity,
    ]);
    expect(rules).toEqual([["GRID_PRICE_ONLY", "alerte"]]);
  });

  it("accepts a single life-cycle-cost criterion", () => {
    expect(checkLegalCriteria(grid([["C1", "cout-cycle-de-vie", 100]]))).toEqual([]);
  });

  it("blocks a grid without any environmental criterion and cites L2152-7", () => {
    const [v] = checkLegalCriteria(
      grid([
        ["C1", "prix", 60],
        ["C2", "valeur-technique", 40],
      ]),
    );
    expect(v).toMatchObject({ rule: "GRID_NO_ENV_CRITERION", severity: "bloquant" });
    expect(v?.source).toContain("L2152-7");
  });

  it("warns about a grid without any price or cost criterion", () => {
    const rules = checkLegalCriteria(
      grid([
        ["C1", "valeur-technique", 60],
        ["C2", "environnemental", 40],
      ]),
    ).map((v) => v.rule);
    expect(rules).toEqual(["GRID_NO_PRICE_CRITERION"]);
  });

  it("warns that the launch date is missing and applies the post-August-2026 rules", () => {
    const raw = buildGrid({ criteria: [["C1", "prix", 100]], launchDate: "" });
    const rules = checkLegalCriteria(parseGrid(raw).grid).map((v) => [v.rule, v.severity]);
    expect(rules).toEqual([
      ["GRID_LAUNCH_DATE_MISSING", "alerte"],
      ["GRID_PRICE_ONLY", "bloquant"],
    ]);
  });
});
