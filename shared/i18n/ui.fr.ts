// Texts of the platform wiring of the apps (shared/ui/platform): account button, référentiel badge,
// where the agenda is stored.
export const uiFr = {
  "platform.account.notConfigured": "Non configuré",
  "platform.account.notConfiguredHint":
    "Aucune connexion Microsoft 365 n'est configurée pour cette version : l'outil fonctionne sans compte, sur les données intégrées, et garde vos données dans ce navigateur.",
  "platform.account.signInHint":
    "Se connecter avec votre compte Microsoft 365 pour utiliser le référentiel publié et les listes SharePoint de votre collectivité.",
  "platform.account.signingIn": "Connexion…",
  "platform.account.signedOutToast": "Vous êtes déconnecté",
  "platform.account.signedInToast": "Connecté : {name}",
  "platform.account.failed": "Connexion impossible",
  "platform.referentiel.badge": "Référentiel",
  "platform.agenda.browser": "Enregistré dans ce navigateur (IndexedDB), visible de vous seul",
  "platform.agenda.memory": "Enregistré en mémoire seulement : perdu à la fermeture de l'onglet",
  "platform.agenda.sharepoint": "Enregistré dans les listes SharePoint du site {site}",
  "platform.agenda.notProvisionedTitle": "Listes SharePoint à créer",
  "platform.agenda.provision": "Créer les listes",
  "platform.agenda.provisioned": "Listes SharePoint créées",
  "platform.agenda.provisionFailed": "Création des listes impossible",
  "platform.cli.bundleWritten":
    "Référentiel écrit dans {file} : {segments} segments, {legalTexts} textes, {clauses} clauses.",
  "platform.cli.published": "Référentiel publié sur {site} : {path}{url}",
  "platform.cli.dryRun": "Simulation (--dry-run) : rien n'est envoyé. Requêtes qui seraient envoyées :",
} as const;

export const uiErrorsFr = {
  REFERENTIEL_BUNDLE_INVALID:
    "Le référentiel à publier contient {count} problème(s) : {problems}. Corrigez-les (« npx spaser referentiel check ») avant de publier.",
  REFERENTIEL_TOKEN_MISSING:
    "Variable d'environnement « {variable} » vide : mettez-y un jeton Microsoft Graph autorisé à écrire sur le site, ou ajoutez --dry-run pour voir la requête sans l'envoyer.",
} as const;
