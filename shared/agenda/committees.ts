import { SpaserError } from "../errors";
import type { Committee, Policy } from "../policies";

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
