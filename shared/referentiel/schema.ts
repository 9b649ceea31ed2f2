import { z } from "zod";

// The référentiel file format: the contract between the référentiel team (who edit JSON files in
// shared/referentiel/data/ or in a SharePoint library) and every app that reads them. Schema errors
// are reported in French with the file and the path by the loader (loader.ts).

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "identifiant attendu en minuscules, chiffres et tirets");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ");
const text = (min = 3) => z.string().trim().min(min, `texte d'au moins ${min} caractères attendu`);

export const pillars = ["environnemental", "social", "economique"] as const;
export type Pillar = (typeof pillars)[number];

/** The lever a clause pulls, as the SPASERs and the CCP name them. */
export const levers = [
  "specification-technique",
  "condition-execution",
  "critere-attribution",
  "marche-reserve",
  "clause-administrative-financiere",
  "variante",
  "modalite-procedure",
] as const;
export type Lever = (typeof levers)[number];

/** The documents of a DCE a clause is written for. */
export const documentTypes = ["ccap", "cctp", "rc", "ae", "bpu-dpgf"] as const;
export type DocumentType = (typeof documentTypes)[number];

export const natures = ["travaux", "fournitures", "services"] as const;
export type Nature = (typeof natures)[number];

export const statuses = ["brouillon", "validee", "retiree"] as const;
export type ClauseStatus = (typeof statuses)[number];

export const segmentSchema = z.object({
  id,
  label: text(2),
  natures: z.array(z.enum(natures)).min(1, "au moins une nature (travaux, fournitures, services)"),
  /** Purchase families (nomenclature of the collectivité) the segment covers, in words. */
  families: z.array(text(2)).min(1, "au moins une famille d'achat"),
  description: text(10),
});
export type Segment = z.infer<typeof segmentSchema>;

/** One entry of the curated table of legal texts; clauses point to it by id. */
export const legalTextSchema = z.object({
  /** e.g. « ccp-l2112-2 », « code-travail-l5132-4 », « decret-2021-254-art-1 ». */
  id,
  /** Short citation as printed in a clause: « Art. L2112-2 du code de la commande publique ». */
  citation: text(5),
  /** What the text says, in one or two sentences of our own. */
  summary: text(10),
  /** Légifrance address, shown as a link (never fetched by the product). */
  url: z.url().optional(),
});
export type LegalText = z.infer<typeof legalTextSchema>;

/** Values a placeholder may take its default from, so a clause follows the active SPASER. */
export const policyDefaults = [
  "sme-advance-percent",
  "environmental-min-percent",
  "insertion-study-threshold",
] as const;
export type PolicyDefault = (typeof policyDefaults)[number];

const placeholderBase = {
  /** Name used in the body as {{name}}. */
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, "nom de champ attendu en camelCase (ex. heuresInsertion)"),
  label: text(2),
  help: z.string().optional(),
  required: z.boolean().default(true),
  policyDefault: z.enum(policyDefaults).optional(),
};

export const placeholderSchema = z.discriminatedUnion("type", [
  z.object({ ...placeholderBase, type: z.literal("text"), default: z.string().optional() }),
  z.object({
    ...placeholderBase,
    type: z.literal("integer"),
    default: z.number().int().optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    /** Printed after the value: « heures », « jours ». */
    unit: z.string().optional(),
  }),
  z.object({
    ...placeholderBase,
    type: z.literal("number"),
    default: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().optional(),
  }),
  z.object({
    ...placeholderBase,
    type: z.literal("percent"),
    /** Percentage points: 30 means 30 %. */
    default: z.number().optional(),
    min: z.number().min(0).optional(),
    max: z.number().max(100).optional(),
  }),
  z.object({
    ...placeholderBase,
    type: z.literal("amount"),
    /** Euros, excluding VAT unless `tax` says otherwise. */
    default: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    tax: z.enum(["HT", "TTC"]).default("HT"),
  }),
  z.object({
    ...placeholderBase,
    type: z.literal("choice"),
    options: z.array(text(1)).min(2, "au moins deux choix"),
    default: z.string().optional(),
  }),
]);
export type Placeholder = z.infer<typeof placeholderSchema>;
export type PlaceholderType = Placeholder["type"];

/**
 * Body blocks. Inline text may hold **bold**, *italic* and {{placeholder}} markers; nothing else
 * is interpreted (no HTML), so a clause can never inject markup into a generated file.
 */
export const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), text: text(2) }),
  z.object({ type: z.literal("paragraph"), text: text(2) }),
  z.object({
    type: z.literal("list"),
    ordered: z.boolean().default(false),
    items: z.array(text(2)).min(1, "une liste a au moins un élément"),
  }),
]);
export type Block = z.infer<typeof blockSchema>;

export const governanceSchema = z.object({
  status: z.enum(statuses),
  /** Role or body that validated the clause: « Groupe de travail Bâtiment », « COTECH achats ». */
  validatedBy: z.string().optional(),
  validatedOn: isoDate.optional(),
  /** The version this one replaces, when it is not the first. */
  supersedes: z.number().int().positive().optional(),
  /** Set by hand only in legacy files; a non-validated clause marked insertable is an error. */
  insertable: z.boolean().optional(),
  /** Why a clause was retired (shown in audits). */
  retiredReason: z.string().optional(),
});
export type Governance = z.infer<typeof governanceSchema>;

export const clauseSchema = z.object({
  /** Stable across versions: a document tagged with it can always be audited. */
  id,
  version: z.number().int().positive("version entière positive attendue"),
  title: text(5),
  pillar: z.enum(pillars),
  lever: z.enum(levers),
  documents: z.array(z.enum(documentTypes)).min(1, "au moins un document cible"),
  /** Segment ids, or « transverse » for a clause valid in every segment. */
  segments: z.array(id).min(1, "au moins un segment"),
  /** Keywords a drafter may type (« clause sociale », « SIAE »), used by search. */
  keywords: z.array(z.string()).default([]),
  placeholders: z.array(placeholderSchema).default([]),
  body: z.array(blockSchema).min(1, "le corps de la clause est vide"),
  legalBases: z.array(id).min(1, "au moins une base légale"),
  /** SPASER objectives served: the preset id and the objective as the SPASER names it. */
  objectives: z.array(z.object({ policy: id, label: text(3) })).default([]),
  /** UN Sustainable Development Goals (ODD) 1 to 17. */
  sdgs: z.array(z.number().int().min(1).max(17)).default([]),
  notes: z.object({
    whenToUse: text(10),
    pitfalls: text(10),
    executionCheck: text(10),
  }),
  governance: governanceSchema,
});
export type Clause = z.infer<typeof clauseSchema>;

export const segmentsFileSchema = z.object({ segments: z.array(segmentSchema) });
export const legalFileSchema = z.object({ legalTexts: z.array(legalTextSchema) });
export const clausesFileSchema = z.object({ clauses: z.array(clauseSchema) });

/** The segment id meaning « every segment ». */
export const TRANSVERSE = "transverse";
