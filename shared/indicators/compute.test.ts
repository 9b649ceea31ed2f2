import { describe, expect, it } from "vitest";
import fc from "fast-check";
import yearFile from "../../tests/fixtures/agenda/dossiers-2026.json";
import { makeDecision, makeDossier } from "../../tests/fixtures/agenda/records";
import { getPolicy } from "../policies";

const clermont = getPolicy("clermont");
const illeEtVilaine = getPolicy("ille-et-vilaine");
import { computeIndicator, computeIndicators, populationFor, scopeOf, targetFor } from "./compute";
import { parseDossiersFile, describeIndicator } from "./report";

const year = parseDossiersFile(yearFile, "dossiers-2026.json");

describe("SPASER indicators on the 2026 fixture year, against Clermont's targets", () => {
  const report = computeIndicators(clermont, year, 2026);
  const byId = new Map(report.results.map((r) => [r.id, r]));

  it("counts the five dossiers arbitrated in 2026 and leaves aside those waiting for a decision", () => {
    // d1–d5 settled (d4 deferred in 2025 then validated), d6 à retravailler and d8 undecided are
    // pending, d7 is awarded in 2027.
    expect(report.settled).toBe(5);
    expect(report.pending).toBe(2);
  });

  it.each([
    ["env-criterion-share", 3, 5, 60, 70, "en-retard"],
    ["env-consideration-share", 4, 5, 80, 100, "en-retard"],
    ["insertion-clause-share", 2, 3, (2 / 3) * 100, 80, "en-retard"],
    ["social-consideration-share", 3, 3, 100, 60, "atteint"],
    ["sme-holder-share", 2, 3, (2 / 3) * 100, 80, "en-retard"],
    ["circular-economy-share", 3, 3, 100, 80, "atteint"],
  ] as const)("%s: %i/%i = %d % against a target of %i % → %s", (id, num, den, value, target, status) => {
    const result = byId.get(id);
    expect(result).toMatchObject({ numerator: num, denominator: den, target, targetYear: 2026, status });
    expect(result?.value).toBeCloseTo(value, 6);
  });

  it("restricts Clermont's insertion target to formalised procedures and its SME target to targeted contracts", () => {
    expect(byId.get("insertion-clause-share")?.scope.label).toBe("procédures formalisées");
    expect(byId.get("sme-holder-share")?.scope.label).toBe("dossiers ciblés");
    expect(byId.get("env-criterion-share")?.scope.label).toBeUndefined();
  });

  it("cites the target's source", () => {
    expect(byId.get("env-criterion-share")?.sourceText).toBe(
      "SPASER de Clermont-Ferrand et Clermont Auvergne Métropole, Déploiement échelonné du SPASER — Principaux objectifs en terme de contrats (à communiquer)",
    );
  });

  it("writes a French line per indicator", () => {
    const line = describeIndicator(byId.get("env-criterion-share") ?? expect.unreachable());
    expect(line).toBe(
      "Contrats avec un critère environnemental : 60\u00A0% (3/5) — objectif 70\u00A0% — en retard",
    );
  });

  it("adds the untargeted computable indicators when asked, without objective", () => {
    const all = computeIndicators(clermont, year, 2026, { includeUntargeted: true });
    const hours = all.results.find((r) => r.id === "insertion-hours");
    expect(hours).toMatchObject({ value: 2000, unit: "hours", status: "sans-objectif" });
    expect(all.results.find((r) => r.id === "reserved-contracts-count")?.value).toBe(1);
  });

  it("applies 2024's target in 2025, when the preset sets none for 2025", () => {
    const target = clermont.targets.find((t) => t.indicator === "env-criterion-share");
    expect(target && targetFor(target, 2025)).toEqual({ value: 30, year: 2024 });
    expect(target && targetFor(target, 2023)).toBeUndefined();
  });
});

