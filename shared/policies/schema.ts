import { z } from "zod";

// A policy preset is the data of one SPASER (or of the national frame): every figure the product
// enforces comes from here, and every figure carries its source so a message can cite it.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ");
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "identifiant attendu en minuscules, chiffres et tirets");

/** Where a figure comes from: a section of one of the seed SPASERs, or a legal text. */
export const sourceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("seed"),
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "nom de fichier de ../shared/seeds attendu"),
    section: z.string().min(3, "indiquez la section du SPASER"),
    /** A short verbatim excerpt of the seed holding the figure (checked against the seed by the tests). */
    quote: z.string().max(200, "citation de 200 caractères au plus").optional(),
    /** How the figure was read from the quote, when it is not a plain copy (e.g. a global range given to each family). */
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal("law"),
    text: z.string().min(3, "indiquez le texte (article et code, loi ou décret)"),
    note: z.string().optional(),
  }),
]);

export const purchaseFamilySchema = z.object({
  id,
  label: z.string().min(2),
});

const percent = z
  .number()
  .min(0, "un pourcentage ne peut être négatif")
  .max(100, "un pourcentage ne dépasse pas 100");

export const environmentalCriterionSchema = z.discriminatedUnion("kind", [
  // The law wants at least one environmental criterion but sets no weight (LEGAL.md, L2152-7).
  z.object({ kind: z.literal("none"), source: sourceSchema }),
  z.object({ kind: z.literal("minimum"), minPercent: percent, source: sourceSchema }),
  z.object({
    kind: z.literal("range-by-family"),
    ranges: z
      .array(z.object({ family: id, minPercent: percent, maxPercent: percent }))
      .min(1, "au moins une fourchette par famille"),
    /** Used when the grid's family is not listed (or not chosen). */
    fallback: z.object({ minPercent: percent, maxPercent: percent }).optional(),
    source: sourceSchema,
  }),
]);

export const thresholdIds = [
  "publicity-dispense",
  "simplified-procedure",
  "purchase-strategy",
  "insertion-study",
  "reserved-contracts",
  "sme-advance",
  "advance-mandatory",
  "biodiversity",
  "monitoring",
  "eu-supplies-services",
  "eu-works",
] as const;
export type ThresholdId = (typeof thresholdIds)[number];

export const thresholdSchema = z.object({
  id: z.enum(thresholdIds),
  label: z.string().min(3),
  amountHT: z.number().positive("un seuil est un montant positif"),
  /** Upper bound, when the rule applies to a band of amounts (Clermont: 10 000 to 40 000 € HT). */
  maxAmountHT: z.number().positive("un seuil est un montant positif").optional(),
  /** How a contract's estimated amount is compared to the threshold for the rule to apply. */
  applies: z.enum(["below", "at-most", "at-least", "above"]),
  note: z.string().optional(),
  source: sourceSchema,
});

export const smeAdvanceSchema = z.object({
  percent,
  maxAmountHT: z.number().positive().optional(),
  withoutGuarantee: z.boolean(),
  smeDefinition: z.string().optional(),
  note: z.string().optional(),
  source: sourceSchema,
});

/** The indicators the product knows how to compute or display (shared/indicators). */
export const indicatorIds = [
  "env-consideration-share",
  "env-criterion-share",
  "env-clause-share",
  "global-cost-share",
  "social-consideration-share",
  "social-clause-share",
  "insertion-clause-share",
  "insertion-hours",
  "reserved-contracts-count",
  "circular-economy-share",
  "recycled-materials-share",
  "sme-holder-share",
  "clean-vehicles-share",
  "very-low-emission-vehicles-share",
  "it-reuse-share",
  "egalim-sustainable-share",
  "egalim-organic-share",
  "simplified-procedure-share",
  "unsuccessful-share",
  "purchase-intentions-share",
  "labelled-wood-share",
] as const;
export type IndicatorId = (typeof indicatorIds)[number];

