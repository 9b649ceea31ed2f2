import type { CotationInput, Dossier } from "./schema";

// Cotation of a dossier's « potentiel durable » (sustainable potential), scored out of 20.
//
// Clermont's SPASER (seed 002, Objectif 1 action 1 « Instaurer le Comité Annuel des Achats Durables »,
// action 2 « Définir et mettre en œuvre une méthodologie interne afin d'identifier le potentiel
// durable » and action 7 « Outil de cotation des marchés ») presents each recurring contract to the
// CAD 12 months before award with a cotation of its « potentiel d'amélioration » that brings out its
// sustainable-development stakes, the SPASER actions that can be taken and the means they need.
// Ille-et-Vilaine (seed 004, « Le renforcement des domaines d'intervention de la fonction achat »)
// targets dossiers by amount, environmental and social impact and multi-year character.
// Neither text gives figures: the weights and bands below are this product's, stated here and in the
// README so a committee can read, discuss and change them.

export interface CotationCriterion {
  readonly id: "environmental" | "social" | "economic" | "amount" | "recurrence" | "supplyMaturity";
  /** Highest level of the criterion. */
  readonly maxLevel: number;
  /** Points per level: the criterion weighs maxLevel × pointsPerLevel out of 20. */
  readonly pointsPerLevel: number;
}

export const COTATION_GRID: readonly CotationCriterion[] = [
  // Stakes per pillar, 0 = none, 1 = faible, 2 = moyen, 3 = fort: room for improvement over the
  // current contract given the SPASER's actions (Clermont, action 2: « potentiel d'amélioration »).
  { id: "environmental", maxLevel: 3, pointsPerLevel: 2 },
  { id: "social", maxLevel: 3, pointsPerLevel: 2 },
  // SME access, local economy, ESS.
  { id: "economic", maxLevel: 3, pointsPerLevel: 1 },
  // Read from the estimated amount: see AMOUNT_BANDS.
  { id: "amount", maxLevel: 2, pointsPerLevel: 1 },
  // Clermont's CAD reviews recurring contracts: a renewed contract is where a lever pays each time.
  { id: "recurrence", maxLevel: 1, pointsPerLevel: 1 },
  // Maturity of supply found by sourcing: 0 = no sustainable offer known, 1 = emerging, 2 = mature
  // (labelled products, SIAE/EA able to answer). Clermont, action 7: « soutenabilité des actions ».
  { id: "supplyMaturity", maxLevel: 2, pointsPerLevel: 1 },
];

export const COTATION_MAX = COTATION_GRID.reduce((sum, c) => sum + c.maxLevel * c.pointsPerLevel, 0);

/** Lower bounds of the amount bands, euros HT: level = number of bounds reached. */
export const AMOUNT_BANDS: readonly { readonly fromHT: number; readonly source: string }[] = [
  // Ille-et-Vilaine formalises a purchase strategy above 40 k€ HT (seed 004, fonction achat).
  { fromHT: 40_000, source: "SPASER d'Ille-et-Vilaine, stratégie d'achat au-delà de 40 000 € HT" },
  // EU threshold for collectivités' supplies and services, 2026-2027 (LEGAL.md, annexe 2 CCP).
  { fromHT: 216_000, source: "Seuil européen fournitures et services 2026-2027 (annexe 2 CCP)" },
];

export type Priority = "forte" | "moyenne" | "faible";
/** Score from which each priority starts (out of 20). */
export const PRIORITY_BANDS: readonly { readonly priority: Priority; readonly fromScore: number }[] = [
  { priority: "forte", fromScore: 13 },
  { priority: "moyenne", fromScore: 8 },
  { priority: "faible", fromScore: 0 },
];

export interface CotationLine {
  readonly criterion: CotationCriterion["id"];
  readonly level: number;
  readonly points: number;
  readonly maxPoints: number;
}

export interface Cotation {
  readonly lines: readonly CotationLine[];
  readonly score: number;
  readonly max: number;
  readonly priority: Priority;
  /** True when the amount is unknown and counted as the lowest band. */
  readonly amountUnknown: boolean;
}

export function amountLevel(amountHT: number | undefined): number {
  if (amountHT === undefined) return 0;
  return AMOUNT_BANDS.filter((band) => amountHT >= band.fromHT).length;
}

export function priorityOf(score: number): Priority {
  return (PRIORITY_BANDS.find((band) => score >= band.fromScore) ?? { priority: "faible" }).priority;
}

/** Scores a dossier from the levels given by the SPASER team and what the dossier says. */
export function scoreCotation(
  input: CotationInput,
  dossier: Pick<Dossier, "estimatedAmountHT" | "recurring">,
): Cotation {
  const levels: Record<CotationCriterion["id"], number> = {
    environmental: input.environmental,
    social: input.social,
    economic: input.economic,
    amount: amountLevel(dossier.estimatedAmountHT),
    recurrence: dossier.recurring ? 1 : 0,
    supplyMaturity: input.supplyMaturity,
  };
  const lines = COTATION_GRID.map((criterion) => {
    const level = Math.max(0, Math.min(criterion.maxLevel, Math.trunc(levels[criterion.id])));
    return {
      criterion: criterion.id,
      level,
      points: level * criterion.pointsPerLevel,
      maxPoints: criterion.maxLevel * criterion.pointsPerLevel,
    };
  });
  const score = lines.reduce((sum, line) => sum + line.points, 0);
  return {
    lines,
    score,
    max: COTATION_MAX,
    priority: priorityOf(score),
    amountUnknown: dossier.estimatedAmountHT === undefined,
  };
}

/** The dossier's cotation, or undefined when the SPASER team has not scored it yet. */
export function cotationOf(dossier: Dossier): Cotation | undefined {
  return dossier.cotation ? scoreCotation(dossier.cotation, dossier) : undefined;
}

/** Dossiers by decreasing score (unscored last), ties kept in their given order. */
export function rankByCotation<T extends Dossier>(dossiers: readonly T[]): T[] {
  const scored = dossiers.map((dossier, index) => ({ dossier, index, score: cotationOf(dossier)?.score }));
  return scored
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.index - b.index)
    .map((entry) => entry.dossier);
}