describe("indicators against other presets", () => {
  it("measures insertion hours against Ille-et-Vilaine's 100 000 h of 2028", () => {
    const dossier = makeDossier({ plannedAwardDate: "2028-06-01" });
    const decision = makeDecision({ provisions: [{ kind: "clause-insertion", plannedHours: 40_000 }] });
    const report = computeIndicators(illeEtVilaine, { dossiers: [dossier], decisions: [decision] }, 2028);
    const hours = report.results.find((r) => r.id === "insertion-hours");
    expect(hours).toMatchObject({ value: 40_000, target: 100_000, status: "en-retard" });
    expect(describeIndicator(hours ?? expect.unreachable())).toContain("40\u202F000\u00A0h");
  });

  it("says the national social target is not measurable in a year without any arbitrated dossier", () => {
    const report = computeIndicators(getPolicy("national"), { dossiers: [], decisions: [] }, 2026);
    expect(report.results.map((r) => [r.id, r.status, r.target])).toEqual([
      ["env-consideration-share", "non-mesurable", 100],
      ["social-consideration-share", "non-mesurable", 30],
    ]);
    expect(report.results[0]?.reason).toBe("aucun dossier arbitré dans le périmètre pour 2026");
  });

  it("marks an indicator measured outside the committee (EGAlim, vehicles) as not measurable", () => {
    const result = computeIndicator("egalim-organic-share", populationFor(year, 2026));
    expect(result.status).toBe("non-mesurable");
    expect(result.reason).toContain("pas sur les dossiers vus en comité");
  });

  it.each([
    ["contrats issus de procédures formalisées", { formalisedOnly: true, targetedOnly: false }],
    ["contrats ciblés lors de la programmation", { formalisedOnly: false, targetedOnly: true }],
    ["consultations de travaux (bâtiments et infrastructures)", { natures: ["travaux"] }],
    [
      "opérations de travaux de réhabilitation de bâtiments",
      { natures: ["travaux"], segments: ["batiment"] },
    ],
    ["marchés de fournitures", { natures: ["fournitures"] }],
    ["marchés de travaux et de fournitures", { natures: ["travaux", "fournitures"] }],
    [undefined, { formalisedOnly: false, targetedOnly: false }],
  ] as const)("reads the scope %j", (scope, expected) => {
    expect(scopeOf(scope === undefined ? {} : { scope })).toMatchObject(expected);
  });

  it("counts Valence Romans' insertion target on supply contracts only, by the dossier's nature or its segment", () => {
    const report = computeIndicators(getPolicy("valence-romans"), year, 2026);
    const insertion = report.results.find((r) => r.id === "insertion-clause-share");
    // Supplies among the settled 2026 dossiers: d3 (fournitures) and d5 (numérique); neither has one.
    expect(insertion).toMatchObject({ numerator: 0, denominator: 2, target: 20, status: "en-retard" });
    const asService = {
      ...year,
      dossiers: year.dossiers.map((d) => (d.id === "d5" ? { ...d, nature: "services" as const } : d)),
    };
    const again = computeIndicators(getPolicy("valence-romans"), asService, 2026);
    expect(again.results.find((r) => r.id === "insertion-clause-share")?.denominator).toBe(1);
  });

  it("counts Ille-et-Vilaine's environmental target on works dossiers only", () => {
    const report = computeIndicators(illeEtVilaine, year, 2026);
    const env = report.results.find((r) => r.id === "env-consideration-share");
    // d1 (batiment) and d4 (infrastructure-tp) are the works dossiers of 2026; both carry one.
    expect(env).toMatchObject({
      numerator: 2,
      denominator: 2,
      target: 100,
      targetYear: 2025,
      status: "atteint",
    });
    expect(env?.scope.label).toBe("marchés de travaux");
  });

  it("keeps every share between 0 and 100 % whatever the decisions", () => {
    const outcome = fc.constantFrom(
      "validee",
      "validee-avec-reserves",
      "a-retravailler",
      "ajournee",
      "non-retenue",
    );
    const kind = fc.constantFrom(
      "clause-environnementale",
      "critere-environnemental",
      "clause-insertion",
      "marche-reserve",
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(outcome, fc.array(kind, { maxLength: 3 })), { maxLength: 20 }),
        (rows) => {
          const dossiers = rows.map((_, i) => makeDossier({ id: `d${i}`, plannedAwardDate: "2026-06-01" }));
          const decisions = rows.map(([o, kinds], i) =>
            makeDecision({
              id: `x${i}`,
              dossierId: `d${i}`,
              outcome: o,
              provisions: kinds.map((k) => ({ kind: k })),
            }),
          );
          for (const result of computeIndicators(clermont, { dossiers, decisions }, 2026).results) {
            if (result.value !== undefined && result.unit === "percent") {
              expect(result.value).toBeGreaterThanOrEqual(0);
              expect(result.value).toBeLessThanOrEqual(100);
            }
          }
        },
      ),
    );
  });
});

describe("dossiers file", () => {
  it("names the field to fix", () => {
    expect(() =>
      parseDossiersFile({ format: "spaser-agenda-dossiers", version: 1, dossiers: [{ id: "x" }] }, "f.json"),
    ).toThrow(
      /Fichier de dossiers « f\.json » invalide — dossiers\.0\.sessionId : champ obligatoire manquant/,
    );
  });
});
