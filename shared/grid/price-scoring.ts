// Price marks. Both methods give the best mark to the lowest price and keep the criterion's full weight
// (CE 29 oct. 2013 OPH Val d'Oise Habitat n° 370789; CE 3 nov. 2014 Belleville-sur-Loire n° 373362).
// Scoring by distance from the buyer's estimate is irregular and deliberately not offered.
import type { PriceMethod } from "./model";

/**
 * The mark of `price` out of `maxMark`, `lowest` being the lowest valid price of the lot's regular offers.
 * - proportional: maxMark × lowest / price (never reaches 0; an offer twice as dear gets half the mark).
 * - linear (différentielle): maxMark × (1 − (price − lowest) / lowest), floored at 0 (an offer twice as
 *   dear or more gets 0).
 * One offer, or equal prices: price = lowest, so every such offer gets maxMark.
 * Returns undefined when a price is not strictly positive: the caller reports it, nothing is scored.
 */
export function scorePrice(
  price: number,
  lowest: number,
  maxMark: number,
  method: PriceMethod,
): number | undefined {
  if (!(price > 0) || !(lowest > 0) || !Number.isFinite(price) || !Number.isFinite(lowest)) return undefined;
  switch (method) {
    case "proportional":
      return (maxMark * lowest) / price;
    case "linear":
      return Math.max(0, maxMark * (1 - (price - lowest) / lowest));
  }
}

/** The lowest strictly positive price, or undefined when there is none. */
export function lowestPrice(prices: readonly (number | undefined)[]): number | undefined {
  let lowest: number | undefined;
  for (const price of prices) {
    if (
      price !== undefined &&
      price > 0 &&
      Number.isFinite(price) &&
      (lowest === undefined || price < lowest)
    ) {
      lowest = price;
    }
  }
  return lowest;
}
