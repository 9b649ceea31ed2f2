// The engine's one entry point: raw grid + policy → violations, scores, ranking. The add-in, the
// standalone pane, the custom functions and `spaser grid check` all call `checkGrid`.
import type { Policy } from "../policies";
import { formatNumber } from "../text";
import { t } from "../i18n";
import { checkAbnormallyLow, DEFAULT_ABNORMALLY_LOW_RATIO } from "./abnormally-low";
import { checkEnvironmentalWeight, checkLegalCriteria } from "./checks/award-criteria";
import { checkOffers } from "./checks/offers";
import type { CellRef, Offer, OfferStatus, PriceMethod, RawGrid, Violation } from "./model";
import { parseGrid } from "./parse";
import { rankOffers, type RankInput } from "./ranking";
import { hasTieBreak } from "./tie-break";
import { computeTotals } from "./totals";
import { describeCell, violation } from "./violation";
import { criteriaTree, checkWeights, environmentalWeight } from "./weights";
import { describeSource } from "../policies";

export interface GridCheckOptions {
  /** Overrides the grid's purchase family (CLI `--family`). */
  readonly family?: string;
  /**
   * Warn about numbers typed as text (one grouped alert). Set it when the grid comes from a workbook:
   * its own formulas ignore such cells while the engine reads them (default false).
   */
  readonly warnTextNumbers?: boolean;
  /** Share of the other offers' mean price under which an offer is flagged (default 0.8). */
  readonly abnormallyLowRatio?: number;
}

export interface OfferResult {
  readonly index: number;
  readonly lot: string;
  readonly candidate: string;
  readonly status?: OfferStatus;
  readonly price?: number;
  /** Mark of each price-scored criterion, by code. */
  readonly priceMarks: Readonly<Record<string, number>>;
  /** Full-precision total on the grid scale. */
  readonly total?: number;
  /** Rank within the lot (1 = best); undefined for non-regular or incomplete offers. */
  readonly rank?: number;
  readonly tieBroken: boolean;
  readonly cells: { readonly candidate?: CellRef; readonly price?: CellRef };
}

export interface RankingRow {
  readonly lot: string;
  readonly candidate: string;
  /** Total rounded to 2 decimals, as displayed. */
  readonly total: number;
  readonly rank: number;
  readonly tieBroken: boolean;
}

export interface GridReport {
  /** False when at least one violation is blocking. */
  readonly ok: boolean;
  readonly violations: readonly Violation[];
  readonly ranking: readonly RankingRow[];
  readonly offers: readonly OfferResult[];
  readonly environmentalWeight: number;
  readonly scale: number;
  readonly priceMethod: PriceMethod;
  readonly policyId: string;
  readonly family?: string;
}

const lotOrder = new Intl.Collator("fr", { numeric: true });

export const roundTotal = (total: number): number => Math.round(total * 100) / 100;

