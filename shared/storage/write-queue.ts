import { toSpaserError } from "../errors";
import { isConflict } from "./conflict";
import type { AgendaRecord, AgendaRecords, AgendaRepository, RecordKind, Stored } from "./repository";

// Never lose a decision: every write goes through this queue, in front of any repository. A write is
// « pending » until the repository confirms it (« saved »); a refused write is kept — « conflict »
// when someone else changed the record (both sides kept until the user chooses), « failed » when the
// store could not be reached (retried with back-off, honouring Retry-After). The queue can persist its
// outbox (IndexedDB) so a reload or a closed tab loses nothing either.

export type WriteState = "pending" | "saved" | "conflict" | "failed";

/** One record's latest unsaved (or just saved) change. There is at most one per record. */
export interface PendingWrite {
  /** `${kind}:${recordId}`. */
  readonly id: string;
  readonly kind: RecordKind;
  readonly recordId: string;
  readonly operation: "save" | "remove";
  /** The record to save (operation « save »). */
  readonly record?: AgendaRecord;
  /** The etag the change was made on (null: a creation). */
  readonly baseEtag: string | null;
  readonly state: WriteState;
  /** Attempts made so far. */
  readonly attempts: number;
  /** French message of the last failure or conflict. */
  readonly error?: string;
  /** On conflict: the version stored now (undefined when someone deleted the record). */
  readonly theirs?: Stored<AgendaRecord>;
  /** Once saved: the new etag, to chain the next change on. */
  readonly savedEtag?: string;
  /** On failure: when the next automatic attempt is due (ms since epoch). */
  readonly nextAttemptAt?: number;
  /** Bumped at each enqueue, so a change made during a save is not taken as saved. */
  readonly revision: number;
}

/** Where the queue keeps its outbox between page loads. */
export interface QueuePersistence {
  load(): Promise<PendingWrite[]>;
  save(writes: readonly PendingWrite[]): Promise<void>;
}

export type ConflictResolution =
  /** Overwrite the stored version with mine (re-based on theirs' etag). */
  | { readonly keep: "mine" }
  /** Drop my change, keep the stored version. */
  | { readonly keep: "theirs" }
  /** Save a record merged by the user from both sides. */
  | { readonly merged: AgendaRecord };

export interface WriteQueueOptions {
  readonly persistence?: QueuePersistence;
  /** Clock in ms (tests pass a fake). */
  readonly now?: () => number;
  /** Waits before the 1st, 2nd… retry of a failed write; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
  /** Schedules an automatic flush; defaults to setTimeout. Return a canceller. */
  readonly schedule?: (callback: () => void, delayMs: number) => () => void;
}

export interface FlushSummary {
  readonly saved: number;
  readonly conflicts: number;
  readonly failed: number;
}

/**
 * The wait a store asked for (429/503 Retry-After): `params.retryAfterMs` of a SpaserError, or the
 * `retryAfterSeconds` property of shared/graph's GraphError.
 */
export function retryAfterMsOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const seconds = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof seconds === "number" && Number.isFinite(seconds)) return seconds * 1000;
  const params = (error as { params?: Record<string, unknown> }).params;
  const ms = params?.retryAfterMs;
  return typeof ms === "number" && Number.isFinite(ms) ? ms : undefined;
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 10_000, 30_000, 120_000];
const writeId = (kind: RecordKind, recordId: string) => `${kind}:${recordId}`;

export class WriteQueue {
  private readonly writes = new Map<string, PendingWrite>();
  private readonly listeners = new Set<(writes: readonly PendingWrite[]) => void>();
  private readonly now: () => number;
  private readonly retryDelaysMs: readonly number[];
  private readonly schedule: (callback: () => void, delayMs: number) => () => void;
  private cancelTimer: (() => void) | undefined;
  private flushing: Promise<FlushSummary> | undefined;

  constructor(
    private readonly repository: AgendaRepository,
    private readonly options: WriteQueueOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.schedule =
      options.schedule ??
      ((callback, delayMs) => {
        const timer = setTimeout(callback, delayMs);
        return () => clearTimeout(timer);
      });
  }

  /** Reloads the outbox kept by the persistence (call once at start, then flush). */
  async restore(): Promise<void> {
    const kept = (await this.options.persistence?.load()) ?? [];
    for (const write of kept) {
      // A write interrupted mid-flight is simply pending again: the etag check makes a replay safe.
      if (!this.writes.has(write.id)) this.writes.set(write.id, write);
    }
    this.changed();
  }

