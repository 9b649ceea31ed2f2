// The analysis grid (grille d'analyse des offres) in two shapes: `Raw*` holds the cells as the analyst
// typed them, each with the cell it came from; the parsed `Grid` holds numbers the engine can trust.
import type { IsoDate } from "../text";

/** Where a value lives in the workbook, so a violation can name (and the add-in select) its cells. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

export type RawValue = string | number | boolean | null | undefined;

/** One value as typed: « 15 % », « 0,15 », 15, « quinze » or nothing. */
export interface RawCell {
  readonly value: RawValue;
  readonly ref?: CellRef;
}

export const criterionCategories = [
  "prix",
  "cout-cycle-de-vie",
  "valeur-technique",
  "environnemental",
  "social",
  "delai",
  "autre",
] as const;
export type CriterionCategory = (typeof criterionCategories)[number];

/** Categories whose mark is computed from the offer's price or cost rather than typed by the analyst. */
export const PRICE_CATEGORIES: ReadonlySet<CriterionCategory> = new Set(["prix", "cout-cycle-de-vie"]);

export const offerStatuses = ["reguliere", "irreguliere", "inacceptable", "inappropriee", "ecartee"] as const;
export type OfferStatus = (typeof offerStatuses)[number];

export const priceMethods = ["proportional", "linear"] as const;
export type PriceMethod = (typeof priceMethods)[number];

export interface RawConsultation {
  readonly title: string;
  /** The consultation's launch date (ISO or French): the price-only rule keys on it, never on today. */
  readonly launchDate?: RawCell;
  readonly procedure?: string;
  readonly policyId?: string;
  readonly family?: string;
  /** The final mark's maximum (« note finale sur »), e.g. 100 or 20. */
  readonly scale?: RawCell;
  readonly priceMethod?: RawCell;
}

export interface RawCriterion {
  readonly code: string;
  /** Code of the parent criterion; absent for a top-level criterion. */
  readonly parent?: string;
  readonly label: string;
  readonly category: RawCell;
  /** Percentage points of the final mark; a sub-criterion's weights add up to its parent's. */
  readonly weight: RawCell;
  /** The maximum mark of this criterion (barème). */
  readonly scale: RawCell;
  readonly row?: CellRef;
}

export interface RawOffer {
  readonly lot: string;
  readonly candidate: RawCell;
  readonly status: RawCell;
  /** Price or cost compared on one basis (HT, or TTC at one rate) across the lot. */
  readonly price: RawCell;
  /** Marks keyed by leaf criterion code; price-scored criteria are computed, not read. */
  readonly marks: Readonly<Record<string, RawCell>>;
  /** Mark on the policy's tie-break question (Clermont: anti-discrimination measures). */
  readonly tieBreak?: RawCell;
}

export interface RawLot {
  readonly id: string;
  readonly label?: string;
}

export interface RawGrid {
  readonly consultation: RawConsultation;
  readonly lots: readonly RawLot[];
  readonly criteria: readonly RawCriterion[];
  readonly offers: readonly RawOffer[];
}

// ---- Parsed grid -------------------------------------------------------------------------------

export interface Consultation {
  readonly title: string;
  readonly launchDate?: IsoDate;
  readonly procedure?: string;
  readonly policyId?: string;
  readonly family?: string;
  readonly scale: number;
  readonly priceMethod: PriceMethod;
}

export interface Criterion {
  readonly code: string;
  readonly parent?: string;
  readonly label: string;
  readonly category?: CriterionCategory;
  /** Undefined when the cell could not be read (a violation says why). */
  readonly weight?: number;
  readonly scale?: number;
  readonly cells: { readonly weight?: CellRef; readonly scale?: CellRef; readonly category?: CellRef };
}

export interface Offer {
  /** Position in `RawGrid.offers`, stable across the engine's steps. */
  readonly index: number;
  readonly lot: string;
  readonly candidate: string;
  readonly status?: OfferStatus;
  readonly price?: number;
  readonly marks: ReadonlyMap<string, number>;
  readonly tieBreak?: number;
  /** Fields typed but unreadable (already reported): "price", "tieBreak" or a criterion code. */
  readonly unreadable: ReadonlySet<string>;
  readonly cells: {
    readonly candidate?: CellRef;
    readonly status?: CellRef;
    readonly price?: CellRef;
    readonly tieBreak?: CellRef;
    readonly marks: ReadonlyMap<string, CellRef>;
  };
}

export interface Grid {
  readonly consultation: Consultation;
  readonly lots: readonly RawLot[];
  readonly criteria: readonly Criterion[];
  readonly offers: readonly Offer[];
}

// ---- Findings ----------------------------------------------------------------------------------

export const gridRuleIds = [
  "GRID_NOT_A_NUMBER",
  "GRID_VALUE_MISSING",
  "GRID_CATEGORY_UNKNOWN",
  "GRID_STATUS_UNKNOWN",
  "GRID_PRICE_METHOD_UNKNOWN",
  "GRID_LAUNCH_DATE_MISSING",
  "GRID_CRITERION_DUPLICATE",
  "GRID_PARENT_UNKNOWN",
  "GRID_SCALE_NOT_POSITIVE",
  "GRID_WEIGHT_OUT_OF_RANGE",
  "GRID_WEIGHT_SUM",
  "GRID_SUBWEIGHT_SUM",
  "GRID_ENV_WEIGHT_MIN",
  "GRID_ENV_WEIGHT_RANGE",
  "GRID_FAMILY_UNKNOWN",
  "GRID_NO_ENV_CRITERION",
  "GRID_PRICE_ONLY",
  "GRID_NO_PRICE_CRITERION",
  "GRID_MARK_OUT_OF_SCALE",
  "GRID_MARK_MISSING",
  "GRID_PRICE_MISSING",
  "GRID_PRICE_NOT_POSITIVE",
  "GRID_DUPLICATE_CANDIDATE",
  "GRID_ABNORMALLY_LOW",
  "GRID_TIE_UNRESOLVED",
  "GRID_NUMBER_AS_TEXT",
] as const;
export type GridRuleId = (typeof gridRuleIds)[number];

export type Severity = "bloquant" | "alerte";

export interface Violation {
  readonly rule: GridRuleId;
  readonly severity: Severity;
  /** French, self-contained, ends with its source (policy preset and seed section, or the law). */
  readonly message: string;
  readonly source: string;
  readonly cells: readonly CellRef[];
  readonly lot?: string;
  readonly candidate?: string;
}
