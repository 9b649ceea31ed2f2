// Potentially abnormally low offers, flagged for the buyer's review only. The law asks the buyer to
// request justification before any rejection and a price gap alone proves nothing (L2152-5, L2152-6,
// R2152-3 CCP): this is an alert, never an exclusion. Rule: a regular offer whose price is below
// `ratio` (default 80 %) of the mean price of the lot's other regular offers, when the lot has at least
// two regular offers with a valid price.
import { formatAmount, formatPercent } from "../text";
import { t } from "../i18n";
import type { Offer, Violation } from "./model";
import { violation } from "./violation";

export const DEFAULT_ABNORMALLY_LOW_RATIO = 0.8;

export function checkAbnormallyLow(
  offers: readonly Offer[],
  ratio = DEFAULT_ABNORMALLY_LOW_RATIO,
): Violation[] {
  const out: Violation[] = [];
  const byLot = new Map<string, Offer[]>();
  for (const offer of offers) {
    if (offer.status !== "reguliere" || offer.price === undefined || !(offer.price > 0)) continue;
    byLot.set(offer.lot, [...(byLot.get(offer.lot) ?? []), offer]);
  }
  for (const lotOffers of byLot.values()) {
    if (lotOffers.length < 2) continue;
    const sum = lotOffers.reduce((acc, o) => acc + (o.price ?? 0), 0);
    for (const offer of lotOffers) {
      const price = offer.price ?? 0;
      const mean = (sum - price) / (lotOffers.length - 1);
      if (price >= ratio * mean) continue;
      const about = { lot: offer.lot, candidate: offer.candidate };
      out.push(
        violation(
          "GRID_ABNORMALLY_LOW",
          "alerte",
          {
            ...about,
            price: formatAmount(price),
            mean: formatAmount(mean),
            gap: formatPercent((1 - price / mean) * 100, 1),
            threshold: formatPercent(ratio * 100),
          },
          t("grid.source.abnormallyLow"),
          [offer.cells.price],
          about,
        ),
      );
    }
  }
  return out;
}
