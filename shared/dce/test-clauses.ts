// Small clauses for the DCE engine's tests (the real référentiel lives in shared/referentiel).
import { clauseSchema, type Clause } from "../referentiel";

const base = {
  documents: ["ccap"],
  segments: ["transverse"],
  legalBases: ["ccp-l2112-2"],
  notes: {
    whenToUse: "Dans tous les marchés de travaux.",
    pitfalls: "Ne pas fixer un taux irréaliste.",
    executionCheck: "Vérifier les bordereaux de suivi.",
  },
};

export const reemploiV1: Clause = clauseSchema.parse({
  ...base,
  id: "reemploi-materiaux",
  version: 1,
  title: "Réemploi des matériaux de chantier",
  pillar: "environnemental",
  lever: "condition-execution",
  keywords: ["réemploi", "déchets"],
  placeholders: [{ name: "tauxReemploi", label: "Part de réemploi", type: "percent", default: 10 }],
  body: [
    { type: "heading", text: "Article X – Réemploi" },
    {
      type: "paragraph",
      text: "Le titulaire réemploie au moins {{tauxReemploi}} des matériaux **déposés**.",
    },
  ],
  governance: { status: "validee", validatedOn: "2025-01-10" },
});

export const reemploiV2: Clause = clauseSchema.parse({
  ...reemploiV1,
  version: 2,
  body: [
    { type: "heading", text: "Article X – Réemploi et réutilisation" },
    {
      type: "paragraph",
      text: "Le titulaire réemploie ou réutilise au moins {{tauxReemploi}} des matériaux **déposés** sur le chantier.",
    },
    {
      type: "list",
      ordered: true,
      items: ["il tient un *registre* des matériaux ;", "il remet un bilan en fin de chantier."],
    },
  ],
  governance: { status: "validee", validatedOn: "2026-03-01", supersedes: 1 },
});

export const insertion: Clause = clauseSchema.parse({
  ...base,
  id: "insertion-heures",
  version: 1,
  title: "Clause d'insertion par l'activité économique",
  pillar: "social",
  lever: "condition-execution",
  keywords: ["insertion", "SIAE"],
  placeholders: [
    { name: "heures", label: "Heures d'insertion", type: "integer", min: 35, max: 100000, unit: "heures" },
    { name: "public", label: "Public visé", type: "text", required: false },
  ],
  body: [
    {
      type: "paragraph",
      text: "Le titulaire réserve au moins {{heures}} de travail à des personnes éloignées de l'emploi. {{public}}",
    },
    { type: "list", items: ["recrutement direct ;", "mise à disposition par une SIAE."] },
  ],
  governance: { status: "validee" },
});

export const smeAdvance: Clause = clauseSchema.parse({
  ...base,
  id: "avance-pme",
  version: 1,
  title: "Avance aux PME",
  pillar: "economique",
  lever: "clause-administrative-financiere",
  placeholders: [
    {
      name: "taux",
      label: "Taux de l'avance",
      type: "percent",
      policyDefault: "sme-advance-percent",
      default: 5,
    },
    { name: "plafond", label: "Montant plafond", type: "amount", required: false },
    {
      name: "mode",
      label: "Mode de versement",
      type: "choice",
      options: ["unique", "fractionné"],
      default: "unique",
    },
  ],
  body: [
    {
      type: "paragraph",
      text: "Une avance de {{taux}} du montant du marché est versée aux PME, en versement {{mode}}, dans la limite de {{plafond}}.",
    },
  ],
  governance: { status: "validee" },
});

export const retired: Clause = clauseSchema.parse({
  ...base,
  id: "ancienne-clause",
  version: 1,
  title: "Clause retirée du référentiel",
  pillar: "environnemental",
  lever: "specification-technique",
  body: [
    { type: "paragraph", text: "Les fournitures respectent un ancien décret désormais abrogé en totalité." },
  ],
  governance: { status: "retiree", retiredReason: "Décret abrogé." },
});

export const testClauses: readonly Clause[] = [reemploiV1, reemploiV2, insertion, smeAdvance, retired];
