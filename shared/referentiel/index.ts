// Public API of the référentiel: the file format, the loader, the library API, inline markup and search.
export * from "./schema";
export {
  loadReferentiel,
  formatProblem,
  formatPath,
  ROOT_PATH,
  type ReferentielFile,
  type ReferentielProblem,
  type LoadResult,
} from "./loader";
export {
  createReferentiel,
  matchesFilter,
  matchesSegment,
  byTitle,
  versionStatuses,
  type Referentiel,
  type ClauseFilter,
  type VersionStatus,
} from "./referentiel";
export {
  parseInline,
  scanInline,
  placeholdersIn,
  blockTexts,
  plainText,
  type InlineRun,
  type Emphasis,
} from "./inline";
export {
  pillarLabel,
  leverLabel,
  documentLabel,
  statusLabel,
  versionStatusLabel,
  policyDefaultLabel,
  segmentLabel,
  clauseTitleIn,
} from "./labels";
export { loadEmbeddedReferentiel, embeddedFiles } from "./data";
export {
  buildSearchIndex,
  highlight,
  searchTerms,
  foldTerm,
  FIELD_WEIGHTS,
  type SearchIndex,
  type SearchHit,
  type SearchOptions,
  type HighlightSegment,
} from "./search";
export {
  placeholderDefault,
  clauseDefaults,
  policyValue,
  formatPlaceholderValue,
  type PlaceholderValue,
  type ResolvedDefault,
} from "./defaults";
