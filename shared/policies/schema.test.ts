import { describe, expect, it } from "vitest";
import { SpaserError } from "../errors";
import clermont from "./presets/clermont.json";
import drome from "./presets/drome.json";
import illeEtVilaine from "./presets/ille-et-vilaine.json";
import national from "./presets/national.json";
import valDeMarne from "./presets/val-de-marne.json";
import valenceRomans from "./presets/valence-romans.json";
import { environmentalRuleFor } from "./environmental-rule";
import { getPolicy, listPolicies } from "./registry";
import { parsePolicy } from "./validate";

const rawPresets = { national, clermont, drome, illeEtVilaine, valDeMarne, valenceRomans };

const REMOVE = Symbol("remove");

/** A deep copy of a preset with the value at `path` (« thresholds.0.source ») replaced or removed. */
function broken(raw: unknown, path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(raw);
  const keys = path.split(".");
  const last = keys.pop() ?? "";
  let node: unknown = copy;
  for (const key of keys) node = (node as Record<string, unknown>)[key];
  const parent = node as Record<string, unknown>;
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return copy;
}

function messageOf(data: unknown): string {
  try {
    parsePolicy(data);
  } catch (error) {
    expect(error).toBeInstanceOf(SpaserError);
    return (error as SpaserError).message;
  }
  throw new Error("le préréglage aurait dû être refusé");
}

describe("policy presets", () => {
  it.each(Object.entries(rawPresets))("accepts the %s preset", (_name, raw) => {
    expect(() => parsePolicy(raw)).not.toThrow();
  });

  it("lists the six presets, national first, then by label", () => {
    expect(listPolicies().map((p) => p.id)).toEqual([
      "national",
      "ille-et-vilaine",
      "drome",
      "val-de-marne",
      "valence-romans",
      "clermont",
    ]);
    const labels = listPolicies()
      .slice(1)
      .map((p) => p.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" })));
  });

  it("names the known presets when asked for an unknown one", () => {
    expect(() => getPolicy("lyon")).toThrow(/Préréglage inconnu : « lyon ».*ille-et-vilaine/);
  });
});

describe("malformed presets fail with a French message naming the field", () => {
  it("refuses a negative environmental minimum", () => {
    const message = messageOf(broken(illeEtVilaine, "environmentalCriterion.minPercent", -15));
    expect(message).toContain("« ille-et-vilaine » invalide");
    expect(message).toContain("environmentalCriterion.minPercent : un pourcentage ne peut être négatif");
  });

  it("refuses a percent above 100", () => {
    const message = messageOf(broken(clermont, "smeAdvance.percent", 130));
    expect(message).toContain("smeAdvance.percent : un pourcentage ne dépasse pas 100");
  });

  it("refuses a range for a purchase family the preset does not declare", () => {
    const message = messageOf(broken(valDeMarne, "environmentalCriterion.ranges.1.family", "voirie"));
    expect(message).toContain("environmentalCriterion.ranges.1.family : famille « voirie » non déclarée");
  });

  it("refuses a range whose minimum exceeds its maximum", () => {
    const message = messageOf(broken(valDeMarne, "environmentalCriterion.ranges.0.minPercent", 25));
    expect(message).toContain("environmentalCriterion.ranges.0 : le minimum dépasse le maximum");
  });

  it("refuses a threshold without its source", () => {
    const message = messageOf(broken(clermont, "thresholds.0.source", REMOVE));
    expect(message).toContain("thresholds.0.source : champ obligatoire manquant");
  });

  it("refuses a seed source without its section", () => {
    const message = messageOf(broken(drome, "targets.0.source.section", ""));
    expect(message).toContain("targets.0.source.section : indiquez la section du SPASER");
  });

  it("refuses a quote longer than a short excerpt", () => {
    const message = messageOf(broken(valenceRomans, "principles.0.source.quote", "x".repeat(201)));
    expect(message).toContain("principles.0.source.quote : citation de 200 caractères au plus");
  });

  it("refuses an unknown committee kind and a negative threshold", () => {
    const message = messageOf(
      broken(broken(illeEtVilaine, "committees.0.kind", "comite-secret"), "thresholds.0.amountHT", -40000),
    );
    expect(message).toContain("committees.0.kind : valeur non admise");
    expect(message).toContain("thresholds.0.amountHT : un seuil est un montant positif");
  });

  it("refuses a target year that is not a year", () => {
    const message = messageOf(broken(clermont, "targets.0.byYear", { "fin 2026": 70 }));
    expect(message).toContain("targets.0.byYear");
    expect(message).toContain("année sur 4 chiffres");
  });
});

describe("malformed bounds fail with the field named", () => {
  it("refuses a band of amounts whose upper bound is below its lower bound", () => {
    expect(messageOf(broken(clermont, "thresholds.2.maxAmountHT", 5000))).toContain(
      "thresholds.2.maxAmountHT : la borne haute doit dépasser amountHT",
    );
  });

  it("refuses a yearly dossier range upside down", () => {
    expect(messageOf(broken(illeEtVilaine, "committees.1.dossiersPerYear.min", 30))).toContain(
      "committees.1.dossiersPerYear : le minimum dépasse le maximum",
    );
  });

  it("refuses a preparation window that ends before it starts", () => {
    expect(messageOf(broken(clermont, "committees.0.timing.preparation.fromMonths", 6))).toContain(
      "committees.0.timing.preparation : fromMonths",
    );
  });

  it("refuses two committees with the same id", () => {
    expect(messageOf(broken(valenceRomans, "committees.1.id", "copil"))).toContain(
      "committees.1.id : identifiant « copil » en double",
    );
  });

  it("refuses a session range whose maximum is below its minimum", () => {
    expect(messageOf(broken(valenceRomans, "committees.2.sessionsPerYearMax", 1))).toContain(
      "committees.2.sessionsPerYearMax : inférieur à sessionsPerYear",
    );
  });
});

describe("environmental weighting by preset", () => {
  it("requires at least 15 % of the final mark under Ille-et-Vilaine, whatever the family", () => {
    const rule = environmentalRuleFor(getPolicy("ille-et-vilaine"), "travaux");
    expect(rule).toMatchObject({ minPercent: 15, familySpecific: false });
    expect(rule.maxPercent).toBeUndefined();
    expect(rule.source).toMatchObject({ kind: "seed", file: "004_e11d47e0dbad50ea.txt" });
  });

  it.each([
    "restauration-collective",
    "mobilite",
    "batiments",
    "mobilier",
    "fournitures",
    "materiels-numeriques",
  ])(
    "weighs the environmental criterion between 10 and 20 percent for the Val-de-Marne family %s",
    (family) => {
      expect(environmentalRuleFor(getPolicy("val-de-marne"), family)).toMatchObject({
        minPercent: 10,
        maxPercent: 20,
        familySpecific: true,
      });
    },
  );

  it("falls back to 10 to 20 % for a Val-de-Marne family the SPASER does not name, or none", () => {
    const policy = getPolicy("val-de-marne");
    for (const family of ["prestations-intellectuelles", undefined]) {
      expect(environmentalRuleFor(policy, family)).toMatchObject({
        minPercent: 10,
        maxPercent: 20,
        familySpecific: false,
      });
    }
  });

  it("sets no minimum weight where the SPASER sets none, citing the law", () => {
    for (const id of ["national", "clermont", "drome", "valence-romans"]) {
      const rule = environmentalRuleFor(getPolicy(id));
      expect(rule.minPercent).toBe(0);
      expect(rule.source).toMatchObject({ kind: "law", text: expect.stringContaining("L2152-7") });
    }
  });
});
