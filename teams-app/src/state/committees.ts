import { committeesOf } from "../../../shared/agenda";
import type { Committee, Policy } from "../../../shared/policies";

// The committees a user can hold sessions of: the preset's (shared/policies). The national frame sets
// none — each collectivité organises its own — so the tab then offers one generic committee, labelled
// as such, rather than an empty screen.

export const GENERIC_COMMITTEE: Committee = {
  id: "comite-achats-responsables",
  label: "Comité des achats responsables",
  kind: "revue-des-achats",
  sessionsPerYear: 4,
  role: "Comité générique proposé par SPASER 365 : le préréglage choisi ne définit pas de comité.",
  source: {
    kind: "law",
    text: "Article L2111-3 du code de la commande publique (SPASER)",
    note: "Comité non prévu par le texte : choisissez le préréglage de votre collectivité pour ses comités.",
  },
};

export function committeesFor(policy: Policy): Committee[] {
  const own = committeesOf(policy);
  return own.length > 0 ? own : [GENERIC_COMMITTEE];
}

export function committeeFor(policy: Policy, committeeId: string): Committee | undefined {
  return committeesFor(policy).find((c) => c.id === committeeId);
}
