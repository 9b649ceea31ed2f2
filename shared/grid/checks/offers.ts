// Checks on the offers: every regular offer is marked on every criterion, within the scale, with a
// positive price; one row per candidate and lot. Only regular offers are scored and ranked.
import { formatAmount, formatNumber, normalizeFrench } from "../../text";
import { t } from "../../i18n";
import type { Grid, Offer, Violation } from "../model";
import { PRICE_CATEGORIES } from "../model";
import { violation } from "../violation";
import type { CriteriaTree } from "../weights";

export interface OfferCheck {
  readonly violations: readonly Violation[];
  /** Indexes of regular offers that cannot be ranked because one of their own cells is blocking. */
  readonly unranked: ReadonlySet<number>;
}

const isRegular = (offer: Offer) => offer.status === "reguliere";

export function checkOffers(grid: Grid, tree: CriteriaTree): OfferCheck {
  const out: Violation[] = [];
  const unranked = new Set<number>();
  const source = t("grid.source.grid");
  const priceLeaves = tree.leaves.filter((c) => c.category !== undefined && PRICE_CATEGORIES.has(c.category));
  const markedLeaves = tree.leaves.filter(
    (c) => !(c.category !== undefined && PRICE_CATEGORIES.has(c.category)),
  );
  for (const offer of grid.offers) {
    if (!isRegular(offer)) continue;
    const about = { lot: offer.lot, candidate: offer.candidate };
    if (priceLeaves.length > 0) {
      if (offer.price === undefined) {
        unranked.add(offer.index);
        // An unreadable price was reported while parsing; an empty one is reported here.
        if (!offer.unreadable.has("price")) {
          out.push(violation("GRID_PRICE_MISSING", "bloquant", about, source, [offer.cells.price], about));
        }
      } else if (offer.price <= 0) {
        unranked.add(offer.index);
        out.push(
          violation(
            "GRID_PRICE_NOT_POSITIVE",
            "bloquant",
            { ...about, value: formatAmount(offer.price) },
            source,
            [offer.cells.price],
            about,
          ),
        );
      }
    }
    for (const leaf of markedLeaves) {
      const mark = offer.marks.get(leaf.code);
      const cell = offer.cells.marks.get(leaf.code);
      if (mark === undefined) {
        unranked.add(offer.index);
        if (offer.unreadable.has(leaf.code)) continue;
        out.push(
          violation("GRID_MARK_MISSING", "bloquant", { ...about, code: leaf.code }, source, [cell], about),
        );
      } else if (leaf.scale !== undefined && (mark < 0 || mark > leaf.scale)) {
        unranked.add(offer.index);
        out.push(
          violation(
            "GRID_MARK_OUT_OF_SCALE",
            "bloquant",
            { ...about, code: leaf.code, value: formatNumber(mark), max: formatNumber(leaf.scale) },
            source,
            [cell],
            about,
          ),
        );
      }
    }
  }
  out.push(...checkDuplicates(grid));
  return { violations: out, unranked };
}

/** The same candidate twice in a lot (names compared without case, accents or extra spaces). */
export function checkDuplicates(grid: Grid): Violation[] {
  const out: Violation[] = [];
  const groups = new Map<string, Offer[]>();
  for (const offer of grid.offers) {
    if (offer.candidate === "") continue;
    const key = `${offer.lot}\u0000${normalizeFrench(offer.candidate)}`;
    groups.set(key, [...(groups.get(key) ?? []), offer]);
  }
  for (const offers of groups.values()) {
    const first = offers[0];
    if (offers.length < 2 || !first) continue;
    const about = { lot: first.lot, candidate: first.candidate };
    out.push(
      violation(
        "GRID_DUPLICATE_CANDIDATE",
        "bloquant",
        { ...about, count: offers.length },
        t("grid.source.grid"),
        offers.map((o) => o.cells.candidate),
        about,
      ),
    );
  }
  return out;
}
