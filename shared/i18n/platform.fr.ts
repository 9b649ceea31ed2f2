// Texts of sign-in (shared/auth), Microsoft Graph and SharePoint (shared/graph).
export const platformFr = {
  "auth.signIn": "Se connecter",
  "auth.signOut": "Se déconnecter",
  "auth.signedInAs": "Connecté : {name}",
  "auth.signedOut": "Non connecté",
  "auth.notConfigured":
    "Aucun locataire Microsoft 365 n'est configuré pour cette version : mode autonome sur les données intégrées.",
  "referentiel.source.sharepoint": "Référentiel publié sur SharePoint (version du {date})",
  "referentiel.source.cache":
    "Copie locale du référentiel publié (récupérée le {date}) : SharePoint injoignable",
  "referentiel.source.embedded": "Référentiel intégré à l'application (aucune version publiée disponible)",
} as const;

export const platformErrorsFr = {
  AUTH_NOT_CONFIGURED:
    "La connexion à Microsoft 365 n'est pas configurée (VITE_SPASER_CLIENT_ID absent) : demandez la version configurée pour votre collectivité.",
  AUTH_INTERACTION_REQUIRED:
    "Votre session Microsoft 365 doit être confirmée : cliquez sur « Se connecter ».",
  AUTH_REDIRECTING: "Redirection vers la page de connexion Microsoft…",
  AUTH_CANCELLED: "Connexion annulée. Cliquez sur « Se connecter » pour réessayer.",
  AUTH_FAILED:
    "La connexion à Microsoft 365 a échoué ({detail}). Réessayez ou contactez votre administrateur.",
  GRAPH_UNAUTHORIZED: "Session expirée ou refusée par Microsoft 365 ({request}) : reconnectez-vous.",
  GRAPH_FORBIDDEN:
    "Accès refusé par Microsoft 365 ({request}) : votre compte ou l'application n'a pas le droit sur ce site SharePoint. Demandez l'autorisation à votre administrateur (Sites.Selected).",
  GRAPH_NOT_FOUND:
    "Élément introuvable dans Microsoft 365 ({request}) : vérifiez le site, la liste ou le fichier configurés.",
  GRAPH_CONFLICT: "Conflit dans Microsoft 365 ({request}) : l'élément existe déjà ou est verrouillé.",
  GRAPH_PRECONDITION_FAILED:
    "Quelqu'un d'autre a modifié cet élément entre-temps ({request}) : rechargez-le, puis refaites votre modification.",
  GRAPH_THROTTLED:
    "Microsoft 365 limite temporairement les requêtes ({request}) : réessayez dans {retryAfter} secondes.",
  GRAPH_SERVER:
    "Microsoft 365 est momentanément indisponible (erreur {status}, {request}) : réessayez plus tard.",
  GRAPH_NETWORK: "Microsoft 365 est injoignable ({request}) : vérifiez la connexion réseau.",
  GRAPH_HTTP: "Microsoft 365 a refusé la requête ({request}, erreur {status}) : {detail}",
  GRAPH_BATCH_FAILED_DEPENDENCY:
    "Requête {id} du lot non exécutée : la requête dont elle dépend ({dependsOn}) a échoué.",
  SHAREPOINT_NOT_CONFIGURED:
    "Aucun site SharePoint n'est configuré (VITE_SPASER_SHAREPOINT_SITE) : publication impossible.",
  REFERENTIEL_REMOTE_INVALID:
    "Le référentiel publié sur SharePoint ({path}) est invalide : {detail}. Republiez un référentiel valide.",
} as const;