export function checkGrid(raw: RawGrid, policy: Policy, options: GridCheckOptions = {}): GridReport {
  const parsed = parseGrid(raw);
  const family = options.family ?? parsed.grid.consultation.family;
  const grid = {
    ...parsed.grid,
    consultation: { ...parsed.grid.consultation, ...(family !== undefined ? { family } : {}) },
  };
  const tree = criteriaTree(grid.criteria);
  const offerCheck = checkOffers(grid, tree);
  const weightViolations = checkWeights(grid.criteria);
  // Totals on weights that do not add up would mislead the commission: no ranking until they are fixed.
  const weightsSound = !weightViolations.some((v) => v.severity === "bloquant");
  const violations: Violation[] = [
    ...parsed.violations,
    ...weightViolations,
    ...checkEnvironmentalWeight(grid, policy, tree),
    ...checkLegalCriteria(grid, tree),
    ...offerCheck.violations,
    ...checkAbnormallyLow(grid.offers, options.abnormallyLowRatio ?? DEFAULT_ABNORMALLY_LOW_RATIO),
  ];
  if (options.warnTextNumbers && parsed.textNumberCells.length > 0) {
    const cells = parsed.textNumberCells;
    const shown = cells.slice(0, 5).map(describeCell).join(", ") + (cells.length > 5 ? ", …" : "");
    violations.push(
      violation(
        "GRID_NUMBER_AS_TEXT",
        "alerte",
        { count: cells.length, cells: shown },
        t("grid.source.grid"),
        cells,
      ),
    );
  }

  const scored = computeTotals(grid, tree);
  const useTieBreak = hasTieBreak(policy);
  const inputs: RankInput[] = [];
  for (const s of scored) {
    if (!weightsSound || s.total === undefined || offerCheck.unranked.has(s.offer.index)) continue;
    inputs.push({
      index: s.offer.index,
      lot: s.offer.lot,
      total: s.total,
      ...(s.offer.tieBreak !== undefined ? { tieBreak: s.offer.tieBreak } : {}),
    });
  }
  const ranks = new Map(rankOffers(inputs, useTieBreak).map((r) => [r.index, r]));
  const scoredByIndex = new Map(scored.map((s) => [s.offer.index, s]));

  const offers: OfferResult[] = grid.offers.map((offer) => {
    const s = scoredByIndex.get(offer.index);
    const r = ranks.get(offer.index);
    return {
      index: offer.index,
      lot: offer.lot,
      candidate: offer.candidate,
      ...(offer.status ? { status: offer.status } : {}),
      ...(offer.price !== undefined ? { price: offer.price } : {}),
      priceMarks: Object.fromEntries(s?.priceMarks ?? []),
      ...(s?.total !== undefined ? { total: s.total } : {}),
      ...(r ? { rank: r.rank } : {}),
      tieBroken: r?.tieBroken ?? false,
      cells: {
        ...(offer.cells.candidate ? { candidate: offer.cells.candidate } : {}),
        ...(offer.cells.price ? { price: offer.cells.price } : {}),
      },
    };
  });
  const ranking: RankingRow[] = offers
    .filter(
      (o): o is OfferResult & { rank: number; total: number } =>
        o.rank !== undefined && o.total !== undefined,
    )
    .sort((a, b) => lotOrder.compare(a.lot, b.lot) || a.rank - b.rank || a.index - b.index)
    .map((o) => ({
      lot: o.lot,
      candidate: o.candidate,
      total: roundTotal(o.total),
      rank: o.rank,
      tieBroken: o.tieBroken,
    }));

  violations.push(...tieViolations(offers, grid.offers, policy));
  return {
    ok: !violations.some((v) => v.severity === "bloquant"),
    violations,
    ranking,
    offers,
    environmentalWeight: environmentalWeight(tree),
    scale: grid.consultation.scale,
    priceMethod: grid.consultation.priceMethod,
    policyId: policy.id,
    ...(family !== undefined ? { family } : {}),
  };
}

/** An alert for offers still tied at the first rank of a lot: the award cannot be decided from the grid. */
function tieViolations(
  results: readonly OfferResult[],
  offers: readonly Offer[],
  policy: Policy,
): Violation[] {
  const out: Violation[] = [];
  const firsts = new Map<string, OfferResult[]>();
  for (const r of results) if (r.rank === 1) firsts.set(r.lot, [...(firsts.get(r.lot) ?? []), r]);
  for (const [lot, tied] of firsts) {
    if (tied.length < 2) continue;
    const how = policy.tieBreak
      ? t("grid.tie.noMarks", { label: policy.tieBreak.label })
      : t("grid.tie.noRule");
    const source = policy.tieBreak ? describeSource(policy.tieBreak.source) : t("grid.source.equalTreatment");
    out.push(
      violation(
        "GRID_TIE_UNRESOLVED",
        "alerte",
        {
          lot,
          rank: 1,
          candidates: tied.map((r) => r.candidate).join(", "),
          total: formatNumber(roundTotal(tied[0]?.total ?? 0)),
          how,
        },
        source,
        tied.map((r) => offers[r.index]?.cells.tieBreak ?? r.cells.candidate),
        { lot },
      ),
    );
  }
  return out;
}
