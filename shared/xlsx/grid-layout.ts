// The grid workbook's layout: one place for sheet names, headers and rows, shared by the writer, the
// reader and the README. Formulas use plain A1 references with absolute ranges (LibreOffice and every
// Excel recalculate them; structured table references do not survive every tool).
import type { CriterionCategory, OfferStatus } from "../grid";

export const SHEETS = {
  parameters: "Paramètres",
  criteria: "Critères",
  offers: "Offres",
  scores: "Notes",
} as const;

export const TABLES = {
  parameters: "Parametres",
  criteria: "Criteres",
  offers: "Offres",
  scores: "Notes",
} as const;

/** « Paramètres »: label in column A, value in column B, one row each (row numbers are part of the format). */
export const PARAMETER_ROWS = {
  title: 2,
  launchDate: 3,
  procedure: 4,
  policyId: 5,
  family: 6,
  scale: 7,
  priceMethod: 8,
  lots: 9,
} as const;

export const PARAMETER_LABELS: Record<keyof typeof PARAMETER_ROWS, string> = {
  title: "Intitulé de la consultation",
  launchDate: "Date de lancement (JJ/MM/AAAA)",
  procedure: "Procédure",
  policyId: "Préréglage SPASER",
  family: "Famille d'achat",
  scale: "Note finale sur",
  priceMethod: "Méthode de notation du prix",
  lots: "Nombre de lots",
};

/** « Critères » columns (table Criteres). G is computed: the weight in points whatever the cell format. */
export const CRITERIA_COLUMNS = {
  code: "A",
  parent: "B",
  label: "C",
  category: "D",
  weight: "E",
  scale: "F",
  points: "G",
} as const;
export const CRITERIA_HEADERS = [
  "Code",
  "Parent",
  "Libellé",
  "Catégorie",
  "Pondération (%)",
  "Barème",
  "Poids (points)",
];

/** « Offres » fixed columns (table Offres); the marks of the non-price leaf criteria follow. */
export const OFFER_COLUMNS = { lot: "A", candidate: "B", status: "C", price: "D" } as const;
export const OFFER_HEADERS = {
  lot: "Lot",
  candidate: "Candidat",
  status: "Statut",
  price: "Prix (€ HT)",
  tieBreak: "Départage",
};
/** A mark column is headed « <code> — <libellé> »; the reader keys it on the code. */
export const MARK_HEADER_SEPARATOR = " — ";

export const CATEGORY_CHOICES: Record<CriterionCategory, string> = {
  prix: "prix",
  "cout-cycle-de-vie": "coût du cycle de vie",
  "valeur-technique": "valeur technique",
  environnemental: "environnemental",
  social: "social",
  delai: "délai",
  autre: "autre",
};
export const STATUS_CHOICES: Record<OfferStatus, string> = {
  reguliere: "régulière",
  irreguliere: "irrégulière",
  inacceptable: "inacceptable",
  inappropriee: "inappropriée",
  ecartee: "écartée",
};
export const METHOD_CHOICES = { proportional: "proportionnelle", linear: "linéaire" } as const;

/** Excel column letters of a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet reference for a formula: always quoted, quotes doubled (« 'Critères'!$G$3 »). */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}
