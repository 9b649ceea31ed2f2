import { describe, expect, it } from "vitest";
import { buildGrid } from "../../tests/fixtures/grid/build";
import { parseCategory, parseGrid, parsePriceMethod, parseStatus } from "./parse";

describe("reading the analyst's cells", () => {
  it.each([
    ["15 %", 15],
    ["15%", 15],
    ["0,15", 15],
    ["15", 15],
    [15, 15],
    [0.15, 15],
    ["12,5 %", 12.5],
  ])("reads the weight %j as %d points", (typed, points) => {
    const raw = buildGrid({ criteria: [["C1", "prix", typed]] });
    const { grid } = parseGrid(raw);
    expect(grid.criteria[0]?.weight).toBe(points);
  });

  it("reports a weight typed « quinze » with its cell", () => {
    const { violations } = parseGrid(buildGrid({ criteria: [["C1", "prix", "quinze"]] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      rule: "GRID_NOT_A_NUMBER",
      severity: "bloquant",
      cells: [{ sheet: "Critères", address: "E2" }],
    });
    expect(violations[0]?.message).toMatchInlineSnapshot(
      `"Pondération du critère C1 : « quinze » n'est pas un nombre lisible ; saisissez un nombre (ex. 15 %). (source : Cohérence de la grille d'analyse)"`,
    );
  });

  it.each([[""], [null], ["   "]])("reports an empty weight %j as missing", (typed) => {
    const { violations } = parseGrid(buildGrid({ criteria: [["C1", "prix", typed]] }));
    expect(violations.map((v) => v.rule)).toEqual(["GRID_VALUE_MISSING"]);
  });

  it.each([
    ["1 234,56", 1234.56],
    ["12 500 € HT", 12500],
    [9800, 9800],
  ])("reads the price %j", (typed, value) => {
    const { grid } = parseGrid(buildGrid({ offers: [{ candidate: "A", price: typed }] }));
    expect(grid.offers[0]?.price).toBe(value);
  });

  it("reports a mark typed as text but not a regular offer's marks it will never use", () => {
    const { violations } = parseGrid(
      buildGrid({
        offers: [
          { candidate: "A", price: 100, marks: { C2: "sept", C3: 5 } },
          { candidate: "B", status: "irrégulière", price: 100, marks: { C2: "huit", C3: 5 } },
        ],
      }),
    );
    expect(violations.map((v) => [v.rule, v.candidate, v.cells[0]?.address])).toEqual([
      ["GRID_NOT_A_NUMBER", "A", "G2"],
    ]);
  });

  it.each([
    ["Régulière", "reguliere"],
    ["REGULIERE", "reguliere"],
    ["irrégulier", "irreguliere"],
    ["Inacceptable", "inacceptable"],
    ["inappropriée", "inappropriee"],
    ["écartée", "ecartee"],
    ["", "reguliere"],
    ["en attente", undefined],
  ])("reads the status %j as %j", (typed, status) => {
    expect(parseStatus(typed)).toBe(status);
  });

  it.each([
    ["Prix", "prix"],
    ["Coût du cycle de vie", "cout-cycle-de-vie"],
    ["Valeur technique", "valeur-technique"],
    ["Environnement", "environnemental"],
    ["Délai", "delai"],
    ["qualité", undefined],
  ])("reads the category %j as %j", (typed, category) => {
    expect(parseCategory(typed)).toBe(category);
  });

  it.each([
    ["proportionnelle", "proportional"],
    ["Linéaire", "linear"],
    ["", "proportional"],
    ["écart à l'estimation", undefined],
  ])("reads the price method %j as %j", (typed, method) => {
    expect(parsePriceMethod(typed)).toBe(method);
  });

  it("falls back to the proportional method with an alert when the method is unknown", () => {
    const { grid, violations } = parseGrid(buildGrid({ priceMethod: "écart à l'estimation" }));
    expect(grid.consultation.priceMethod).toBe("proportional");
    expect(violations.map((v) => [v.rule, v.severity])).toEqual([["GRID_PRICE_METHOD_UNKNOWN", "alerte"]]);
  });

  it("reads a French launch date", () => {
    expect(parseGrid(buildGrid({ launchDate: "21/08/2026" })).grid.consultation.launchDate).toBe(
      "2026-08-21",
    );
  });
});
