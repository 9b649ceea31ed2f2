// Raw cells → numbers, once, at the edge (STYLE.md). Every value the analyst typed is read with the
// French parsers of shared/text; what cannot be read becomes a violation naming its cell, never a crash.
import { t } from "../i18n";
import {
  normalizeFrench,
  parseFrenchAmount,
  parseFrenchDate,
  parseFrenchNumber,
  parseFrenchPercent,
} from "../text";
import type { ParseResult } from "../text";
import {
  criterionCategories,
  offerStatuses,
  type CellRef,
  type Consultation,
  type Criterion,
  type CriterionCategory,
  type Grid,
  type Offer,
  type OfferStatus,
  type PriceMethod,
  type RawCell,
  type RawGrid,
  type RawValue,
  type Violation,
} from "./model";
import { violation } from "./violation";

export interface ParsedGrid {
  readonly grid: Grid;
  readonly violations: readonly Violation[];
  /** Cells holding a number typed as text (« 15 % », « 7,5 »): read here, ignored by spreadsheet formulas. */
  readonly textNumberCells: readonly CellRef[];
}

/** Where parsing reports: violations, and the numbers found typed as text. */
interface Sink {
  readonly violations: Violation[];
  readonly textCells: CellRef[];
}

const DEFAULT_SCALE = 100;