  /** Queues a save. `baseEtag` is the etag the user's copy was read with (null for a new record). */
  save<K extends RecordKind>(kind: K, record: AgendaRecords[K], baseEtag: string | null): PendingWrite {
    return this.put(kind, record.id, "save", record, baseEtag);
  }

  /** Queues a removal. */
  remove(kind: RecordKind, recordId: string, baseEtag: string): PendingWrite {
    return this.put(kind, recordId, "remove", undefined, baseEtag);
  }

  private put(
    kind: RecordKind,
    recordId: string,
    operation: PendingWrite["operation"],
    record: AgendaRecord | undefined,
    baseEtag: string | null,
  ): PendingWrite {
    const id = writeId(kind, recordId);
    const existing = this.writes.get(id);
    let base = baseEtag;
    let state: WriteState = "pending";
    let theirs: Stored<AgendaRecord> | undefined;
    if (existing) {
      if (existing.state === "saved") {
        // The caller edited the copy it had before our save: chain on the etag that save produced.
        if (baseEtag === existing.baseEtag && existing.savedEtag !== undefined) base = existing.savedEtag;
      } else {
        // Still unsaved: the change replaces the queued one but keeps the version it was based on,
        // and an open conflict stays open until the user resolves it.
        base = existing.baseEtag;
        if (existing.state === "conflict") {
          state = "conflict";
          theirs = existing.theirs;
        }
      }
    }
    const write: PendingWrite = {
      id,
      kind,
      recordId,
      operation,
      ...(record ? { record } : {}),
      baseEtag: base,
      state,
      attempts: existing && existing.state !== "saved" ? existing.attempts : 0,
      ...(theirs ? { theirs } : {}),
      ...(state === "conflict" && existing?.error ? { error: existing.error } : {}),
      revision: (existing?.revision ?? 0) + 1,
    };
    this.writes.set(id, write);
    this.changed();
    return write;
  }

  /**
   * Sends every pending write, and every failed one whose retry is due (all of them with `force`,
   * e.g. when the browser comes back online). Writes in conflict wait for `resolve`.
   */
  flush(options: { readonly force?: boolean } = {}): Promise<FlushSummary> {
    // One flush at a time; a call during a flush waits for it then runs again for what arrived since.
    const run = async (): Promise<FlushSummary> => {
      const summary = { saved: 0, conflicts: 0, failed: 0 };
      const due = [...this.writes.values()].filter(
        (w) =>
          w.state === "pending" ||
          (w.state === "failed" && (options.force || (w.nextAttemptAt ?? 0) <= this.now())),
      );
      for (const write of due) {
        const outcome = await this.send(write);
        summary[outcome] += 1;
      }
      this.scheduleRetry();
      return summary;
    };
    const previous = this.flushing ?? Promise.resolve(undefined);
    const next = previous.then(run, run);
    this.flushing = next;
    return next.finally(() => {
      if (this.flushing === next) this.flushing = undefined;
    });
  }

  private async send(write: PendingWrite): Promise<"saved" | "conflicts" | "failed"> {
    try {
      let savedEtag: string | undefined;
      if (write.operation === "save" && write.record) {
        savedEtag = (await this.repository.save(write.kind, write.record, write.baseEtag)).etag;
      } else if (write.operation === "remove" && write.baseEtag !== null) {
        await this.repository.remove(write.kind, write.recordId, write.baseEtag);
      }
      const current = this.writes.get(write.id);
      if (current && current.revision !== write.revision) {
        // Edited while saving: the newer change is still to send, on top of what we just saved.
        this.writes.set(write.id, { ...current, baseEtag: savedEtag ?? null, state: "pending" });
      } else {
        const { error: _error, theirs: _theirs, nextAttemptAt: _next, ...rest } = write;
        this.writes.set(write.id, {
          ...rest,
          state: "saved",
          attempts: write.attempts + 1,
          ...(savedEtag ? { savedEtag } : {}),
        });
      }
      this.changed();
      return "saved";
    } catch (error) {
      const current = this.writes.get(write.id) ?? write;
      if (isConflict(error)) {
        this.writes.set(write.id, {
          ...current,
          state: "conflict",
          attempts: current.attempts + 1,
          error: error.message,
          ...(error.theirs ? { theirs: error.theirs } : {}),
        });
        this.changed();
        return "conflicts";
      }
      const failure = toSpaserError(error);
      const attempts = current.attempts + 1;
      const retryAfter = retryAfterMsOf(error);
      const delay =
        retryAfter ?? this.retryDelaysMs[Math.min(attempts - 1, this.retryDelaysMs.length - 1)] ?? 30_000;
      this.writes.set(write.id, {
        ...current,
        state: "failed",
        attempts,
        error: failure.message,
        nextAttemptAt: this.now() + delay,
      });
      this.changed();
      return "failed";
    }
  }