export const targetSchema = z.object({
  indicator: z.enum(indicatorIds),
  label: z.string().min(3),
  unit: z.enum(["percent", "hours", "count"]),
  /** Target per year, keyed by the year (« 2026 »): a share in percentage points, hours or a count. */
  byYear: z.record(z.string().regex(/^\d{4}$/, "année sur 4 chiffres"), z.number().min(0)),
  /** What the share is computed over, when narrower than all notified contracts. */
  scope: z.string().optional(),
  /** A reference value of the past, for context on a dashboard. */
  baseline: z
    .object({ year: z.number().int(), value: z.number(), source: sourceSchema.optional() })
    .optional(),
  /** How the target was read from the SPASER (a horizon year, a relative target such as « doublement »). */
  note: z.string().optional(),
  source: sourceSchema,
});

export const committeeKinds = [
  "revue-des-achats",
  "achat-strategique",
  "copil",
  "cotech",
  "cosui",
  "achats-durables",
  "comite-partenarial",
  "reseau-referents",
] as const;

export const committeeSchema = z.object({
  id,
  label: z.string().min(3),
  kind: z.enum(committeeKinds),
  /** Sessions a year (4 = quarterly). */
  sessionsPerYear: z.number().positive(),
  /** Upper bound when the SPASER gives a range of sessions (« 2/3 réunions annuelles »). */
  sessionsPerYearMax: z.number().positive().optional(),
  role: z.string().min(10, "décrivez le rôle du comité"),
  members: z.string().optional(),
  /** When a dossier must reach this committee, if the SPASER says. */
  timing: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("before-publication"), source: sourceSchema.optional() }),
      z.object({
        kind: z.literal("months-before-award"),
        months: z.number().int().positive(),
        /** When preparation work happens, in months before award (Clermont: J-24 to J-14). */
        preparation: z
          .object({
            fromMonths: z.number().int().positive(),
            toMonths: z.number().int().positive(),
            source: sourceSchema.optional(),
          })
          .optional(),
        source: sourceSchema.optional(),
      }),
    ])
    .optional(),
  /** Dossiers reviewed a year, if the SPASER sets a range (Ille-et-Vilaine: 10 to 20). */
  dossiersPerYear: z
    .object({ min: z.number().int().min(0), max: z.number().int().min(0), source: sourceSchema.optional() })
    .optional(),
  quorum: z.string().optional(),
  source: sourceSchema,
});

export const tieBreakSchema = z.object({
  criterion: z.enum(["anti-discrimination", "social", "environmental"]),
  label: z.string().min(3),
  source: sourceSchema,
});

export const policySchema = z.object({
  id,
  label: z.string().min(3),
  shortLabel: z.string().min(2),
  kind: z.enum(["national", "collectivite"]),
  period: z.object({ from: z.number().int(), to: z.number().int().optional() }),
  adoptedDocument: z.string().min(3),
  seedFile: z.string().optional(),
  purchaseFamilies: z.array(purchaseFamilySchema),
  environmentalCriterion: environmentalCriterionSchema,
  tieBreak: tieBreakSchema.optional(),
  thresholds: z.array(thresholdSchema),
  smeAdvance: smeAdvanceSchema.optional(),
  targets: z.array(targetSchema),
  committees: z.array(committeeSchema),
  /** Principles worth showing to a drafter (e.g. « préférer la clause au critère »), each sourced. */
  principles: z.array(z.object({ text: z.string().min(10), source: sourceSchema })).default([]),
  updatedOn: isoDate.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type PurchaseFamily = z.infer<typeof purchaseFamilySchema>;
export type EnvironmentalCriterionRule = z.infer<typeof environmentalCriterionSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type SmeAdvance = z.infer<typeof smeAdvanceSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Committee = z.infer<typeof committeeSchema>;
export type CommitteeKind = (typeof committeeKinds)[number];
export type TieBreak = z.infer<typeof tieBreakSchema>;
export type Policy = z.infer<typeof policySchema>;
