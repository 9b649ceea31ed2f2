// Public API of the analysis-grid engine: parse → check → score → rank, pure.
export * from "./model";
export {
  checkGrid,
  roundTotal,
  type GridCheckOptions,
  type GridReport,
  type OfferResult,
  type RankingRow,
} from "./report";
export {
  parseGrid,
  parseCategory,
  parseStatus,
  parsePriceMethod,
  categoryLabel,
  statusLabel,
  type ParsedGrid,
} from "./parse";
export { scorePrice, lowestPrice } from "./price-scoring";
export {
  criteriaTree,
  environmentalWeight,
  checkWeights,
  WEIGHT_TOLERANCE,
  type CriteriaTree,
} from "./weights";
export {
  checkEnvironmentalWeight,
  checkLegalCriteria,
  climateRulesApply,
  CLIMATE_LAW_DATE,
} from "./checks/award-criteria";
export { checkOffers, checkDuplicates } from "./checks/offers";
export { computeTotals, type ScoredOffer } from "./totals";
export { rankOffers, rankKey, RANK_DECIMALS, type RankInput, type RankResult } from "./ranking";
export { tieBreakKey } from "./tie-break";
export { checkAbnormallyLow, DEFAULT_ABNORMALLY_LOW_RATIO } from "./abnormally-low";
export { describeCell } from "./violation";
export {
  defaultCriteria,
  newGridDefinition,
  definitionToRawGrid,
  type CriterionDefinition,
  type GridDefinition,
  type NewGridOptions,
} from "./template";
