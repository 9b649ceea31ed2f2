import { t } from "../i18n";
import { formatNumber, formatPercent } from "../text";
import type { ActionStatus, DecisionOutcome, Presence, Procedure, Provision, SegmentId } from "./schema";
import type { Cotation, Priority } from "./cotation";

// French labels of the agenda's closed vocabularies, for screens and minutes alike.

export const segmentLabel = (id: SegmentId): string => t(`agenda.segment.${id}`);
export const procedureLabel = (id: Procedure): string => t(`agenda.procedure.${id}`);
export const presenceLabel = (id: Presence): string => t(`agenda.presence.${id}`);
export const outcomeLabel = (id: DecisionOutcome): string => t(`agenda.outcome.${id}`);
export const actionStatusLabel = (id: ActionStatus): string => t(`agenda.action.${id}`);
export const priorityLabel = (id: Priority): string => t(`agenda.priority.${id}`);

/** « Clause d'insertion — 1 200 heures d'insertion prévues — clause clause-insertion-btp v2 — note ». */
export function describeProvision(provision: Provision): string {
  const parts: string[] = [t(`agenda.provision.${provision.kind}`)];
  if (provision.plannedHours !== undefined) {
    parts.push(t("agenda.provision.hours", { hours: formatNumber(provision.plannedHours) }));
  }
  if (provision.weightPercent !== undefined) {
    parts.push(t("agenda.provision.weight", { weight: formatPercent(provision.weightPercent) }));
  }
  if (provision.clause) parts.push(`${provision.clause.clauseId} v${provision.clause.version}`);
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
