import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProblem, loadReferentiel, type ReferentielFile } from "./loader";

const segments: ReferentielFile = {
  path: "segments.json",
  data: {
    segments: [
      {
        id: "batiment",
        label: "Bâtiment",
        natures: ["travaux"],
        families: ["Gros œuvre"],
        description: "Travaux de bâtiment.",
      },
    ],
  },
};
const legal: ReferentielFile = {
  path: "legal/core.json",
  data: {
    legalTexts: [
      { id: "ccp-l2112-2", citation: "Art. L2112-2 du CCP", summary: "Conditions d'exécution du marché." },
    ],
  },
};
const clause = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  title: "Clause de test",
  pillar: "social",
  lever: "condition-execution",
  documents: ["ccap"],
  segments: ["batiment"],
  body: [{ type: "paragraph", text: "Texte sans champ." }],
  legalBases: ["ccp-l2112-2"],
  notes: { whenToUse: "Toujours utile.", pitfalls: "Aucun piège.", executionCheck: "Bilan annuel." },
  governance: { status: "validee", validatedBy: "COTECH", validatedOn: "2026-01-01" },
  ...extra,
});

describe("loadReferentiel", () => {
  it("keeps the valid clauses and leaves out, with a problem each, the invalid ones", () => {
    const { referentiel, problems } = loadReferentiel([
      segments,
      legal,
      {
        path: "clauses/batiment.json",
        data: { clauses: [clause("bonne"), clause("mauvaise", { legalBases: ["inconnue"] })] },
      },
    ]);
    expect(referentiel.clauseIds()).toEqual(["bonne"]);
    expect(problems.map(formatProblem)).toEqual([
      "clauses/batiment.json › clauses[1].legalBases[0] : clause « mauvaise » v1 : référence juridique inconnue « inconnue » : ajoutez-la à la table legal/*.json ou corrigez l'identifiant",
    ]);
  });

  it("reports a segment defined in two files", () => {
    const { problems } = loadReferentiel([segments, { ...segments, path: "autres/segments.json" }, legal]);
    expect(problems.map(formatProblem)).toEqual([
      "autres/segments.json › segments[0].id : le segment « batiment » est déjà défini (segments.json › segments[0]) : gardez une seule entrée",
    ]);
  });

  it("reports a file it cannot recognise and a missing collection", () => {
    const { problems } = loadReferentiel([
      { path: "notes.json", data: { notes: [] } },
      { path: "clauses/vide.json", data: { clauzes: [] } },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      "notes.json › (racine) : fichier non reconnu : attendu segments.json, legal/*.json ou clauses/*.json (clé « segments », « legalTexts » ou « clauses »)",
      "clauses/vide.json › (racine) : champ(s) inconnu(s) : clauzes",
      "clauses/vide.json › clauses : champ obligatoire manquant",
    ]);
  });

  it("asks for the reason of a retirement and checks numeric bounds", () => {
    const { problems } = loadReferentiel([
      segments,
      legal,
      {
        path: "clauses/batiment.json",
        data: {
          clauses: [
            clause("retiree", { governance: { status: "retiree" } }),
            clause("bornes", {
              body: [{ type: "paragraph", text: "Taux {{taux}}." }],
              placeholders: [{ name: "taux", label: "Taux", type: "percent", min: 50, max: 20 }],
            }),
          ],
        },
      },
    ]);
    expect(problems.map((p) => `${p.path} : ${p.message}`)).toEqual([
      "clauses[0].governance : clause « retiree » v1 : une clause retirée indique pourquoi : renseignez « retiredReason » (affiché dans les audits)",
      "clauses[1].placeholders[0].min : clause « bornes » v1 : le minimum 50 est supérieur au maximum 20",
    ]);
  });

  it("never throws, whatever the files hold", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom("segments.json", "legal/x.json", "clauses/y.json", "z.json"),
            data: fc.jsonValue(),
          }),
          {
            maxLength: 4,
          },
        ),
        (files) => {
          const { problems } = loadReferentiel([...files, segments, legal]);
          expect(Array.isArray(problems)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports every problem of a clause made of wrong types, each with its path", () => {
    const { problems } = loadReferentiel([
      segments,
      legal,
      { path: "clauses/batiment.json", data: { clauses: [{ id: "x", version: "1", documents: "ccap" }] } },
    ]);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        "clauses[0].version",
        "clauses[0].title",
        "clauses[0].documents",
        "clauses[0].governance",
      ]),
    );
    expect(problems.find((p) => p.path === "clauses[0].documents")?.message).toBe(
      "clause « x » v? : type attendu : liste [ … ]",
    );
  });
});
