export { INDICATOR_MEASURES, isComputable, type IndicatorRecord, type IndicatorMeasure } from "./definitions";
export {
  computeIndicators,
  computeIndicator,
  populationFor,
  indicatorYearOf,
  scopeOf,
  targetFor,
  type IndicatorResult,
  type IndicatorStatus,
  type IndicatorScope,
  type IndicatorPopulation,
  type IndicatorReport,
} from "./compute";
export { describeIndicator, dossiersFileSchema, parseDossiersFile, type DossiersFile } from "./report";
