import { describe, expect, it } from "vitest";
import { getPolicy } from "../policies";
import { defaultValues, fillClause } from "./values";
import { insertion, smeAdvance, reemploiV2 } from "./test-clauses";

describe("filling a clause", () => {
  it("reads French input into typed values", () => {
    const result = fillClause(smeAdvance, { taux: "30 %", plafond: "12 500,50 € HT", mode: "Fractionné" });
    expect(result.problems).toEqual({});
    expect(result.values).toEqual({ taux: 30, plafond: 12500.5, mode: "fractionné" });
  });

  it("takes the SME advance rate of the active policy as default (5 % under the national frame)", () => {
    expect(defaultValues(smeAdvance, getPolicy("national"))).toMatchObject({ taux: 5, mode: "unique" });
  });

  it.each([
    [{ heures: "12,5" }, "« Heures d'insertion » attend un nombre entier, pas « 12,5 »."],
    [
      { heures: "dix" },
      "« dix » n'est pas un nombre lisible pour « Heures d'insertion » (exemple : 1 234,5).",
    ],
    [{ heures: "20" }, "« Heures d'insertion » doit valoir au moins 35."],
    [{ heures: "" }, "Le champ « Heures d'insertion » est obligatoire."],
  ])("explains in French why %j is refused", (input, message) => {
    const result = fillClause(insertion, input);
    expect(result.ok).toBe(false);
    expect(result.problems.heures?.message).toBe(message);
  });

  it("accepts an hour count typed with its unit", () => {
    expect(fillClause(insertion, { heures: "1 200 heures" }).values.heures).toBe(1200);
  });

  it("refuses a percentage above 100 % and a TTC amount where HT is expected", () => {
    const result = fillClause(smeAdvance, { taux: "130 %", plafond: "1 000 € TTC" });
    expect(result.problems.taux?.message).toBe("« Taux de l'avance » doit valoir au plus 100\u00A0%.");
    expect(result.problems.plafond?.code).toBe("DCE_VALUE_TAX");
  });

  it("refuses a choice outside the list and names the possible ones", () => {
    expect(fillClause(smeAdvance, { mode: "mensuel" }).problems.mode?.message).toBe(
      "« mensuel » n'est pas un choix possible pour « Mode de versement » : unique ; fractionné.",
    );
  });

  it("refuses a field the clause does not have, so a typo in --set is noticed", () => {
    expect(fillClause(reemploiV2, { taux: "10" }).problems.taux?.code).toBe("DCE_VALUE_UNKNOWN_FIELD");
  });
});
