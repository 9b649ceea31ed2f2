// Texts of the policy presets (shared/policies) and of `spaser policy`.
export const policiesFr = {
  "policy.list.title": "Préréglages SPASER disponibles",
  "policy.env.none": "Aucune pondération minimale imposée (la loi exige au moins un critère environnemental)",
  "policy.env.minimum": "Critère environnemental : au moins {min} de la note finale",
  "policy.env.range": "Critère environnemental : entre {min} et {max} selon la famille d'achat",
  "policy.env.fallback": "  - autres familles : {min} à {max}",
  "policy.note": "    Note : {note}",
  "policy.threshold.below": "moins de {amount}",
  "policy.threshold.at-most": "{amount} au plus",
  "policy.threshold.at-least": "{amount} et plus",
  "policy.threshold.above": "plus de {amount}",
  "policy.threshold.band": "de {min} à {max}",
  "policy.target.none": "sans cible chiffrée",
  "policy.target.baseline": "référence {year} : {value}",
  "policy.committee.sessions": "{count} séance(s) par an",
  "policy.committee.sessionsRange": "{min} à {max} séances par an",
  "policy.committee.beforePublication": "avant la publication de la consultation",
  "policy.committee.monthsBeforeAward": "{months} mois avant l'attribution",
  "policy.committee.preparation": "préparation de {from} à {to} mois avant l'attribution",
  "policy.committee.dossiers": "{min} à {max} dossiers par an",
  "policy.principles.title": "Principes :",
} as const;

export const policiesErrorsFr = {
  POLICY_INVALID: "Préréglage « {id} » invalide — {problems}",
  POLICY_UNKNOWN: "Préréglage inconnu : « {id} ». Préréglages disponibles : {known}.",
  POLICY_FAMILY_UNKNOWN: "Famille d'achat inconnue pour le préréglage « {policy} » : « {family} ».",
} as const;
