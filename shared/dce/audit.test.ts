import { describe, expect, it } from "vitest";
import { getPolicy, type Policy } from "../policies";
import { auditDocument } from "./audit";
import { libraryFromClauses } from "./library";
import { renderClause } from "./render";
import { guessDocumentType } from "./document-type";
import { insertion, reemploiV1, reemploiV2, retired, smeAdvance, testClauses } from "./test-clauses";

const library = libraryFromClauses(testClauses);
const national = getPolicy("national");
const control = (rendered: ReturnType<typeof renderClause>, text = rendered.text) => ({
  tag: rendered.tag,
  text,
});

describe("auditing a document", () => {
  it("gives each tagged clause its status", () => {
    const current = renderClause(reemploiV2, { tauxReemploi: 30 });
    const old = renderClause(reemploiV1, { tauxReemploi: 30 });
    const edited = renderClause(insertion, { heures: 400 });
    const gone = renderClause(retired);
    const report = auditDocument(
      {
        controls: [
          control(current),
          control(old),
          control(edited, edited.text.replace("400", "40")),
          control(gone),
          { tag: "spaser:clause-inconnue@1", text: "x" },
          { tag: "autre-complement", text: "y" },
        ],
      },
      library,
      national,
    );
    expect(report.clauses.map((c) => [c.id, c.version, c.status])).toEqual([
      ["reemploi-materiaux", 2, "a-jour"],
      ["reemploi-materiaux", 1, "version-depassee"],
      ["insertion-heures", 1, "modifiee-localement"],
      ["ancienne-clause", 1, "retiree"],
      ["clause-inconnue", 1, "inconnue"],
    ]);
    expect(report.clauses[1]?.latestVersion).toBe(2);
  });

  it("does not call a clause modified when Word only changed spaces, paragraph marks or apostrophes", () => {
    const rendered = renderClause(insertion, { heures: 400, public: "Public : jeunes d'un QPV" });
    const asWordReadsIt = rendered.text
      .replace(/\n/g, "\r")
      .replace(/\u202F|\u00A0/g, " ")
      .replace("'", "’");
    expect(
      auditDocument({ controls: [control(rendered, asWordReadsIt)] }, library, national).clauses[0]?.status,
    ).toBe("a-jour");
  });

  it("recognises a clause pasted without its content control by its wording", () => {
    const pasted = renderClause(reemploiV1, { tauxReemploi: 15 }).text;
    const report = auditDocument(
      { controls: [], untaggedText: `Article 1 – Objet\nLe marché porte sur…\n${pasted}\nArticle 3` },
      library,
      national,
    );
    expect(report.clauses).toMatchObject([
      { id: "reemploi-materiaux", version: 1, status: "version-depassee", recognisedBy: "texte" },
    ]);
  });

  it("counts considerations per pillar", () => {
    const report = auditDocument(
      {
        controls: [
          control(renderClause(reemploiV2, { tauxReemploi: 30 })),
          control(renderClause(insertion, { heures: 400 })),
          control(renderClause(smeAdvance, { taux: 5, mode: "unique" })),
        ],
        documentType: "ccap",
      },
      library,
      national,
    );
    expect(report.coverage).toEqual({ environnemental: 1, social: 1, economique: 1 });
    expect(report.warnings).toEqual([]);
  });

  it("warns about a CCAP with no environmental clause and no SME advance, citing the rules' sources", () => {
    const report = auditDocument(
      { controls: [control(renderClause(insertion, { heures: 400 }))], documentType: "ccap" },
      library,
      national,
    );
    expect(report.warnings).toEqual([
      {
        code: "no-environmental",
        message: "Aucune considération environnementale dans le document.",
        rule: "Les conditions d'exécution comprennent des considérations environnementales.",
        source: "Art. L2112-2 CCP (loi n° 2021-1104, art. 35)",
      },
      {
        code: "sme-advance-missing",
        message:
          "CCAP sans clause d'avance aux PME, alors que le cadre appliqué prévoit une avance minimale.",
        rule: "Avance minimale de 5\u00A0% aux PME prévue au CCAP.",
        source: "Art. R2191-7 CCP (décrets n° 2019-1344 et n° 2022-1683)",
      },
    ]);
  });

  it("warns when the amount reaches the policy's insertion threshold without an insertion clause", () => {
    const policy: Policy = {
      ...national,
      thresholds: [
        ...national.thresholds,
        {
          id: "insertion-study",
          label: "Étude systématique d'une clause d'insertion",
          amountHT: 90000,
          applies: "at-least",
          source: { kind: "seed", file: "004_e11d47e0dbad50ea.txt", section: "Objectif 5" },
        },
      ],
    };
    const controls = [control(renderClause(reemploiV2, { tauxReemploi: 30 }))];
    const above = auditDocument({ controls, amountHT: 250000 }, library, policy);
    expect(above.warnings).toMatchObject([
      {
        code: "insertion-missing",
        message:
          "Marché estimé à 250\u202F000\u00A0€\u00A0HT, au-dessus du seuil de 90\u202F000\u00A0€\u00A0HT, sans clause d'insertion.",
        source: "SPASER du Département d'Ille-et-Vilaine 2024-2028, Objectif 5",
      },
    ]);
    expect(auditDocument({ controls, amountHT: 50000 }, library, policy).warnings).toEqual([]);
  });
});

describe("guessing the document type", () => {
  it.each([
    ["CCAP - Travaux du collège", "ccap"],
    ["02_CCTP_lot3.docx", "cctp"],
    ["Règlement de la consultation", "rc"],
    ["Note de présentation", undefined],
  ])("reads %s as %s", (title, type) => {
    expect(guessDocumentType(title)).toBe(type);
  });
});
