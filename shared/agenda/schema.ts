import { z } from "zod";

// The records of a committee's life: sessions, the dossiers on their agenda, the decisions taken and
// the actions that follow. These schemas are the file-format contract of a session export
// (`spaser agenda minutes <session.json>`) and of every storage provider (shared/storage).

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ");
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "heure attendue au format HH:MM");
const recordId = z.string().min(1, "identifiant obligatoire");
const text = z.string().trim().min(1, "texte obligatoire");

/** Purchase segments of the référentiel (shared/referentiel): a dossier belongs to one of them. */
export const segmentIds = [
  "batiment",
  "infrastructure-tp",
  "numerique",
  "restauration",
  "fournitures-moyens-generaux",
  "prestations-intellectuelles",
  "vehicules-mobilite",
  "espaces-verts-biodiversite",
  "nettoyage-hygiene",
  "energie",
  "textile-vetements",
  "mobilier",
] as const;
export type SegmentId = (typeof segmentIds)[number];

export const natures = ["travaux", "fournitures", "services"] as const;
export type Nature = (typeof natures)[number];

/**
 * The usual nature of a segment's contracts, used when a dossier does not state its own (a target on
 * « marchés de fournitures » must know which dossiers are supplies). An approximation: a numérique or
 * restauration dossier may be a service; record `nature` on the dossier when it matters.
 */
export const segmentNature: Readonly<Record<SegmentId, Nature>> = {
  batiment: "travaux",
  "infrastructure-tp": "travaux",
  numerique: "fournitures",
  restauration: "fournitures",
  "fournitures-moyens-generaux": "fournitures",
  "prestations-intellectuelles": "services",
  "vehicules-mobilite": "fournitures",
  "espaces-verts-biodiversite": "services",
  "nettoyage-hygiene": "services",
  energie: "fournitures",
  "textile-vetements": "fournitures",
  mobilier: "fournitures",
};

export const procedures = [
  "appel-offres-ouvert",
  "appel-offres-restreint",
  "procedure-avec-negociation",
  "dialogue-competitif",
  "procedure-adaptee",
  "marche-sans-publicite",
  "autre",
] as const;
export type Procedure = (typeof procedures)[number];
/** Formalised procedures (Clermont's targets on insertion and social considerations count these only). */
export const formalisedProcedures: readonly Procedure[] = [
  "appel-offres-ouvert",
  "appel-offres-restreint",
  "procedure-avec-negociation",
  "dialogue-competitif",
];

export const presences = ["present", "represente", "excuse", "absent"] as const;
export type Presence = (typeof presences)[number];

export const attendeeSchema = z.object({
  name: text,
  /** « Élu en charge de la commande publique », « Service commande publique », « Direction des routes »… */
  role: text,
  /** A voting member of the committee (counts for the quorum); guests and presenters are not. */
  member: z.boolean().default(true),
  presence: z.enum(presences),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const sessionSchema = z.object({
  id: recordId,
  /** Preset the committee comes from (shared/policies) and the committee's id in it. */
  policyId: recordId,
  committeeId: recordId,
  date: isoDate,
  startTime: clockTime.default("09:00"),
  place: z.string().optional(),
  /** Join link of the Teams meeting, when the session is held (also) online. */
  teamsMeetingUrl: z.url().optional(),
  attendees: z.array(attendeeSchema).default([]),
  /** Dossier ids in agenda order. */
  agenda: z.array(recordId).default([]),
  status: z.enum(["planifiee", "tenue", "annulee"]).default("planifiee"),
});
export type Session = z.infer<typeof sessionSchema>;

export const leverRefSchema = z.object({ clauseId: recordId, version: z.number().int().positive() });
export type LeverRef = z.infer<typeof leverRefSchema>;

/** The scorer's levels for a dossier; amount and recurrence are read from the dossier itself. */
export const cotationInputSchema = z.object({
  environmental: z.number().int().min(0).max(3),
  social: z.number().int().min(0).max(3),
  economic: z.number().int().min(0).max(3),
  supplyMaturity: z.number().int().min(0).max(2),
  comment: z.string().optional(),
});
export type CotationInput = z.infer<typeof cotationInputSchema>;

export const dossierSchema = z.object({
  id: recordId,
  /** The session whose agenda holds it (a dossier deferred to a later session moves there). */
  sessionId: recordId,
  object: text,
  direction: text,
  segmentId: z.enum(segmentIds),
  /** Travaux, fournitures or services; when absent, the segment's usual nature (segmentNature). */
  nature: z.enum(natures).optional(),
  estimatedAmountHT: z.number().nonnegative().optional(),
  procedure: z.enum(procedures),
  plannedPublicationDate: isoDate.optional(),
  currentContractEnd: isoDate.optional(),
  plannedAwardDate: isoDate.optional(),
  presenter: z.string().optional(),
  /** Time given to the dossier on the agenda. */
  durationMinutes: z.number().int().positive().default(15),
  /** Computed by `scheduleAgenda` from the session start and the durations; stored for display. */
  slot: z.object({ start: clockTime, end: clockTime }).optional(),
  /** Référentiel clauses proposed by the buying service, with the version it read. */
  proposedLevers: z.array(leverRefSchema).default([]),
  recurring: z.boolean().default(false),
  /** Selected as a targeted dossier (dossier ciblé) of the SPASER. */
  targeted: z.boolean().default(false),
  cotation: cotationInputSchema.optional(),
  /** Filled once the contract is notified, for the indicators. */
  award: z
    .object({
      notifiedOn: isoDate.optional(),
      smeHolder: z.boolean().optional(),
      unsuccessful: z.boolean().optional(),
    })
    .optional(),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const decisionOutcomes = [
  "validee",
  "validee-avec-reserves",
  "a-retravailler",
  "ajournee",
  "non-retenue",
] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const provisionKinds = [
  "clause-environnementale",
  "critere-environnemental",
  "cout-global",
  "economie-circulaire",
  "clause-sociale",
  "clause-insertion",
  "critere-social",
  "marche-reserve",
  "mesures-pme",
] as const;
export type ProvisionKind = (typeof provisionKinds)[number];

export const provisionSchema = z.object({
  kind: z.enum(provisionKinds),
  /** Insertion hours planned (clause-insertion). */
  plannedHours: z.number().nonnegative().optional(),
  /** Weight of the criterion in the final mark, in percentage points (critere-*). */
  weightPercent: z.number().min(0).max(100).optional(),
  /** The référentiel clause that carries it, when one was chosen. */
  clause: leverRefSchema.optional(),
  note: z.string().optional(),
});
export type Provision = z.infer<typeof provisionSchema>;

export const decisionSchema = z.object({
  id: recordId,
  sessionId: recordId,
  dossierId: recordId,
  outcome: z.enum(decisionOutcomes),
  conditions: z.array(text).default([]),
  provisions: z.array(provisionSchema).default([]),
  decidedOn: isoDate,
  note: z.string().optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const actionStatuses = ["a-faire", "en-cours", "fait", "abandonnee"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionSchema = z.object({
  id: recordId,
  committeeId: recordId,
  /** The session that raised it. */
  sessionId: recordId,
  dossierId: recordId.optional(),
  label: text,
  owner: text,
  dueDate: isoDate,
  status: z.enum(actionStatuses),
  /** Day it was done or abandoned: decides up to which session it is carried over. */
  closedOn: isoDate.optional(),
});
export type Action = z.infer<typeof actionSchema>;
