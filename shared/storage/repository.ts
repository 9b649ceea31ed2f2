import type { Action, Decision, Dossier, Session } from "../agenda";

// The one storage contract of the comité tab. Every provider implements it:
// - InMemoryAgendaRepository (memory.ts): tests and demos;
// - IndexedDbAgendaRepository (indexeddb.ts): the embedded default of the Teams tab (standalone mode,
//   or before a SharePoint site is configured);
// - the Microsoft Graph / SharePoint lists provider (shared/graph, built against this file).
// The write queue (write-queue.ts) sits in front of any of them so a failed write is kept and retried.
//
// Rules every provider follows (tests/fixtures/agenda/repository-contract.ts checks them; run it
// against a new provider):
// 1. Records are the zod-validated shapes of shared/agenda (Session, Dossier, Decision, Action);
//    a provider stores them whole and gives them back unchanged (no extra fields, no dropped ones).
// 2. Every stored record carries an opaque `etag` that changes on every write. Providers may use a
//    counter ("3") or the server's ETag (SharePoint `@odata.etag`); callers only compare and pass it back.
// 3. Optimistic concurrency: `save(kind, record, baseEtag)` writes only if the stored etag is still
//    `baseEtag` (`null` = « I am creating it, it must not exist yet »); otherwise it changes nothing and
//    rejects with AgendaConflictError carrying both sides (`mine` = what the caller tried to write,
//    `theirs` = what is stored now, undefined when it was deleted). Same for `remove`.
//    (Graph: If-Match on PATCH/DELETE, HTTP 412 → AgendaConflictError.)
// 4. Any other failure (network, quota, throttling) rejects with a SpaserError, never a conflict; when
//    the server asks to wait (429/503 Retry-After) the error carries it, as `params.retryAfterMs` or as a
//    `retryAfterSeconds` property (shared/graph's GraphError): the write queue waits that long.
// 5. `loadSession` returns everything a session screen needs in a constant number of round trips,
//    whatever the number of dossiers (Graph: one $batch).
// 6. Lists are sorted: sessions by date then id, others by id (agenda order lives in Session.agenda).

/** The record types, by kind. */
export interface AgendaRecords {
  session: Session;
  dossier: Dossier;
  decision: Decision;
  action: Action;
}
export type RecordKind = keyof AgendaRecords;
export type AgendaRecord = AgendaRecords[RecordKind];
export const recordKinds: readonly RecordKind[] = ["session", "dossier", "decision", "action"];

/** A record as stored, with the concurrency token of its current version. */
export interface Stored<T> {
  readonly record: T;
  readonly etag: string;
}

/**
 * Filters of `list`. Each applies only where the record has the field:
 * sessions: committeeId; dossiers: sessionId; decisions: sessionId, dossierId; actions: sessionId,
 * committeeId, dossierId. An empty query lists every record of the kind.
 */
export interface ListQuery {
  readonly sessionId?: string;
  readonly committeeId?: string;
  readonly dossierId?: string;
}

/** What a session screen shows, loaded at once. */
export interface SessionBundle {
  readonly session: Stored<Session>;
  /** The session's dossiers (agenda order is `session.record.agenda`). */
  readonly dossiers: readonly Stored<Dossier>[];
  /** Decisions taken in the session. */
  readonly decisions: readonly Stored<Decision>[];
  /** Every session of the same committee (to place the session among them and carry actions over). */
  readonly committeeSessions: readonly Stored<Session>[];
  /** Every action of the committee (see `actionsForSession` in shared/agenda for the carry-over). */
  readonly actions: readonly Stored<Action>[];
}

export interface AgendaRepository {
  /** Human name of the provider, shown next to the save state (« Stockage local du navigateur »). */
  readonly label: string;
  list<K extends RecordKind>(kind: K, query?: ListQuery): Promise<Stored<AgendaRecords[K]>[]>;
  get<K extends RecordKind>(kind: K, id: string): Promise<Stored<AgendaRecords[K]> | undefined>;
  /**
   * Creates (`baseEtag` null) or replaces (`baseEtag` = the etag the caller read) the record with the
   * same id. Resolves with the new etag; rejects with AgendaConflictError when the stored version moved.
   */
  save<K extends RecordKind>(
    kind: K,
    record: AgendaRecords[K],
    baseEtag: string | null,
  ): Promise<Stored<AgendaRecords[K]>>;
  /** Deletes the record if its etag is still `baseEtag`; a record already gone is a conflict too. */
  remove(kind: RecordKind, id: string, baseEtag: string): Promise<void>;
  /** The session and everything around it, or undefined when the session does not exist. */
  loadSession(sessionId: string): Promise<SessionBundle | undefined>;
}

/** The filters of ListQuery each kind honours; the others are ignored for that kind. */
export const filterableFields: Readonly<Record<RecordKind, readonly (keyof ListQuery)[]>> = {
  session: ["committeeId"],
  dossier: ["sessionId"],
  decision: ["sessionId", "dossierId"],
  action: ["sessionId", "committeeId", "dossierId"],
};

/** Whether a record matches a list query (shared by the local providers). */
export function matchesQuery(kind: RecordKind, record: AgendaRecord, query: ListQuery = {}): boolean {
  const fields = record as Partial<Record<keyof ListQuery, string>>;
  return filterableFields[kind].every((key) => query[key] === undefined || fields[key] === query[key]);
}

/** Sort order of `list` results (rule 6). */
export function compareStored(a: Stored<AgendaRecord>, b: Stored<AgendaRecord>): number {
  const dateOf = (s: Stored<AgendaRecord>) =>
    "date" in s.record && "attendees" in s.record ? s.record.date : "";
  return dateOf(a).localeCompare(dateOf(b)) || a.record.id.localeCompare(b.record.id);
}

/** Builds a session bundle from list calls: the local providers' `loadSession`. */
export async function loadSessionFromLists(
  repository: Pick<AgendaRepository, "get" | "list">,
  sessionId: string,
): Promise<SessionBundle | undefined> {
  const session = await repository.get("session", sessionId);
  if (!session) return undefined;
  const committeeId = session.record.committeeId;
  const [dossiers, decisions, committeeSessions, actions] = await Promise.all([
    repository.list("dossier", { sessionId }),
    repository.list("decision", { sessionId }),
    repository.list("session", { committeeId }),
    repository.list("action", { committeeId }),
  ]);
  return { session, dossiers, decisions, committeeSessions, actions };
}
