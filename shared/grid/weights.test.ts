import { describe, expect, it } from "vitest";
import { buildGrid, plain, type CriterionRow } from "../../tests/fixtures/grid/build";
import { parseGrid } from "./parse";
import { checkWeights, criteriaTree, environmentalWeight } from "./weights";

const rules = (criteria: readonly CriterionRow[]) =>
  checkWeights(parseGrid(buildGrid({ criteria })).grid.criteria).map((v) => v.rule);

describe("weights of the criteria", () => {
  it.each<[string, readonly CriterionRow[]]>([
    [
      "three criteria adding up to 100 %",
      [
        ["C1", "prix", 40],
        ["C2", "valeur-technique", 45],
        ["C3", "environnemental", 15],
      ],
    ],
    [
      "weights typed as ratios",
      [
        ["C1", "prix", "0,6"],
        ["C2", "environnemental", "0,4"],
      ],
    ],
    [
      "sub-criteria adding up to their parent",
      [
        ["C1", "prix", 40],
        ["C2", "valeur-technique", 60],
        ["C2.1", "valeur-technique", 35, 10, "C2"],
        ["C2.2", "environnemental", 25, 10, "C2"],
      ],
    ],
  ])("accepts %s", (_, criteria) => {
    expect(rules(criteria)).toEqual([]);
  });

  it.each<[string, readonly CriterionRow[], string[]]>([
    [
      "main criteria adding up to 99,99 %",
      [
        ["C1", "prix", 33.33],
        ["C2", "valeur-technique", 33.33],
        ["C3", "environnemental", 33.33],
      ],
      ["GRID_WEIGHT_SUM"],
    ],
    [
      "main criteria adding up to 110 %",
      [
        ["C1", "prix", 60],
        ["C2", "environnemental", 50],
      ],
      ["GRID_WEIGHT_SUM"],
    ],
    [
      "sub-criteria that do not add up to their parent",
      [
        ["C1", "prix", 40],
        ["C2", "valeur-technique", 60],
        ["C2.1", "valeur-technique", 30, 10, "C2"],
        ["C2.2", "environnemental", 25, 10, "C2"],
      ],
      ["GRID_SUBWEIGHT_SUM"],
    ],
    [
      "a negative weight",
      [
        ["C1", "prix", 110],
        ["C2", "environnemental", -10],
      ],
      ["GRID_WEIGHT_OUT_OF_RANGE", "GRID_WEIGHT_OUT_OF_RANGE"],
    ],
    [
      "a zero scale",
      [
        ["C1", "prix", 60, 0],
        ["C2", "environnemental", 40],
      ],
      ["GRID_SCALE_NOT_POSITIVE"],
    ],
    [
      "a code used twice",
      [
        ["C1", "prix", 60],
        ["C1", "environnemental", 40],
      ],
      ["GRID_CRITERION_DUPLICATE"],
    ],
    [
      "a sub-criterion of an unknown parent",
      [
        ["C1", "prix", 60],
        ["C2", "environnemental", 40],
        ["C9.1", "social", 0, 10, "C9"],
      ],
      ["GRID_PARENT_UNKNOWN"],
    ],
  ])("rejects %s", (_, criteria, expected) => {
    expect(rules(criteria)).toEqual(expected);
  });

  it("names every main weight cell when the sum is wrong", () => {
    const [v] = checkWeights(
      parseGrid(
        buildGrid({
          criteria: [
            ["C1", "prix", 60],
            ["C2", "environnemental", 30],
          ],
        }),
      ).grid.criteria,
    );
    expect(v?.cells.map((c) => c.address)).toEqual(["E2", "E3"]);
    expect(plain(v?.message)).toContain("90 %");
  });

  it("counts environmental sub-criteria once, at the highest environmental level", () => {
    const { grid } = parseGrid(
      buildGrid({
        criteria: [
          ["C1", "prix", 40],
          ["C2", "valeur-technique", 40],
          ["C2.1", "environnemental", 10, 10, "C2"],
          ["C2.2", "valeur-technique", 30, 10, "C2"],
          ["C3", "environnemental", 20],
          ["C3.1", "environnemental", 20, 10, "C3"],
        ],
      }),
    );
    expect(environmentalWeight(criteriaTree(grid.criteria))).toBe(30);
  });
});
