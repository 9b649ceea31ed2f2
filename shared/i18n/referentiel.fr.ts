// Texts of the référentiel (shared/referentiel): labels of its vocabularies, the loader's problem
// reasons (read by the référentiel team when `spaser referentiel check` fails) and the CLI.
export const referentielFr = {
  "referentiel.pillar.environnemental": "Environnemental",
  "referentiel.pillar.social": "Social",
  "referentiel.pillar.economique": "Économique",

  "referentiel.lever.specification-technique": "Spécification technique",
  "referentiel.lever.condition-execution": "Condition d'exécution",
  "referentiel.lever.critere-attribution": "Critère d'attribution",
  "referentiel.lever.marche-reserve": "Marché réservé",
  "referentiel.lever.clause-administrative-financiere": "Clause administrative et financière",
  "referentiel.lever.variante": "Variante",
  "referentiel.lever.modalite-procedure": "Modalité de procédure",

  "referentiel.docType.ccap": "CCAP",
  "referentiel.docType.cctp": "CCTP",
  "referentiel.docType.rc": "Règlement de la consultation",
  "referentiel.docType.ae": "Acte d'engagement",
  "referentiel.docType.bpu-dpgf": "BPU / DPGF",

  "referentiel.status.brouillon": "Brouillon",
  "referentiel.status.validee": "Validée",
  "referentiel.status.retiree": "Retirée",

  "referentiel.versionStatus.a-jour": "À jour",
  "referentiel.versionStatus.version-depassee": "Version dépassée",
  "referentiel.versionStatus.retiree": "Clause retirée",
  "referentiel.versionStatus.inconnue": "Clause inconnue du référentiel",

  "referentiel.segment.transverse": "Tous segments (transverse)",

  "referentiel.policyDefault.sme-advance-percent": "taux d'avance aux PME du SPASER appliqué",
  "referentiel.policyDefault.environmental-min-percent":
    "pondération environnementale minimale du SPASER appliqué",
  "referentiel.policyDefault.insertion-study-threshold":
    "seuil d'étude de la clause d'insertion du SPASER appliqué",

  // Loader problems: « fichier › chemin : raison ». The reason says what is wrong and what to do.
  "referentiel.problem.json": "JSON illisible : {detail}",
  "referentiel.problem.fileKind":
    "fichier non reconnu : attendu segments.json, legal/*.json ou clauses/*.json (clé « segments », « legalTexts » ou « clauses »)",
  "referentiel.problem.missingFile": "fichier manquant : {expected}",
  "referentiel.problem.clauseContext": "clause « {id} » v{version} : {reason}",
  "referentiel.problem.required": "champ obligatoire manquant",
  "referentiel.problem.type": "type attendu : {expected}",
  "referentiel.problem.value": "valeur non admise « {value} » (valeurs admises : {allowed})",
  "referentiel.problem.unknownKeys": "champ(s) inconnu(s) : {keys}",
  "referentiel.problem.union": "forme non reconnue",
  "referentiel.problem.duplicateClause":
    "la clause « {id} » version {version} est déjà définie ({where}) : changez l'identifiant ou le numéro de version",
  "referentiel.problem.duplicateLegal":
    "le texte juridique « {id} » est déjà défini ({where}) : gardez une seule entrée",
  "referentiel.problem.duplicateSegment":
    "le segment « {id} » est déjà défini ({where}) : gardez une seule entrée",
  "referentiel.problem.articleNotInLegalBases":
    "l'article {article} est cité dans le texte mais ne figure pas dans « legalBases » : ajoutez sa référence",
  "referentiel.problem.unknownLegal":
    "référence juridique inconnue « {id} » : ajoutez-la à la table legal/*.json ou corrigez l'identifiant{suggestion}",
  "referentiel.problem.unknownSegment":
    "segment inconnu « {id} » : segments admis : {known}, ou « transverse »{suggestion}",
  "referentiel.problem.suggestion": " (vouliez-vous dire « {id} » ?)",
  "referentiel.problem.undeclaredPlaceholder":
    "le champ {{{name}}} est utilisé dans le texte mais n'est pas déclaré dans « placeholders »",
  "referentiel.problem.unusedPlaceholder":
    "le champ « {name} » est déclaré dans « placeholders » mais n'apparaît pas dans le texte ({{{name}}})",
  "referentiel.problem.duplicatePlaceholder": "le champ « {name} » est déclaré deux fois",
  "referentiel.problem.choiceDefault":
    "la valeur par défaut « {value} » ne fait pas partie des choix ({options})",
  "referentiel.problem.defaultBelowMin": "la valeur par défaut {value} est inférieure au minimum {min}",
  "referentiel.problem.defaultAboveMax": "la valeur par défaut {value} est supérieure au maximum {max}",
  "referentiel.problem.minAboveMax": "le minimum {min} est supérieur au maximum {max}",
  "referentiel.problem.validatedWithout":
    "une clause validée indique qui l'a validée et quand : renseignez {missing}",
  "referentiel.problem.insertableNotValidated":
    "une clause au statut « {status} » ne peut pas être insérable : retirez « insertable » ou faites valider la clause",
  "referentiel.problem.retiredWithoutReason":
    "une clause retirée indique pourquoi : renseignez « retiredReason » (affiché dans les audits)",
  "referentiel.problem.supersedesNotLower":
    "« supersedes » ({supersedes}) doit désigner une version antérieure à la version {version}",
  "referentiel.problem.supersedesMissing":
    "« supersedes » désigne la version {supersedes} de « {id} », qui n'existe pas (versions connues : {known})",
  "referentiel.problem.markup.unclosedPlaceholder": "« {{ » sans « }} » correspondant",
  "referentiel.problem.markup.strayClose": "« }} » sans « {{ » correspondant",
  "referentiel.problem.markup.badName":
    "nom de champ invalide « {name} » entre {{ }} : attendu en camelCase (ex. heuresInsertion)",
  "referentiel.problem.markup.unclosedBold": "« ** » (gras) ouvert sans être refermé",
  "referentiel.problem.markup.unclosedItalic": "« * » (italique) ouvert sans être refermé",
  "referentiel.problem.markup.nested": "gras et italique imbriqués ne sont pas pris en charge",
  "referentiel.problem.markup.empty": "mise en forme vide (« ** ** » ou « * * »)",

  "referentiel.check.ok":
    "Référentiel valide : {segments} segments, {legal} textes juridiques, {clauses} clauses ({validated} validées, {ids} identifiants).",
  "referentiel.check.failed":
    "{count} problème(s) dans le référentiel ({source}). Corrigez-les puis relancez la vérification.",
  "referentiel.check.embedded": "référentiel intégré",
  "referentiel.list.title": "{count} clause(s)",
  "referentiel.list.empty": "Aucune clause ne correspond à ces filtres.",
  "referentiel.show.version": "Version {version} — {status}",
  "referentiel.show.validated": "Validée par {by} le {on}",
  "referentiel.show.supersedes": "Remplace la version {version}",
  "referentiel.show.retired": "Retirée : {reason}",
  "referentiel.show.segments": "Segments : {segments}",
  "referentiel.show.documents": "Documents : {documents}",
  "referentiel.show.placeholders": "Champs à compléter :",
  "referentiel.show.legal": "Bases juridiques :",
  "referentiel.show.whenToUse": "Quand l'utiliser : {text}",
  "referentiel.show.pitfalls": "Points de vigilance : {text}",
  "referentiel.show.executionCheck": "Contrôle de l'exécution : {text}",
  "referentiel.show.otherVersions": "Autres versions : {versions}",
} as const;

export const referentielErrorsFr = {
  REFERENTIEL_INVALID:
    "Le référentiel intégré contient {count} problème(s) ; lancez « npx spaser referentiel check » pour la liste complète. {problems}",
  REFERENTIEL_CLAUSE_UNKNOWN: "Clause inconnue du référentiel : « {id} ».{suggestion}",
  REFERENTIEL_VERSION_UNKNOWN:
    "La clause « {id} » n'a pas de version {version} (versions connues : {known}).",
  REFERENTIEL_FILTER_UNKNOWN: "Valeur inconnue pour --{filter} : « {value} ». Valeurs admises : {known}.",
  REFERENTIEL_FOLDER_UNREADABLE: "Dossier de référentiel illisible : « {path} » ({detail}).",
} as const;
