import type { Decision, Dossier, ProvisionKind } from "../agenda";
import { hasProvision, plannedInsertionHours } from "../agenda";
import type { IndicatorId } from "../policies";

// What each SPASER indicator means when computed from the dossiers a committee arbitrated and the
// provisions it decided on them. Texts (label, definition, numerator, denominator) are in the French
// catalogue under « indicator.<id>.* ».

/** One dossier with its latest settled decision. */
export interface IndicatorRecord {
  readonly dossier: Dossier;
  readonly decision: Decision;
}

export type IndicatorMeasure =
  /** A share of the records in scope: `matches` says which count in the numerator. */
  | {
      readonly kind: "share";
      readonly matches: (record: IndicatorRecord) => boolean;
      /** Narrows the denominator to records where the data is recorded (SME holder, unsuccessful). */
      readonly recorded?: (record: IndicatorRecord) => boolean;
      readonly numerator: "decided" | "sme" | "unsuccessful";
      readonly denominator: "settled" | "sme" | "unsuccessful";
    }
  /** A sum over the records in scope. */
  | {
      readonly kind: "sum";
      readonly unit: "hours" | "count";
      readonly value: (record: IndicatorRecord) => number;
      readonly numerator: "hours" | "reserved";
    };

const decided =
  (...kinds: ProvisionKind[]) =>
  (record: IndicatorRecord) =>
    hasProvision(record.decision, ...kinds);

const ENVIRONMENTAL: ProvisionKind[] = [
  "clause-environnementale",
  "critere-environnemental",
  "cout-global",
  "economie-circulaire",
];
// PNAD 2022-2025 counts a social consideration whatever its form: clause, criterion or reservation.
const SOCIAL: ProvisionKind[] = ["clause-sociale", "clause-insertion", "critere-social", "marche-reserve"];

const share = (...kinds: ProvisionKind[]): IndicatorMeasure => ({
  kind: "share",
  matches: decided(...kinds),
  numerator: "decided",
  denominator: "settled",
});

/** The indicators computable from the committees' records; the others are « non mesurable » here. */
export const INDICATOR_MEASURES: Partial<Record<IndicatorId, IndicatorMeasure>> = {
  "env-consideration-share": share(...ENVIRONMENTAL),
  "env-criterion-share": share("critere-environnemental"),
  "env-clause-share": share("clause-environnementale"),
  "global-cost-share": share("cout-global"),
  "social-consideration-share": share(...SOCIAL),
  "social-clause-share": share("clause-sociale", "clause-insertion"),
  "insertion-clause-share": share("clause-insertion"),
  "circular-economy-share": share("economie-circulaire"),
  "insertion-hours": {
    kind: "sum",
    unit: "hours",
    value: (record) => plannedInsertionHours(record.decision),
    numerator: "hours",
  },
  "reserved-contracts-count": {
    kind: "sum",
    unit: "count",
    value: (record) => (hasProvision(record.decision, "marche-reserve") ? 1 : 0),
    numerator: "reserved",
  },
  "sme-holder-share": {
    kind: "share",
    matches: (record) => record.dossier.award?.smeHolder === true,
    recorded: (record) => record.dossier.award?.smeHolder !== undefined,
    numerator: "sme",
    denominator: "sme",
  },
  "unsuccessful-share": {
    kind: "share",
    matches: (record) => record.dossier.award?.unsuccessful === true,
    recorded: (record) => record.dossier.award?.unsuccessful !== undefined,
    numerator: "unsuccessful",
    denominator: "unsuccessful",
  },
};

export function isComputable(id: IndicatorId): boolean {
  return INDICATOR_MEASURES[id] !== undefined;
}
