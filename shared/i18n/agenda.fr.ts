// Texts of the committees' agenda (shared/agenda), the SPASER indicators (shared/indicators), the
// agenda store (shared/storage), the minutes (shared/docx/minutes.ts) and `spaser agenda`.
export const agendaFr = {
  "agenda.segment.batiment": "Bâtiment",
  "agenda.segment.infrastructure-tp": "Infrastructures et travaux publics",
  "agenda.segment.numerique": "Numérique",
  "agenda.segment.restauration": "Restauration",
  "agenda.segment.fournitures-moyens-generaux": "Fournitures et moyens généraux",
  "agenda.segment.prestations-intellectuelles": "Prestations intellectuelles",
  "agenda.segment.vehicules-mobilite": "Véhicules et mobilité",
  "agenda.segment.espaces-verts-biodiversite": "Espaces verts et biodiversité",
  "agenda.segment.nettoyage-hygiene": "Nettoyage et hygiène",
  "agenda.segment.energie": "Énergie",
  "agenda.segment.textile-vetements": "Textile et vêtements",
  "agenda.segment.mobilier": "Mobilier",

  "agenda.procedure.appel-offres-ouvert": "Appel d'offres ouvert",
  "agenda.procedure.appel-offres-restreint": "Appel d'offres restreint",
  "agenda.procedure.procedure-avec-negociation": "Procédure avec négociation",
  "agenda.procedure.dialogue-competitif": "Dialogue compétitif",
  "agenda.procedure.procedure-adaptee": "Procédure adaptée",
  "agenda.procedure.marche-sans-publicite": "Marché sans publicité ni mise en concurrence",
  "agenda.procedure.autre": "Autre procédure",

  "agenda.presence.present": "présent",
  "agenda.presence.represente": "représenté",
  "agenda.presence.excuse": "excusé",
  "agenda.presence.absent": "absent",

  "agenda.outcome.validee": "Validée",
  "agenda.outcome.validee-avec-reserves": "Validée avec réserves",
  "agenda.outcome.a-retravailler": "À retravailler",
  "agenda.outcome.ajournee": "Ajournée",
  "agenda.outcome.non-retenue": "Non retenue",

  "agenda.provision.clause-environnementale": "Clause environnementale (condition d'exécution)",
  "agenda.provision.critere-environnemental": "Critère d'attribution environnemental",
  "agenda.provision.cout-global": "Coût global ou coût du cycle de vie",
  "agenda.provision.economie-circulaire": "Économie circulaire (réemploi, recyclé)",
  "agenda.provision.clause-sociale": "Clause sociale (condition d'exécution)",
  "agenda.provision.clause-insertion": "Clause d'insertion",
  "agenda.provision.critere-social": "Critère d'attribution social",
  "agenda.provision.marche-reserve": "Marché réservé",
  "agenda.provision.mesures-pme": "Mesures en faveur des PME",
  "agenda.provision.hours": "{hours} heures d'insertion prévues",
  "agenda.provision.weight": "{weight} de la note finale",

  "agenda.action.a-faire": "À faire",
  "agenda.action.en-cours": "En cours",
  "agenda.action.fait": "Fait",
  "agenda.action.abandonnee": "Abandonnée",

  "agenda.priority.forte": "Priorité forte",
  "agenda.priority.moyenne": "Priorité moyenne",
  "agenda.priority.faible": "Priorité faible",
  "agenda.cotation.environmental": "Potentiel environnemental",
  "agenda.cotation.social": "Potentiel social",
  "agenda.cotation.economic": "Potentiel économique (PME, ESS, tissu local)",
  "agenda.cotation.amount": "Montant estimé",
  "agenda.cotation.recurrence": "Marché récurrent",
  "agenda.cotation.supplyMaturity": "Maturité de l'offre (sourçage)",
  "agenda.cotation.score": "Cotation du potentiel durable : {score}/{max} — {priority}",
  "agenda.cotation.amountUnknown": "montant non renseigné, compté dans la tranche la plus basse",

  "agenda.timing.afterPublication":
    "« {object} » passe au {committee} le {session}, alors que sa publication est prévue le {publication} : la stratégie d'achat doit être validée avant la publication de la consultation ({source}).",
  "agenda.timing.publicationMissing":
    "« {object} » : date de publication prévue non renseignée, impossible de vérifier qu'il passe au {committee} avant la publication ({source}).",
  "agenda.timing.tooCloseToAward":
    "« {object} » passe au {committee} le {session}, {months} mois avant son attribution prévue le {award} : il devait être présenté au moins {required} mois avant ({source}).",
  "agenda.timing.awardMissing":
    "« {object} » : ni date d'attribution prévue ni fin du marché actuel, impossible de vérifier le délai de présentation au {committee} ({source}).",

  "agenda.dossiersPerYear.none": "{count} dossier(s) examiné(s) en {year} ; le SPASER ne fixe pas de nombre.",
  "agenda.dossiersPerYear.dans-la-cible":
    "{count} dossier(s) examiné(s) en {year} par le {committee}, dans la cible de {min} à {max} ({source}).",
  "agenda.dossiersPerYear.en-dessous":
    "{count} dossier(s) examiné(s) en {year} par le {committee}, sous la cible de {min} à {max} ({source}).",
  "agenda.dossiersPerYear.au-dessus":
    "{count} dossier(s) examiné(s) en {year} par le {committee}, au-dessus de la cible de {min} à {max} ({source}).",
  "agenda.decision.conditionsRequired":
    "Une décision « {outcome} » doit préciser au moins une condition (ce qui est attendu du service).",
  "agenda.decision.provisionsOnRejected":
    "Un dossier non retenu ne porte pas de dispositions décidées : retirez-les ou changez la décision.",

  "agenda.quorum.atteint":
    "Quorum atteint ({present} membres présents ou représentés sur {members}, {required} requis)",
  "agenda.quorum.non-atteint":
    "Quorum non atteint ({present} membres présents ou représentés sur {members}, {required} requis)",
  "agenda.quorum.non-requis": "Aucun quorum fixé par le SPASER ({present} membres présents sur {members})",
  "agenda.quorum.non-verifiable": "Quorum « {text} » à vérifier ({present} membres présents sur {members})",

  "minutes.title": "Relevé de décisions",
  "minutes.committee": "{committee}",
  "minutes.sessionOf": "Séance du {date}",
  "minutes.time": "à {time}",
  "minutes.place": "Lieu : {place}",
  "minutes.teams": "Réunion Teams : {url}",
  "minutes.attendees": "Participants",
  "minutes.present": "Présents",
  "minutes.excused": "Excusés",
  "minutes.absent": "Absents",
  "minutes.none": "aucun",
  "minutes.agenda": "Dossiers examinés",
  "minutes.dossierHeading": "{index}. {object}",
  "minutes.dossierFacts": "{direction} — {segment} — {procedure} — {amount}",
  "minutes.amountUnknown": "montant non renseigné",
  "minutes.slot": "Créneau : {start} – {end}",
  "minutes.presenter": "Présenté par : {presenter}",
  "minutes.dates":
    "Publication prévue : {publication} ; attribution prévue : {award} ; fin du marché actuel : {end}",
  "minutes.notSet": "non renseignée",
  "minutes.flags": "Dossier ciblé : {targeted} ; marché récurrent : {recurring}",
  "minutes.yes": "oui",
  "minutes.no": "non",
  "minutes.levers": "Leviers proposés : {levers}",
  "minutes.cotationNone": "Cotation du potentiel durable : non réalisée",
  "minutes.decision": "Décision : {outcome}",
  "minutes.noDecision": "Décision : aucune décision enregistrée",
  "minutes.conditions": "Conditions",
  "minutes.provisions": "Dispositions décidées",
  "minutes.actions": "Actions",
  "minutes.actionLine": "{label} — {owner}, échéance le {due} ({status})",
  "minutes.timingAlerts": "Points d'attention",
  "minutes.generalActions": "Actions de la séance (hors dossier)",
  "minutes.carriedOver": "Suivi des actions des séances précédentes",
  "minutes.carriedOverNone": "Aucune action en cours issue des séances précédentes.",
  "minutes.note": "Observations : {note}",

  "indicator.env-consideration-share.label": "Marchés comprenant au moins une considération environnementale",
  "indicator.env-consideration-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit au moins une disposition environnementale : clause environnementale, critère environnemental, coût global ou économie circulaire.",
  "indicator.env-criterion-share.label": "Marchés comprenant un critère d'attribution environnemental",
  "indicator.env-criterion-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit un critère d'attribution environnemental.",
  "indicator.env-clause-share.label": "Marchés comprenant une clause environnementale",
  "indicator.env-clause-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit une clause environnementale (condition d'exécution).",
  "indicator.global-cost-share.label": "Marchés attribués en coût global",
  "indicator.global-cost-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit une analyse en coût global ou en coût du cycle de vie.",
  "indicator.social-consideration-share.label": "Marchés comprenant au moins une considération sociale",
  "indicator.social-consideration-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit au moins une disposition sociale : clause sociale, clause d'insertion, critère social ou marché réservé.",
  "indicator.social-clause-share.label": "Marchés comprenant une clause sociale",
  "indicator.social-clause-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit une clause sociale ou une clause d'insertion.",
  "indicator.insertion-clause-share.label": "Marchés comprenant une clause d'insertion",
  "indicator.insertion-clause-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit une clause d'insertion.",
  "indicator.insertion-hours.label": "Heures d'insertion prévues",
  "indicator.insertion-hours.definition":
    "Somme des heures d'insertion prévues par les clauses d'insertion décidées sur les dossiers de l'année (heures prévues, non réalisées).",
  "indicator.reserved-contracts-count.label": "Marchés réservés",
  "indicator.reserved-contracts-count.definition":
    "Nombre de dossiers de l'année dont la décision prévoit un marché réservé (EA/ESAT, SIAE, ESS).",
  "indicator.circular-economy-share.label": "Marchés intégrant l'économie circulaire",
  "indicator.circular-economy-share.definition":
    "Part des dossiers arbitrés dont la décision prévoit une disposition d'économie circulaire (réemploi, réutilisation, matières recyclées).",
  "indicator.sme-holder-share.label": "Marchés attribués à des PME",
  "indicator.sme-holder-share.definition":
    "Part des marchés notifiés dont le titulaire est une PME, parmi les dossiers où le titulaire a été renseigné.",
  "indicator.unsuccessful-share.label": "Procédures infructueuses",
  "indicator.unsuccessful-share.definition":
    "Part des procédures déclarées infructueuses, parmi les dossiers où l'issue de la consultation a été renseignée.",
  "indicator.numerator.decided": "dossiers dont la décision prévoit la disposition",
  "indicator.denominator.settled":
    "dossiers arbitrés de l'année (validés, validés avec réserves, non retenus)",
  "indicator.numerator.sme": "marchés attribués à une PME",
  "indicator.denominator.sme": "marchés dont le titulaire est renseigné",
  "indicator.numerator.unsuccessful": "procédures infructueuses",
  "indicator.denominator.unsuccessful": "dossiers dont l'issue est renseignée",
  "indicator.numerator.hours": "heures prévues par les clauses d'insertion décidées",
  "indicator.numerator.reserved": "dossiers avec un marché réservé",
  "indicator.scope.formalised": "procédures formalisées",
  "indicator.scope.targeted": "dossiers ciblés",
  "indicator.scope.segments": "segment {segments}",
  "indicator.scope.natures": "marchés de {natures}",
  "indicators.scope": "Périmètre : {scope}",
  "indicators.definition": "Calcul : {definition}",
  "indicator.reason.notFromDossiers":
    "se mesure sur les données d'achat ou d'exécution (parc, denrées, matériels), pas sur les dossiers vus en comité",
  "indicator.reason.noDossier": "aucun dossier arbitré dans le périmètre pour {year}",
  "indicator.reason.notRecorded": "l'information n'est renseignée sur aucun dossier de {year}",
  "indicator.label.generic": "Indicateur {id}",
  "indicator.status.atteint": "atteint",
  "indicator.status.en-retard": "en retard",
  "indicator.status.non-mesurable": "non mesurable",
  "indicator.status.sans-objectif": "sans objectif pour l'année",
  "indicators.title": "Indicateurs SPASER {year} — {policy}",
  "indicators.population":
    "{settled} dossier(s) arbitré(s) en {year} ({pending} en attente d'une nouvelle décision, non comptés)",
  "indicators.line": "{label} : {value}{ratio} — {goal}",
  "indicators.ratio": " ({numerator}/{denominator})",
  "indicators.goal": "objectif {target} — {status}",
  "indicators.notMeasurable": "{label} : non mesurable — {reason}",

  "storage.state.pending": "En attente d'enregistrement",
  "storage.state.saved": "Enregistré",
  "storage.state.conflict": "Conflit : modifié par quelqu'un d'autre",
  "storage.state.failed": "Échec de l'enregistrement, nouvel essai prévu",
} as const;

export const agendaErrorsFr = {
  AGENDA_MOVE_OUT_OF_RANGE:
    "Impossible de déplacer le point {from} vers la position {to} : l'ordre du jour compte {count} point(s).",
  AGENDA_COMMITTEE_UNKNOWN:
    "Comité « {id} » inconnu dans le préréglage « {policy} ». Comités disponibles : {known}.",
  AGENDA_EXPORT_INVALID: "Export de séance « {file} » invalide — {problems}",
  AGENDA_DOSSIERS_INVALID: "Fichier de dossiers « {file} » invalide — {problems}",
  STORAGE_CONFLICT:
    "« {label} » a été modifié par quelqu'un d'autre pendant votre saisie : comparez les deux versions et choisissez celle à garder (aucune n'est perdue).",
  STORAGE_NOT_FOUND: "Enregistrement introuvable : {kind} « {id} ». Il a peut-être été supprimé ; rechargez.",
  STORAGE_UNAVAILABLE:
    "Le stockage local est indisponible ({detail}) : vos saisies restent en attente et seront réessayées.",
} as const;