  /** Settles a conflict as the user chose, then sends the outcome. */
  async resolve(id: string, resolution: ConflictResolution): Promise<FlushSummary> {
    const write = this.writes.get(id);
    if (!write || write.state !== "conflict") return { saved: 0, conflicts: 0, failed: 0 };
    const { error: _error, theirs: _theirs, ...rest } = write;
    if ("keep" in resolution && resolution.keep === "theirs") {
      this.writes.delete(id);
    } else if ("keep" in resolution) {
      if (write.operation === "remove" && !write.theirs) {
        this.writes.delete(id); // already deleted by someone else: nothing left to do
      } else {
        this.writes.set(id, { ...rest, state: "pending", baseEtag: write.theirs?.etag ?? null });
      }
    } else {
      this.writes.set(id, {
        ...rest,
        operation: "save",
        record: resolution.merged,
        state: "pending",
        baseEtag: write.theirs?.etag ?? null,
        revision: write.revision + 1,
      });
    }
    this.changed();
    return this.flush();
  }

  /** Every write the queue holds, oldest first. */
  list(): readonly PendingWrite[] {
    return [...this.writes.values()];
  }

  /** The state of a record's latest change, or undefined when it has none in the queue. */
  stateOf(kind: RecordKind, recordId: string): PendingWrite | undefined {
    return this.writes.get(writeId(kind, recordId));
  }

  /** Writes still to save, in conflict or failed: what a « n modifications non enregistrées » badge counts. */
  unsaved(): readonly PendingWrite[] {
    return this.list().filter((w) => w.state !== "saved");
  }

  /** Forgets saved writes (the UI calls it once it has shown « Enregistré »). */
  clearSaved(): void {
    for (const [id, write] of this.writes) if (write.state === "saved") this.writes.delete(id);
    this.changed();
  }

  subscribe(listener: (writes: readonly PendingWrite[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the automatic retry timer (tab closed, tests). */
  dispose(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.listeners.clear();
  }

  private scheduleRetry(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    const due = this.list()
      .filter((w) => w.state === "failed" && w.nextAttemptAt !== undefined)
      .map((w) => w.nextAttemptAt as number);
    if (due.length === 0) return;
    const delay = Math.max(0, Math.min(...due) - this.now());
    this.cancelTimer = this.schedule(() => {
      this.cancelTimer = undefined;
      void this.flush();
    }, delay);
  }

  private changed(): void {
    const snapshot = this.list();
    for (const listener of this.listeners) listener(snapshot);
    void this.options.persistence?.save(snapshot.filter((w) => w.state !== "saved")).catch(() => {
      // reason: the outbox is a safety net; the writes are still held in memory and shown as unsaved.
    });
  }
}

/** A record as a screen shows it: the stored version, or the local change not yet saved, with its state. */
export interface ShownRecord<T> {
  readonly record: T;
  /** The etag to base the next edit on (the stored one; a queued change keeps its own base). */
  readonly etag: string | null;
  /** Undefined when the record has no change in the queue. */
  readonly state?: WriteState;
  readonly write?: PendingWrite;
}

/**
 * Lays the queue's changes over stored records, so a screen shows what the user typed even before it
 * is saved: queued saves replace (or add) records, queued removals hide them. A record whose save is
 * « saved » shows the stored version if it is at least as recent, else the saved one.
 */
export function withPendingWrites<K extends RecordKind>(
  kind: K,
  stored: readonly Stored<AgendaRecords[K]>[],
  writes: readonly PendingWrite[],
): ShownRecord<AgendaRecords[K]>[] {
  const mine = new Map(writes.filter((w) => w.kind === kind).map((w) => [w.recordId, w]));
  const shown: ShownRecord<AgendaRecords[K]>[] = [];
  for (const item of stored) {
    const write = mine.get(item.record.id);
    mine.delete(item.record.id);
    if (!write || (write.state === "saved" && write.savedEtag === item.etag)) {
      shown.push(write ? { ...item, state: write.state, write } : item);
    } else if (write.operation === "remove") {
      if (write.state !== "saved") continue;
      shown.push(item); // re-created since our removal
    } else if (write.record) {
      // reason: writes of kind K only ever carry records of kind K (queued by save<K>).
      shown.push({ record: write.record as AgendaRecords[K], etag: item.etag, state: write.state, write });
    }
  }
  for (const write of mine.values()) {
    if (write.operation === "save" && write.record && write.state !== "saved") {
      shown.push({ record: write.record as AgendaRecords[K], etag: null, state: write.state, write });
    }
  }
  return shown;
}
