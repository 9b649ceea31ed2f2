export * from "./schema";
export {
  COTATION_GRID,
  COTATION_MAX,
  AMOUNT_BANDS,
  PRIORITY_BANDS,
  amountLevel,
  priorityOf,
  scoreCotation,
  cotationOf,
  rankByCotation,
  type CotationCriterion,
  type Cotation,
  type CotationLine,
  type Priority,
} from "./cotation";
export {
  committeesOf,
  findCommittee,
  getCommittee,
  cadenceInDays,
  checkDossiersPerYear,
  type DossierCountCheck,
} from "./committees";
export { parseQuorum, checkQuorum, type QuorumRule, type QuorumCheck } from "./quorum";
export {
  moveAgendaItem,
  dossiersInAgendaOrder,
  scheduleAgenda,
  agendaEnd,
  toMinutes,
  toClock,
} from "./schedule";
export { checkTiming, checkSessionTiming, awardDateOf, type TimingFlag, type TimingFlagCode } from "./timing";
export {
  SETTLED_OUTCOMES,
  PENDING_OUTCOMES,
  latestDecisions,
  hasProvision,
  plannedInsertionHours,
  decisionProblems,
} from "./decisions";
export {
  isClosed,
  wasOpenOn,
  isOverdue,
  actionsForSession,
  nextSessionOf,
  type SessionActions,
} from "./actions";
export {
  SESSION_EXPORT_FORMAT,
  sessionExportSchema,
  parseSessionExport,
  exportSession,
  type SessionExport,
} from "./session-export";
export {
  segmentLabel,
  procedureLabel,
  presenceLabel,
  outcomeLabel,
  actionStatusLabel,
  priorityLabel,
  describeProvision,
  describeLeverRef,
  type ClauseTitle,
  describeCotation,
  describeCotationLines,
} from "./labels";
