// Texts of the SharePoint lists storage of the comité agenda (shared/storage/sharepoint-lists) and of
// `spaser lists`.
export const listsFr = {
  "lists.label": "Listes SharePoint du site {site}",
  "lists.provision.created": "Liste « {list} » créée ({columns} colonnes).",
  "lists.provision.columnsAdded": "Liste « {list} » : colonne(s) ajoutée(s) : {columns}.",
  "lists.provision.upToDate": "Liste « {list} » déjà à jour.",
  "lists.provision.done":
    "Listes SPASER prêtes sur {site} : {created} créée(s), {added} colonne(s) ajoutée(s).",
  "lists.provision.dryRun":
    "Simulation : voici les requêtes Microsoft Graph envoyées sur un site vide (aucune n'est envoyée).",
  "lists.cli.usage":
    "Usage : spaser lists provision --site <hôte:/sites/chemin> (--token-env <VARIABLE> | --print)",
} as const;

export const listsErrorsFr = {
  LISTS_ITEM_INVALID:
    "L'élément {item} de la liste SharePoint « {list} » est illisible ({detail}) : corrigez-le dans SharePoint ou restaurez une version précédente.",
  LISTS_TEXT_TOO_LONG:
    "« {column} » dépasse {max} caractères ({length}) : la colonne de la liste SharePoint « {list} » ne peut pas l'enregistrer. Raccourcissez le texte.",
  LISTS_TOKEN_MISSING:
    "Variable d'environnement « {variable} » vide : mettez-y un jeton Microsoft Graph (Sites.Manage.All), ou utilisez --print pour une simulation.",
  LISTS_NOT_PROVISIONED:
    "Les listes SPASER n'existent pas encore sur le site SharePoint {site} : lancez la première configuration (« spaser lists provision ») avec un compte autorisé à créer des listes.",
  LISTS_SITE_INVALID:
    "Site SharePoint « {site} » non reconnu : attendu hôte.sharepoint.com:/sites/nom (ex. contoso.sharepoint.com:/sites/achats).",
} as const;
