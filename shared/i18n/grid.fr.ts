// Texts of the analysis-grid engine (shared/grid), its workbook (shared/xlsx) and `spaser grid`.
export const gridFr = {
  // Rule messages: each is followed by « (source : …) » when the violation is built.
  "grid.rule.GRID_NOT_A_NUMBER":
    "{what} : « {value} » n'est pas un nombre lisible ; saisissez un nombre (ex. {example}).",
  "grid.rule.GRID_VALUE_MISSING": "{what} : la cellule est vide ; saisissez une valeur.",
  "grid.rule.GRID_CATEGORY_UNKNOWN":
    "Critère {code} : catégorie « {value} » inconnue ; choisissez parmi : {known}.",
  "grid.rule.GRID_STATUS_UNKNOWN":
    "Offre de {candidate} (lot {lot}) : statut « {value} » inconnu ; choisissez parmi : {known}. L'offre n'est pas classée.",
  "grid.rule.GRID_PRICE_METHOD_UNKNOWN":
    "Méthode de notation du prix « {value} » inconnue ; choisissez « proportionnelle » ou « linéaire ». La méthode proportionnelle est appliquée.",
  "grid.rule.GRID_LAUNCH_DATE_MISSING":
    "Date de lancement de la consultation absente ou illisible : les règles en vigueur pour les consultations lancées à compter du 21 août 2026 sont appliquées.",
  "grid.rule.GRID_CRITERION_DUPLICATE":
    "Le code de critère « {code} » est utilisé deux fois ; chaque critère a son propre code.",
  "grid.rule.GRID_PARENT_UNKNOWN": "Critère {code} : le critère parent « {parent} » n'existe pas.",
  "grid.rule.GRID_SCALE_NOT_POSITIVE":
    "Critère {code} : le barème ({value}) doit être un nombre strictement positif.",
  "grid.rule.GRID_WEIGHT_OUT_OF_RANGE":
    "Critère {code} : la pondération {value} doit être comprise entre 0 % et 100 %.",
  "grid.rule.GRID_WEIGHT_SUM":
    "Les pondérations des critères principaux totalisent {sum} au lieu de 100 % ; corrigez-les.",
  "grid.rule.GRID_SUBWEIGHT_SUM":
    "Les sous-critères de {code} totalisent {sum} alors que {code} pèse {expected} ; leurs pondérations doivent égaler celle du critère parent.",
  "grid.rule.GRID_ENV_WEIGHT_MIN":
    "Le critère environnemental pèse {actual} de la note finale ; le SPASER appliqué exige au moins {min}.",
  "grid.rule.GRID_ENV_WEIGHT_RANGE":
    "Le critère environnemental pèse {actual} de la note finale ; pour la famille « {family} », le SPASER appliqué le fixe entre {min} et {max}.",
  "grid.rule.GRID_FAMILY_UNKNOWN":
    "Famille d'achat {family} non reconnue par le préréglage « {policy} » : la fourchette la plus large ({min} à {max}) est appliquée. Choisissez la famille pour un contrôle exact.",
  "grid.rule.GRID_NO_ENV_CRITERION":
    "Aucun critère ne prend en compte les caractéristiques environnementales des offres ; ajoutez un critère de catégorie « environnemental » (ou un coût du cycle de vie).",
  "grid.rule.GRID_PRICE_ONLY":
    "Le prix est le seul critère d'attribution : ce n'est plus possible pour une consultation lancée à compter du 21 août 2026, sauf critère unique du coût déterminé selon une approche globale (coût du cycle de vie) intégrant les caractéristiques environnementales.",
  "grid.rule.GRID_NO_PRICE_CRITERION":
    "Aucun critère de prix ou de coût : l'attribution repose sur plusieurs critères dont le prix ou le coût ; ajoutez-en un.",
  "grid.rule.GRID_MARK_OUT_OF_SCALE":
    "Offre de {candidate} (lot {lot}), critère {code} : la note {value} sort du barème (0 à {max}). L'offre n'est pas classée.",
  "grid.rule.GRID_MARK_MISSING":
    "Offre régulière de {candidate} (lot {lot}) non notée sur le critère {code}. Toute offre régulière est notée sur chaque critère ; l'offre n'est pas classée.",
  "grid.rule.GRID_PRICE_MISSING":
    "Offre régulière de {candidate} (lot {lot}) sans prix : saisissez son prix ou son coût. L'offre n'est pas classée.",
  "grid.rule.GRID_PRICE_NOT_POSITIVE":
    "Offre de {candidate} (lot {lot}) : le prix {value} doit être strictement positif. L'offre n'est pas notée sur le prix ni classée.",
  "grid.rule.GRID_DUPLICATE_CANDIDATE":
    "Lot {lot} : {candidate} apparaît {count} fois. Supprimez le doublon ou distinguez la variante (ex. « {candidate} — variante »).",
  "grid.rule.GRID_ABNORMALLY_LOW":
    "Lot {lot} : l'offre de {candidate} ({price}) est inférieure de {gap} à la moyenne des autres offres régulières ({mean}) ; seuil de détection : {threshold} de cette moyenne. Offre potentiellement anormalement basse, à examiner : l'acheteur doit demander des précisions et justifications avant toute décision, l'écart de prix seul ne prouvant rien.",
  "grid.rule.GRID_TIE_UNRESOLVED": "Lot {lot} : {candidates} sont ex æquo au rang {rank} ({total}). {how}",
  "grid.rule.GRID_NUMBER_AS_TEXT":
    "{count} nombre(s) saisi(s) comme texte ({cells}) : SPASER 365 les lit, mais les formules du classeur les ignorent et ses totaux seraient faux. Saisissez-les comme nombres (sans « % » ni « € » dans ces colonnes).",
  "grid.tie.noRule":
    "Le SPASER appliqué ne prévoit pas de critère de départage : appliquez la règle annoncée dans le règlement de la consultation.",
  "grid.tie.noMarks":
    "Le critère de départage du SPASER ({label}) ne les sépare pas : saisissez ou vérifiez la note de départage.",

  // Sources of the rules that come from the law (LEGAL.md).
  "grid.source.R2152-7": "Art. R2152-7 CCP (décret n° 2022-767, art. 2)",
  "grid.source.L2152-7": "Art. L2152-7 CCP (loi n° 2021-1104, art. 35)",
  "grid.source.abnormallyLow": "Art. L2152-5, L2152-6 et R2152-3 CCP",
  "grid.source.equalTreatment": "Art. R2152-11 CCP (critères et modalités de mise en œuvre annoncés)",
  "grid.source.grid": "Cohérence de la grille d'analyse",
  "grid.source.label": "source : {source}",

  "grid.status.reguliere": "régulière",
  "grid.status.irreguliere": "irrégulière",
  "grid.status.inacceptable": "inacceptable",
  "grid.status.inappropriee": "inappropriée",
  "grid.status.ecartee": "écartée",
  "grid.category.prix": "prix",
  "grid.category.cout-cycle-de-vie": "coût du cycle de vie",
  "grid.category.valeur-technique": "valeur technique",
  "grid.category.environnemental": "environnemental",
  "grid.category.social": "social",
  "grid.category.delai": "délai",
  "grid.category.autre": "autre",
  "grid.method.proportional": "proportionnelle",
  "grid.method.linear": "linéaire",
  "grid.what.weight": "Pondération du critère {code}",
  "grid.what.scale": "Barème du critère {code}",
  "grid.what.mark": "Note de {candidate} (lot {lot}) sur le critère {code}",
  "grid.what.price": "Prix de {candidate} (lot {lot})",
  "grid.what.tieBreak": "Note de départage de {candidate} (lot {lot})",
  "grid.what.gridScale": "Note finale maximale (paramètres)",

  "grid.report.ok": "Grille conforme : aucune anomalie bloquante.",
  "grid.report.blocking": "{count} anomalie(s) bloquante(s), {alerts} alerte(s).",
  "grid.report.rounding":
    "Calculs en pleine précision ; totaux affichés arrondis à 2 décimales ; rangs établis sur les totaux arrondis à 6 décimales (neutralise les écarts de calcul binaire, identique dans le classeur).",
  "grid.report.ranking": "Classement du lot {lot}",
  "grid.report.unranked": "non classée",
  "grid.cli.usage.new":
    "Usage : npx spaser grid new --policy <id> [--family <id>] [--lots N] [--criteria spec] [--price-method proportional|linear] [--scale N] [--launch-date JJ/MM/AAAA] [--title texte] [--rows N] --out <grille.xlsx>",
  "grid.cli.usage.check":
    "Usage : npx spaser grid check <grille.xlsx> [--policy <id>] [--family <id>] [--json]",
  "grid.cli.written": "Grille écrite : {file} ({lots} lot(s), {criteria} critère(s), préréglage {policy}).",
} as const;

export const gridErrorsFr = {
  GRID_CRITERIA_SPEC:
    "Spécification de critères illisible : « {spec} ». Format attendu : « Prix:prix:40,Valeur technique:valeur-technique:45,Environnement:environnemental:15 ».",
  GRID_WORKBOOK_INVALID: "Classeur de grille illisible : {detail}",
  GRID_WORKBOOK_SHEET_MISSING:
    "Le classeur n'a pas de feuille « {sheet} » : créez la grille avec « npx spaser grid new » ou le bouton « Nouvelle grille ».",
  GRID_WORKBOOK_COLUMN_MISSING:
    "La feuille « {sheet} » n'a pas de colonne « {column} » en ligne 1 : rétablissez l'en-tête.",
  GRID_PRICE_METHOD_INVALID:
    "Méthode de notation du prix inconnue : « {value} » (attendu : proportional ou linear, proportionnelle ou linéaire).",
  GRID_LOTS_INVALID: "Nombre de lots invalide : « {value} » (entier de 1 à 50 attendu).",
} as const;
