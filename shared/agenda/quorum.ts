import type { Committee } from "../policies";
import type { Session } from "./schema";

// None of the five SPASERs states a quorum (seeds checked): a preset may still carry one as text
// (committee.quorum). The check understands the usual wordings and says so when it cannot.

export type QuorumRule =
  | { readonly kind: "majority" }
  | { readonly kind: "share"; readonly percent: number }
  | { readonly kind: "count"; readonly members: number };

/** Reads « la majorité des membres », « la moitié », « un tiers », « 60 % », « 3 membres ». */
export function parseQuorum(text: string): QuorumRule | undefined {
  const lower = text.toLowerCase();
  const percent = /(\d+(?:[.,]\d+)?)\s*%/.exec(lower);
  if (percent) return { kind: "share", percent: Number((percent[1] as string).replace(",", ".")) };
  if (/majorit|plus de la moiti/.test(lower)) return { kind: "majority" };
  if (/moiti/.test(lower)) return { kind: "share", percent: 50 };
  if (/deux tiers/.test(lower)) return { kind: "share", percent: (2 / 3) * 100 };
  if (/tiers/.test(lower)) return { kind: "share", percent: 100 / 3 };
  const count = /(\d+)\s*membres?/.exec(lower);
  if (count) return { kind: "count", members: Number(count[1]) };
  return undefined;
}

export interface QuorumCheck {
  /** « non-requis »: the preset states no quorum; « non-verifiable »: stated in words we cannot read. */
  readonly status: "atteint" | "non-atteint" | "non-requis" | "non-verifiable";
  readonly present: number;
  readonly members: number;
  /** Members needed, when known. */
  readonly required?: number;
  /** The preset's wording. */
  readonly text?: string;
}

/** Present (or represented) voting members against the committee's quorum. */
export function checkQuorum(
  committee: Pick<Committee, "quorum">,
  session: Pick<Session, "attendees">,
): QuorumCheck {
  const voting = session.attendees.filter((a) => a.member);
  const present = voting.filter((a) => a.presence === "present" || a.presence === "represente").length;
  const members = voting.length;
  if (!committee.quorum) return { status: "non-requis", present, members };
  const rule = parseQuorum(committee.quorum);
  if (!rule) return { status: "non-verifiable", present, members, text: committee.quorum };
  const required = requiredMembers(rule, members);
  return {
    status: present >= required ? "atteint" : "non-atteint",
    present,
    members,
    required,
    text: committee.quorum,
  };
}

function requiredMembers(rule: QuorumRule, members: number): number {
  switch (rule.kind) {
    case "majority":
      return Math.floor(members / 2) + 1;
    case "share":
      return Math.ceil((members * rule.percent) / 100 - 1e-9);
    case "count":
      return rule.members;
  }
}
