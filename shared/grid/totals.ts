// Weighted totals on the grid's scale: total = Σ leaves (weight / 100) × (mark / leaf scale) × grid scale,
// computed in full precision. Price leaves take the mark computed from the price (price-scoring.ts).
import type { Grid, Offer } from "./model";
import { PRICE_CATEGORIES } from "./model";
import { lowestPrice, scorePrice } from "./price-scoring";
import type { CriteriaTree } from "./weights";

export interface ScoredOffer {
  readonly offer: Offer;
  /** The lowest valid price of the lot's regular offers (the reference of the price mark). */
  readonly lowestPrice?: number;
  /** Mark out of each price leaf's scale, keyed by criterion code. */
  readonly priceMarks: ReadonlyMap<string, number>;
  /** Undefined when a mark, a price, a weight or a scale is missing. */
  readonly total?: number;
}

export const isRegular = (offer: Offer): boolean => offer.status === "reguliere";

/** Scores the regular offers of every lot; other offers are neither scored nor ranked. */
export function computeTotals(grid: Grid, tree: CriteriaTree): ScoredOffer[] {
  const regular = grid.offers.filter(isRegular);
  const lowestByLot = new Map<string, number | undefined>();
  for (const lot of new Set(regular.map((o) => o.lot))) {
    lowestByLot.set(lot, lowestPrice(regular.filter((o) => o.lot === lot).map((o) => o.price)));
  }
  const leavesComplete = tree.leaves.every(
    (c) => c.weight !== undefined && c.scale !== undefined && c.scale > 0,
  );
  const { scale: gridScale, priceMethod } = grid.consultation;
  return regular.map((offer) => {
    const lowest = lowestByLot.get(offer.lot);
    const priceMarks = new Map<string, number>();
    let total: number | undefined = leavesComplete ? 0 : undefined;
    for (const leaf of tree.leaves) {
      let mark: number | undefined;
      if (leaf.category !== undefined && PRICE_CATEGORIES.has(leaf.category)) {
        mark =
          offer.price !== undefined && lowest !== undefined && leaf.scale !== undefined
            ? scorePrice(offer.price, lowest, leaf.scale, priceMethod)
            : undefined;
        if (mark !== undefined) priceMarks.set(leaf.code, mark);
      } else {
        mark = offer.marks.get(leaf.code);
      }
      if (
        total === undefined ||
        mark === undefined ||
        leaf.weight === undefined ||
        leaf.scale === undefined
      ) {
        total = undefined;
        continue;
      }
      total += (leaf.weight / 100) * (mark / leaf.scale) * gridScale;
    }
    return {
      offer,
      ...(lowest !== undefined ? { lowestPrice: lowest } : {}),
      priceMarks,
      ...(total !== undefined ? { total } : {}),
    };
  });
}
