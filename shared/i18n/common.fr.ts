// Texts shown by every app: product name, generic states, generic errors.
export const commonFr = {
  "app.name": "SPASER 365",
  "app.tagline": "Les achats responsables dans les documents et les réunions où ils se décident",
  "home.title": "SPASER 365",
  "home.intro":
    "Trois outils pour mettre en œuvre le schéma de promotion des achats socialement et écologiquement responsables (SPASER) de votre collectivité.",
  "home.word.title": "Complément Word — clauses du référentiel",
  "home.word.body": "Insérer dans le CCAP, le CCTP ou le RC des clauses validées, traçables et vérifiables.",
  "home.excel.title": "Complément Excel — grille d'analyse des offres",
  "home.excel.body": "Vérifier les pondérations au regard du SPASER, noter les prix, classer les offres.",
  "home.teams.title": "Application Teams — comités achats",
  "home.teams.body":
    "Ordre du jour des comités, cotation des dossiers, décisions, relevé de décisions et indicateurs.",
  "home.open": "Ouvrir",
  "home.standaloneNote":
    "Ouverts ici, dans un simple navigateur, les outils fonctionnent en mode autonome sur les données intégrées.",
  "standalone.title": "Mode autonome",
  "standalone.body":
    "Vous utilisez {app} hors de {host}. Fonctionnent ici : {available}. Nécessitent {host} : {hostOnly}.",
  "state.loading": "Chargement…",
  "state.empty": "Rien à afficher pour l'instant.",
  "state.error": "Une erreur est survenue",
  "action.retry": "Réessayer",
  "action.close": "Fermer",
  "policy.active": "SPASER appliqué",
} as const;

export const commonErrorsFr = {
  UNKNOWN: "Erreur inattendue : {detail}",
  PARSE_NUMBER: "« {value} » n'est pas un nombre lisible.",
  PARSE_PERCENT: "« {value} » n'est pas un pourcentage lisible (exemples : 15 %, 0,15, 15).",
  PARSE_AMOUNT: "« {value} » n'est pas un montant lisible (exemple : 1 234,56 € HT).",
  PARSE_DATE: "« {value} » n'est pas une date lisible (exemple : 25/11/2026).",
  PARSE_EMPTY: "La valeur est vide.",
} as const;