export function isBlank(value: RawValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function asText(value: RawValue): string {
  return isBlank(value) ? "" : String(value).trim();
}

type Reader = (input: string | number) => ParseResult<number>;
const readAmount: Reader = (input) => {
  const result = parseFrenchAmount(input);
  return result.ok ? { ok: true, value: result.value.value } : result;
};

/** Reads a number cell; pushes GRID_VALUE_MISSING (when `required`) or GRID_NOT_A_NUMBER. */
function readNumber(
  cell: RawCell | undefined,
  reader: Reader,
  what: () => string,
  example: string,
  required: boolean,
  out: Sink,
  about: { lot?: string; candidate?: string } = {},
): number | undefined {
  const value = cell?.value;
  if (isBlank(value)) {
    if (required) {
      out.violations.push(
        violation(
          "GRID_VALUE_MISSING",
          "bloquant",
          { what: what() },
          t("grid.source.grid"),
          [cell?.ref],
          about,
        ),
      );
    }
    return undefined;
  }
  const result = typeof value === "boolean" ? undefined : reader(value as string | number);
  if (!result?.ok) {
    out.violations.push(
      violation(
        "GRID_NOT_A_NUMBER",
        "bloquant",
        { what: what(), value: String(value), example },
        t("grid.source.grid"),
        [cell?.ref],
        about,
      ),
    );
    return undefined;
  }
  if (typeof value === "string" && cell?.ref) out.textCells.push(cell.ref);
  return result.value;
}

const CATEGORY_ALIASES: Readonly<Record<string, CriterionCategory>> = {
  prix: "prix",
  "cout du cycle de vie": "cout-cycle-de-vie",
  "cout-cycle-de-vie": "cout-cycle-de-vie",
  "cout global": "cout-cycle-de-vie",
  "valeur technique": "valeur-technique",
  "valeur-technique": "valeur-technique",
  environnemental: "environnemental",
  environnement: "environnemental",
  environnementale: "environnemental",
  social: "social",
  sociale: "social",
  delai: "delai",
  delais: "delai",
  autre: "autre",
};

export function parseCategory(value: RawValue): CriterionCategory | undefined {
  return CATEGORY_ALIASES[normalizeFrench(asText(value))];
}

export function parseStatus(value: RawValue): OfferStatus | undefined {
  const text = normalizeFrench(asText(value));
  if (text === "") return "reguliere"; // An offer without a status is taken as regular, and checked as such.
  // Six letters tell the statuses apart and tolerate « irrégulier », « écarté », « Régulières ».
  return offerStatuses.find((status) => text.slice(0, 6) === status.slice(0, 6));
}

export function parsePriceMethod(value: RawValue): PriceMethod | undefined {
  const text = normalizeFrench(asText(value));
  if (text === "" || text === "proportional" || text.startsWith("proportionnel")) return "proportional";
  if (text === "linear" || text.startsWith("lineaire") || text.startsWith("differentiel")) return "linear";
  return undefined;
}

export const categoryLabel = (category: CriterionCategory): string => t(`grid.category.${category}`);
export const statusLabel = (status: OfferStatus): string => t(`grid.status.${status}`);

function parseConsultation(raw: RawGrid, out: Sink): Consultation {
  const c = raw.consultation;
  const scale =
    readNumber(c.scale, parseFrenchNumber, () => t("grid.what.gridScale"), "100", false, out) ??
    DEFAULT_SCALE;
  let priceMethod = parsePriceMethod(c.priceMethod?.value);
  if (!priceMethod) {
    out.violations.push(
      violation(
        "GRID_PRICE_METHOD_UNKNOWN",
        "alerte",
        { value: asText(c.priceMethod?.value) },
        t("grid.source.equalTreatment"),
        [c.priceMethod?.ref],
      ),
    );
    priceMethod = "proportional";
  }
  const dateValue = c.launchDate?.value;
  let launchDate: string | undefined;
  if (typeof dateValue === "string") {
    const result = parseFrenchDate(dateValue);
    if (result.ok) launchDate = result.value;
  }
  return {
    title: c.title,
    ...(launchDate ? { launchDate } : {}),
    ...(c.procedure ? { procedure: c.procedure } : {}),
    ...(c.policyId ? { policyId: c.policyId } : {}),
    ...(c.family ? { family: c.family } : {}),
    scale: scale > 0 ? scale : DEFAULT_SCALE,
    priceMethod,
  };
}

function parseCriteria(raw: RawGrid, out: Sink): Criterion[] {
  return raw.criteria.map((c) => {
    const category = parseCategory(c.category.value);
    if (!category) {
      out.violations.push(
        violation(
          "GRID_CATEGORY_UNKNOWN",
          "bloquant",
          {
            code: c.code,
            value: asText(c.category.value),
            known: criterionCategories.map(categoryLabel).join(", "),
          },
          t("grid.source.grid"),
          [c.category.ref],
        ),
      );
    }
    const weight = readNumber(
      c.weight,
      parseFrenchPercent,
      () => t("grid.what.weight", { code: c.code }),
      "15 %",
      true,
      out,
    );
    const scale = readNumber(
      c.scale,
      parseFrenchNumber,
      () => t("grid.what.scale", { code: c.code }),
      "10",
      true,
      out,
    );
    return {
      code: c.code,
      ...(c.parent ? { parent: c.parent } : {}),
      label: c.label,
      ...(category ? { category } : {}),
      ...(weight !== undefined ? { weight } : {}),
      ...(scale !== undefined ? { scale } : {}),
      cells: {
        ...(c.weight.ref ? { weight: c.weight.ref } : {}),
        ...(c.scale.ref ? { scale: c.scale.ref } : {}),
        ...(c.category.ref ? { category: c.category.ref } : {}),
      },
    };
  });
}

function parseOffers(raw: RawGrid, priceCodes: ReadonlySet<string>, out: Sink): Offer[] {
  return raw.offers.map((o, index) => {
    const candidate = asText(o.candidate.value);
    const about = { lot: o.lot, candidate };
    const status = parseStatus(o.status.value);
    if (!status) {
      out.violations.push(
        violation(
          "GRID_STATUS_UNKNOWN",
          "bloquant",
          { ...about, value: asText(o.status.value), known: offerStatuses.map(statusLabel).join(", ") },
          t("grid.source.grid"),
          [o.status.ref],
          about,
        ),
      );
    }
    const regular = status === "reguliere";
    const unreadable = new Set<string>();
    const typed = (cell: RawCell | undefined) => cell !== undefined && !isBlank(cell.value);
    // A missing price is reported by the price check (only when a price criterion exists).
    const price = readNumber(
      o.price,
      readAmount,
      () => t("grid.what.price", about),
      "12 500",
      false,
      out,
      about,
    );
    if (price === undefined && typed(o.price)) unreadable.add("price");
    const marks = new Map<string, number>();
    const markCells = new Map<string, CellRef>();
    for (const [code, cell] of Object.entries(o.marks)) {
      if (cell.ref) markCells.set(code, cell.ref);
      if (priceCodes.has(code)) continue;
      // Non-regular offers are neither scored nor ranked: their marks are not checked.
      if (!regular) continue;
      const mark = isBlank(cell.value)
        ? undefined
        : readNumber(
            cell,
            parseFrenchNumber,
            () => t("grid.what.mark", { ...about, code }),
            "7,5",
            false,
            out,
            about,
          );
      if (mark !== undefined) marks.set(code, mark);
      else if (typed(cell)) unreadable.add(code);
    }
    const tieBreak = regular
      ? readNumber(
          o.tieBreak,
          parseFrenchNumber,
          () => t("grid.what.tieBreak", about),
          "3",
          false,
          out,
          about,
        )
      : undefined;
    return {
      index,
      lot: o.lot,
      candidate,
      ...(status ? { status } : {}),
      ...(price !== undefined ? { price } : {}),
      marks,
      ...(tieBreak !== undefined ? { tieBreak } : {}),
      unreadable,
      cells: {
        ...(o.candidate.ref ? { candidate: o.candidate.ref } : {}),
        ...(o.status.ref ? { status: o.status.ref } : {}),
        ...(o.price.ref ? { price: o.price.ref } : {}),
        ...(o.tieBreak?.ref ? { tieBreak: o.tieBreak.ref } : {}),
        marks: markCells,
      },
    };
  });
}

/** Parses every cell of `raw`; unreadable values are left undefined and reported. */
export function parseGrid(raw: RawGrid): ParsedGrid {
  const out: Sink = { violations: [], textCells: [] };
  const consultation = parseConsultation(raw, out);
  const criteria = parseCriteria(raw, out);
  const parents = new Set(criteria.map((c) => c.parent).filter((p): p is string => p !== undefined));
  const priceCodes = new Set(
    criteria
      .filter((c) => !parents.has(c.code) && (c.category === "prix" || c.category === "cout-cycle-de-vie"))
      .map((c) => c.code),
  );
  const offers = parseOffers(raw, priceCodes, out);
  return {
    grid: { consultation, lots: raw.lots, criteria, offers },
    violations: out.violations,
    textNumberCells: out.textCells,
  };
}
