import { t } from "../i18n";
import { formatNumber, formatPercent } from "../text";
import type {
  ActionStatus,
  DecisionOutcome,
  LeverRef,
  Presence,
  Procedure,
  Provision,
  SegmentId,
} from "./schema";
import type { Cotation, Priority } from "./cotation";

// French labels of the agenda's closed vocabularies, for screens and minutes alike.

export const segmentLabel = (id: SegmentId): string => t(`agenda.segment.${id}`);
export const procedureLabel = (id: Procedure): string => t(`agenda.procedure.${id}`);
export const presenceLabel = (id: Presence): string => t(`agenda.presence.${id}`);
export const outcomeLabel = (id: DecisionOutcome): string => t(`agenda.outcome.${id}`);
export const actionStatusLabel = (id: ActionStatus): string => t(`agenda.action.${id}`);
export const priorityLabel = (id: Priority): string => t(`agenda.priority.${id}`);

/**
 * The title of a référentiel clause, given by the callers that hold the référentiel (the Teams tab, the
 * CLI): the agenda core does not load it. `undefined` when the clause is unknown there.
 */
export type ClauseTitle = (ref: LeverRef) => string | undefined;

/** « Matériaux recyclés dans les chaussées (v2) » when the title is known, else « clause-id v2 ». */
export function describeLeverRef(ref: LeverRef, clauseTitle?: ClauseTitle): string {
  const title = clauseTitle?.(ref);
  return title ? `${title} (v${ref.version})` : `${ref.clauseId} v${ref.version}`;
}

/**
 * « Clause d'insertion — 1 200 heures d'insertion prévues — Insertion professionnelle sur les chantiers
 * (v2) — note »; the clause by its id (« clause-insertion-btp v2 ») when no title is given or known.
 */
export function describeProvision(provision: Provision, clauseTitle?: ClauseTitle): string {
  const parts: string[] = [t(`agenda.provision.${provision.kind}`)];
  if (provision.plannedHours !== undefined) {
    parts.push(t("agenda.provision.hours", { hours: formatNumber(provision.plannedHours) }));
  }
  if (provision.weightPercent !== undefined) {
    parts.push(t("agenda.provision.weight", { weight: formatPercent(provision.weightPercent) }));
  }
  if (provision.clause) parts.push(describeLeverRef(provision.clause, clauseTitle));
  if (provision.note) parts.push(provision.note);
  return parts.join(" — ");
}

/** « Cotation du potentiel durable : 14/20 — Priorité forte ». */
export function describeCotation(cotation: Cotation): string {
  return t("agenda.cotation.score", {
    score: formatNumber(cotation.score),
    max: formatNumber(cotation.max),
    priority: priorityLabel(cotation.priority),
  });
}

/** « Potentiel environnemental : 3/3 (6 points) », one per criterion. */
export function describeCotationLines(cotation: Cotation): string[] {
  return cotation.lines.map((line) => {
    const extra =
      line.criterion === "amount" && cotation.amountUnknown ? ` — ${t("agenda.cotation.amountUnknown")}` : "";
    return `${t(`agenda.cotation.${line.criterion}`)} : ${formatNumber(line.points)}/${formatNumber(line.maxPoints)}${extra}`;
  });
}
