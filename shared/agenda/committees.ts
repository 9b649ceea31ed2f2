import { SpaserError } from "../errors";
import { t } from "../i18n";
import { describeSource, type Committee, type Policy } from "../policies";
import type { Dossier, Session } from "./schema";

// Committees come from the policy presets (shared/policies): their kind, cadence, role, timing rule
// and quorum are the SPASER's, not the product's.

/** The committees of a preset, most frequent first (the ones a tab shows on top). */
export function committeesOf(policy: Policy): Committee[] {
  return [...policy.committees].sort((a, b) => b.sessionsPerYear - a.sessionsPerYear);
}

export function findCommittee(policy: Policy, committeeId: string): Committee | undefined {
  return policy.committees.find((committee) => committee.id === committeeId);
}

/** The committee, or a French error naming the preset's committees. */
export function getCommittee(policy: Policy, committeeId: string): Committee {
  const committee = findCommittee(policy, committeeId);
  if (!committee) {
    throw new SpaserError("AGENDA_COMMITTEE_UNKNOWN", {
      id: committeeId,
      policy: policy.id,
      known: policy.committees.map((c) => c.id).join(", ") || "aucun",
    });
  }
  return committee;
}

/** Days between two sessions for the committee's cadence (4 a year → about 91 days). */
export function cadenceInDays(committee: Pick<Committee, "sessionsPerYear">): number {
  return Math.round(365 / committee.sessionsPerYear);
}

export interface DossierCountCheck {
  readonly status: "dans-la-cible" | "en-dessous" | "au-dessus" | "sans-cible";
  readonly count: number;
  readonly message: string;
}

/**
 * Dossiers a committee examined in a year against the range its SPASER sets (Ille-et-Vilaine:
 * « 10 à 20 dossiers ciblés par an », seed 004, objectif n°2). A dossier seen at several sessions
 * counts once.
 */
export function checkDossiersPerYear(
  committee: Committee,
  sessions: readonly Pick<Session, "id" | "committeeId" | "date">[],
  dossiers: readonly Pick<Dossier, "id" | "sessionId">[],
  year: number,
): DossierCountCheck {
  const sessionIds = new Set(
    sessions.filter((s) => s.committeeId === committee.id && s.date.startsWith(`${year}-`)).map((s) => s.id),
  );
  const count = new Set(dossiers.filter((d) => sessionIds.has(d.sessionId)).map((d) => d.id)).size;
  const range = committee.dossiersPerYear;
  if (!range) {
    return { status: "sans-cible", count, message: t("agenda.dossiersPerYear.none", { count, year }) };
  }
  const status = count < range.min ? "en-dessous" : count > range.max ? "au-dessus" : "dans-la-cible";
  return {
    status,
    count,
    message: t(`agenda.dossiersPerYear.${status}`, {
      count,
      year,
      min: range.min,
      max: range.max,
      committee: committee.label,
      source: describeSource(range.source ?? committee.source),
    }),
  };
}
