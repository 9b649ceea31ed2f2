import { describe, expect, it } from "vitest";
import { getPolicy, policySchema, type Policy } from "../policies";
import { clauseDefaults, formatPlaceholderValue, placeholderDefault } from "./defaults";
import { placeholderSchema, type Placeholder } from "./schema";

const placeholder = (data: unknown): Placeholder => placeholderSchema.parse(data);
const national = getPolicy("national");
const withMinimum = (minPercent: number): Policy =>
  policySchema.parse({
    ...national,
    environmentalCriterion: { kind: "minimum", minPercent, source: { kind: "law", text: "SPASER de test" } },
  });

describe("placeholder defaults", () => {
  const advance = placeholder({
    name: "tauxAvancePme",
    label: "Taux de l'avance",
    type: "percent",
    default: 10,
    policyDefault: "sme-advance-percent",
  });
  const weight = placeholder({
    name: "ponderation",
    label: "Pondération",
    type: "percent",
    default: 15,
    policyDefault: "environmental-min-percent",
  });

  it("takes the SME advance rate from the active SPASER", () => {
    expect(placeholderDefault(advance, national)).toEqual({
      value: national.smeAdvance?.percent,
      from: "policy",
    });
  });

  it("keeps the clause's default without a SPASER, or when the SPASER sets no minimum weight", () => {
    expect(placeholderDefault(advance)).toEqual({ value: 10, from: "clause" });
    expect(placeholderDefault(weight, national)).toEqual({ value: 15, from: "clause" });
  });

  it("takes a minimum environmental weight set by the SPASER", () => {
    expect(placeholderDefault(weight, withMinimum(20))).toEqual({ value: 20, from: "policy" });
  });

  it("resolves every placeholder of a clause by name", () => {
    const free = placeholder({ name: "perimetre", label: "Périmètre", type: "text" });
    expect(clauseDefaults({ placeholders: [advance, free] })).toEqual({
      tauxAvancePme: { value: 10, from: "clause" },
      perimetre: { from: "none" },
    });
  });
});

describe("formatPlaceholderValue", () => {
  it.each([
    [{ type: "percent" }, 15, "15\u00A0%"],
    [{ type: "integer", unit: "heures" }, 1500, "1\u202F500\u00A0heures"],
    [{ type: "amount" }, 150, "150,00\u00A0€\u00A0HT"],
    [{ type: "choice", options: ["annuelle", "trimestrielle"] }, "annuelle", "annuelle"],
  ])("prints %o = %s in French", (shape, value, expected) => {
    const p = placeholder({ name: "champ", label: "Champ", ...shape });
    expect(formatPlaceholderValue(p, value)).toBe(expected);
  });
});
