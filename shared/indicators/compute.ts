import {
  SETTLED_OUTCOMES,
  formalisedProcedures,
  latestDecisions,
  segmentLabel,
  segmentNature,
} from "../agenda";
import type { Decision, Dossier, Nature, SegmentId } from "../agenda";
import { fr, t, type MessageKey } from "../i18n";
import {
  describeSource,
  indicatorIds,
  type IndicatorId,
  type Policy,
  type Source,
  type Target,
} from "../policies";
import { INDICATOR_MEASURES, type IndicatorRecord } from "./definitions";

// SPASER indicators for the COPIL: computed from the recorded dossiers and the provisions decided on
// them, against the active preset's targets for the year.

export type IndicatorStatus = "atteint" | "en-retard" | "non-mesurable" | "sans-objectif";
/** The dossiers a target is computed over, read from the preset's `scope` wording. */
export interface IndicatorScope {
  readonly formalisedOnly: boolean;
  readonly targetedOnly: boolean;
  /** Natures counted, when the target is on works or supplies only. */
  readonly natures?: readonly Nature[];
  /** Segments counted, when the target is on one segment only (Ille-et-Vilaine: building works). */
  readonly segments?: readonly SegmentId[];
  /** French description: « procédures formalisées », « dossiers ciblés », « segments Bâtiment, … ». */
  readonly label?: string;
}

export interface IndicatorResult {
  readonly id: IndicatorId;
  readonly label: string;
  readonly unit: "percent" | "hours" | "count";
  /** French definition of what is counted. */
  readonly definition: string;
  readonly numeratorLabel?: string;
  readonly denominatorLabel?: string;
  readonly numerator?: number;
  readonly denominator?: number;
  /** Percentage points, hours or a count. */
  readonly value?: number;
  /** The target applying to the year, and the year it was set for. */
  readonly target?: number;
  readonly targetYear?: number;
  readonly status: IndicatorStatus;
  /** Why it is not measurable. */
  readonly reason?: string;
  readonly scope: IndicatorScope;
  readonly source?: Source;
  /** « SPASER de …, section » of the target. */
  readonly sourceText?: string;
  /** Dossiers counted in the numerator, for a drill-down. */
  readonly dossierIds: readonly string[];
}

export interface IndicatorPopulation {
  readonly year: number;
  /** Dossiers of the year whose latest decision is settled (validated or not retained). */
  readonly records: readonly IndicatorRecord[];
  /** Dossiers of the year still waiting for a new decision (à retravailler, ajournée) or undecided. */
  readonly pending: readonly Dossier[];
}

/** The year a dossier counts in: notified, else planned award, else the day it was decided. */
export function indicatorYearOf(dossier: Dossier, decision?: Decision): number | undefined {
  const date = dossier.award?.notifiedOn ?? dossier.plannedAwardDate ?? decision?.decidedOn;
  return date ? Number(date.slice(0, 4)) : undefined;
}

export function populationFor(
  records: { readonly dossiers: readonly Dossier[]; readonly decisions: readonly Decision[] },
  year: number,
): IndicatorPopulation {
  const latest = latestDecisions(records.decisions);
  const settled: IndicatorRecord[] = [];
  const pending: Dossier[] = [];
  // A dossier deferred from one session to the next may appear in several exports: count it once.
  const seen = new Set<string>();
  for (const dossier of records.dossiers) {
    if (seen.has(dossier.id)) continue;
    seen.add(dossier.id);
    const decision = latest.get(dossier.id);
    if (indicatorYearOf(dossier, decision) !== year) continue;
    if (decision && SETTLED_OUTCOMES.includes(decision.outcome)) settled.push({ dossier, decision });
    else pending.push(dossier);
  }
  return { year, records: settled, pending };
}

/**
 * The target's scope as the preset words it. Clermont sets its insertion and social targets on
 * « contrats issus de procédures formalisées » and its SME and circular-economy targets on « contrats
 * ciblés » (seed 002, indicateurs); Ille-et-Vilaine sets its environmental target on « consultations de
 * travaux (bâtiments et infrastructures) » and circular economy on building works (seed 004); Valence
 * Romans its insertion target on « marchés de fournitures » (seed 000). Natures come from the dossier,
 * else from its segment (segmentNature). A wording not recognised counts every dossier, and the label
 * says so by its absence.
 */
export function scopeOf(target: Pick<Target, "scope"> | undefined): IndicatorScope {
  const words = (target?.scope ?? "").toLowerCase();
  const formalisedOnly = /formalis/.test(words);
  const targetedOnly = /cibl/.test(words);
  const natures = (
    [
      ["travaux", /travaux/],
      ["fournitures", /fournitures/],
      ["services", /\bservices\b/],
    ] as const
  )
    .filter(([, pattern]) => pattern.test(words))
    .map(([nature]) => nature);
  const segments: SegmentId[] | undefined =
    /b[âa]timent/.test(words) && !/infrastructure/.test(words) ? ["batiment"] : undefined;
  const parts = [
    ...(formalisedOnly ? [t("indicator.scope.formalised")] : []),
    ...(targetedOnly ? [t("indicator.scope.targeted")] : []),
    ...(natures.length > 0 ? [t("indicator.scope.natures", { natures: natures.join(" et ") })] : []),
    ...(segments ? [t("indicator.scope.segments", { segments: segments.map(segmentLabel).join(", ") })] : []),
  ];
  return {
    formalisedOnly,
    targetedOnly,
    ...(natures.length > 0 ? { natures } : {}),
    ...(segments ? { segments } : {}),
    ...(parts.length > 0 ? { label: parts.join(", ") } : {}),
  };
}

