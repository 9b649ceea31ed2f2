// Texts of the policy presets (shared/policies) and of `spaser policy`.
export const policiesFr = {
  "policy.list.title": "Préréglages SPASER disponibles",
  "policy.env.none": "Aucune pondération minimale imposée (la loi exige au moins un critère environnemental)",
  "policy.env.minimum": "Critère environnemental : au moins {min} de la note finale",
  "policy.env.range": "Critère environnemental : entre {min} et {max} selon la famille d'achat",
} as const;

export const policiesErrorsFr = {
  POLICY_INVALID: "Préréglage « {id} » invalide — {problems}",
  POLICY_UNKNOWN: "Préréglage inconnu : « {id} ». Préréglages disponibles : {known}.",
  POLICY_FAMILY_UNKNOWN: "Famille d'achat inconnue pour le préréglage « {policy} » : « {family} ».",
} as const;
