// DCE engine: tag format, filling, rendering, fingerprints, audit and coverage. Pure: the Word host,
// the .docx files (shared/docx) and the CLI all call these functions.
export {
  TAG_PREFIX,
  TAG_MAX_LENGTH,
  formatTag,
  parseTag,
  isSpaserTag,
  type ClauseTag,
  type FilledValue,
  type FilledValues,
} from "./tag";
export {
  libraryFromClauses,
  libraryFromReferentiel,
  type ClauseLibrary,
  type VersionStatus,
} from "./library";
export { tokenizeInline, type InlineToken } from "./inline";
export {
  defaultValue,
  defaultValues,
  fillClause,
  formatValue,
  parseValue,
  type FieldProblem,
  type FillResult,
} from "./values";
export {
  renderClause,
  renderHtml,
  compactValues,
  expandValues,
  blockText,
  controlTitle,
  BULLET,
  TITLE_MAX_LENGTH,
  type DocBlock,
  type DocRun,
  type RenderedClause,
} from "./render";
export { fingerprintText, fingerprintKey, clauseSkeleton, containsSkeleton } from "./fingerprint";
export {
  auditDocument,
  auditControl,
  recogniseUntagged,
  coverageOf,
  coverageWarnings,
  type AuditInput,
  type AuditReport,
  type AuditStatus,
  type AuditedClause,
  type Coverage,
  type CoverageWarning,
  type TaggedControl,
  type WarningCode,
} from "./audit";
export { guessDocumentType } from "./document-type";