function inScope(record: IndicatorRecord, scope: IndicatorScope): boolean {
  const { dossier } = record;
  if (scope.formalisedOnly && !formalisedProcedures.includes(dossier.procedure)) return false;
  if (scope.targetedOnly && !dossier.targeted) return false;
  if (scope.natures && !scope.natures.includes(dossier.nature ?? segmentNature[dossier.segmentId]))
    return false;
  if (scope.segments && !scope.segments.includes(dossier.segmentId)) return false;
  return true;
}

/** The year's target, else the last one set before it (a 2024 target still holds in 2025). */
export function targetFor(target: Target, year: number): { value: number; year: number } | undefined {
  const years = Object.keys(target.byYear)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a);
  const found = years[0];
  if (found === undefined) return undefined;
  const value = target.byYear[String(found)];
  return value === undefined ? undefined : { value, year: found };
}

const hasText = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(fr, key);
const text = (key: string): string => (hasText(key) ? t(key) : "");

function labelOf(id: IndicatorId, target?: Target): string {
  if (target) return target.label;
  const key = `indicator.${id}.label`;
  return hasText(key) ? t(key) : t("indicator.label.generic", { id });
}

/** Computes one indicator over a population, against a target when the preset sets one. */
export function computeIndicator(
  id: IndicatorId,
  population: IndicatorPopulation,
  target?: Target,
): IndicatorResult {
  const scope = scopeOf(target);
  const goal = target ? targetFor(target, population.year) : undefined;
  const base = {
    id,
    label: labelOf(id, target),
    unit: target?.unit ?? "percent",
    scope,
    ...(goal ? { target: goal.value, targetYear: goal.year } : {}),
    ...(target ? { source: target.source, sourceText: describeSource(target.source) } : {}),
  } as const;
  const measure = INDICATOR_MEASURES[id];
  if (!measure) {
    return {
      ...base,
      definition: "",
      status: "non-mesurable",
      reason: t("indicator.reason.notFromDossiers"),
      dossierIds: [],
    };
  }
  const definition = text(`indicator.${id}.definition`);
  const records = population.records.filter((record) => inScope(record, scope));
  const status = (value: number): IndicatorStatus =>
    goal === undefined ? "sans-objectif" : value >= goal.value - 1e-9 ? "atteint" : "en-retard";

  if (measure.kind === "sum") {
    const counted = records.filter((r) => measure.value(r) > 0);
    const value = records.reduce((sum, r) => sum + measure.value(r), 0);
    return {
      ...base,
      unit: measure.unit,
      definition,
      numeratorLabel: text(`indicator.numerator.${measure.numerator}`),
      numerator: value,
      value,
      status: status(value),
      dossierIds: counted.map((r) => r.dossier.id),
    };
  }
  const denominatorRecords = measure.recorded ? records.filter(measure.recorded) : records;
  const numeratorRecords = denominatorRecords.filter(measure.matches);
  const labels = {
    numeratorLabel: text(`indicator.numerator.${measure.numerator}`),
    denominatorLabel: text(`indicator.denominator.${measure.denominator}`),
  };
  if (denominatorRecords.length === 0) {
    return {
      ...base,
      unit: "percent",
      definition,
      ...labels,
      numerator: 0,
      denominator: 0,
      status: "non-mesurable",
      reason: t(records.length === 0 ? "indicator.reason.noDossier" : "indicator.reason.notRecorded", {
        year: population.year,
      }),
      dossierIds: [],
    };
  }
  const value = (numeratorRecords.length / denominatorRecords.length) * 100;
  return {
    ...base,
    unit: "percent",
    definition,
    ...labels,
    numerator: numeratorRecords.length,
    denominator: denominatorRecords.length,
    value,
    status: status(value),
    dossierIds: numeratorRecords.map((r) => r.dossier.id),
  };
}

export interface IndicatorReport {
  readonly policyId: string;
  readonly year: number;
  readonly settled: number;
  readonly pending: number;
  readonly results: readonly IndicatorResult[];
}

/**
 * One result per target of the preset (in the preset's order), then — with `includeUntargeted` —
 * every other indicator computable from the dossiers, « sans objectif ».
 */
export function computeIndicators(
  policy: Policy,
  records: { readonly dossiers: readonly Dossier[]; readonly decisions: readonly Decision[] },
  year: number,
  options: { readonly includeUntargeted?: boolean } = {},
): IndicatorReport {
  const population = populationFor(records, year);
  const results = policy.targets.map((target) => computeIndicator(target.indicator, population, target));
  if (options.includeUntargeted) {
    const targeted = new Set(policy.targets.map((target) => target.indicator));
    for (const id of indicatorIds) {
      if (!targeted.has(id) && INDICATOR_MEASURES[id]) results.push(computeIndicator(id, population));
    }
  }
  return {
    policyId: policy.id,
    year,
    settled: population.records.length,
    pending: population.pending.length,
    results,
  };
}
