import { t } from "../i18n";
import type { Decision, DecisionOutcome, Provision, ProvisionKind } from "./schema";

/** Outcomes after which the dossier is settled for the indicators (validated or left as it is). */
export const SETTLED_OUTCOMES: readonly DecisionOutcome[] = [
  "validee",
  "validee-avec-reserves",
  "non-retenue",
];
/** Outcomes that bring the dossier back to a later session. */
export const PENDING_OUTCOMES: readonly DecisionOutcome[] = ["a-retravailler", "ajournee"];

/** The most recent decision on each dossier (a dossier deferred then validated counts as validated). */
export function latestDecisions(decisions: readonly Decision[]): Map<string, Decision> {
  const latest = new Map<string, Decision>();
  for (const decision of decisions) {
    const current = latest.get(decision.dossierId);
    if (
      !current ||
      decision.decidedOn > current.decidedOn ||
      (decision.decidedOn === current.decidedOn && decision.id > current.id)
    ) {
      latest.set(decision.dossierId, decision);
    }
  }
  return latest;
}

export function hasProvision(decision: Pick<Decision, "provisions">, ...kinds: ProvisionKind[]): boolean {
  return decision.provisions.some((p) => kinds.includes(p.kind));
}

/** Insertion hours planned by the decision's insertion clauses. */
export function plannedInsertionHours(decision: Pick<Decision, "provisions">): number {
  return decision.provisions
    .filter((p: Provision) => p.kind === "clause-insertion")
    .reduce((sum, p) => sum + (p.plannedHours ?? 0), 0);
}

/**
 * What keeps a decision from being recorded, in French: a validation with reservations or a request
 * for rework says what is expected, an insertion clause says how many hours when it is known.
 */
export function decisionProblems(decision: Decision): string[] {
  const problems: string[] = [];
  if (
    (decision.outcome === "validee-avec-reserves" || decision.outcome === "a-retravailler") &&
    decision.conditions.length === 0
  ) {
    problems.push(
      t("agenda.decision.conditionsRequired", { outcome: t(`agenda.outcome.${decision.outcome}`) }),
    );
  }
  if (decision.outcome === "non-retenue" && decision.provisions.length > 0) {
    problems.push(t("agenda.decision.provisionsOnRejected"));
  }
  return problems;
}
