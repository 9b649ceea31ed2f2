export {
  recordKinds,
  filterableFields,
  matchesQuery,
  compareStored,
  loadSessionFromLists,
  type AgendaRepository,
  type AgendaRecords,
  type AgendaRecord,
  type RecordKind,
  type Stored,
  type ListQuery,
  type SessionBundle,
} from "./repository";
export { AgendaConflictError, isConflict, conflictingFields } from "./conflict";
export { InMemoryAgendaRepository } from "./memory";
export { IndexedDbAgendaRepository, openAgendaDb, AGENDA_DB_NAME } from "./indexeddb";
export {
  WriteQueue,
  withPendingWrites,
  retryAfterMsOf,
  type ShownRecord,
  type PendingWrite,
  type WriteState,
  type QueuePersistence,
  type ConflictResolution,
  type WriteQueueOptions,
  type FlushSummary,
} from "./write-queue";
