import type { Action, Decision, Dossier, Session } from "../../../shared/agenda";
import {
  WriteQueue,
  type AgendaRecords,
  type AgendaRepository,
  type ConflictResolution,
  type PendingWrite,
  type QueuePersistence,
  type RecordKind,
} from "../../../shared/storage";
import { toSpaserError } from "../../../shared/errors";

// What the tab's views read and write: every record of the store, kept in memory, with each write
// sent through the write queue (shared/storage) so a failed or conflicting save is kept and shown,
// never lost. The views subscribe (useSyncExternalStore) and get a new snapshot after each change.

export interface AgendaSnapshot {
  readonly status: "loading" | "ready" | "error";
  /** French message when the store could not be opened. */
  readonly error?: string;
  readonly storeLabel: string;
  readonly sessions: readonly Session[];
  readonly dossiers: readonly Dossier[];
  readonly decisions: readonly Decision[];
  readonly actions: readonly Action[];
  /** Unsaved, conflicting, failed and just-saved writes (see WriteQueue). */
  readonly writes: readonly PendingWrite[];
}

type Tables = { [K in RecordKind]: Map<string, AgendaRecords[K]> };

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

export class AgendaStore {
  private readonly tables: Tables = {
    session: new Map(),
    dossier: new Map(),
    decision: new Map(),
    action: new Map(),
  };
  private readonly etags = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private readonly queue: WriteQueue;
  private snapshot: AgendaSnapshot;

  constructor(
    private readonly repository: AgendaRepository,
    persistence?: QueuePersistence,
  ) {
    this.queue = new WriteQueue(repository, persistence ? { persistence } : {});
    this.snapshot = this.build("loading");
    this.queue.subscribe((writes) => {
      for (const write of writes) {
        if (write.state === "saved" && write.savedEtag !== undefined) {
          this.etags.set(key(write.kind, write.recordId), write.savedEtag);
        }
      }
      this.changed();
    });
  }

  /** Reads every record, then replays the writes a previous page left unsaved (outbox), then sends them. */
  async load(): Promise<void> {
    try {
      const [sessions, dossiers, decisions, actions] = await Promise.all([
        this.repository.list("session"),
        this.repository.list("dossier"),
        this.repository.list("decision"),
        this.repository.list("action"),
      ]);
      const fill = <K extends RecordKind>(kind: K, rows: { record: AgendaRecords[K]; etag: string }[]) => {
        for (const row of rows) {
          this.tables[kind].set(row.record.id, row.record);
          this.etags.set(key(kind, row.record.id), row.etag);
        }
      };
      fill("session", sessions);
      fill("dossier", dossiers);
      fill("decision", decisions);
      fill("action", actions);
      await this.queue.restore();
      for (const write of this.queue.unsaved()) {
        const table = this.tables[write.kind] as Map<string, unknown>;
        if (write.operation === "save" && write.record) table.set(write.recordId, write.record);
        else table.delete(write.recordId);
      }
      this.snapshot = this.build("ready");
      this.changed();
      // A new page load is a good moment to retry what an earlier one could not save.
      void this.queue.flush({ force: true });
    } catch (error) {
      this.snapshot = this.build("error", toSpaserError(error).message);
      this.changed();
    }
  }

  /**
   * Re-reads the store and takes what others saved meanwhile (another window, another member),
   * except records with a change of ours still unsaved: those stay as typed, and their save will
   * meet the newer version as a conflict rather than silently overwrite it.
   */
  async refresh(): Promise<void> {
    if (this.snapshot.status !== "ready") return;
    try {
      const busy = new Set(this.queue.unsaved().map((w) => w.id));
      const refill = async <K extends RecordKind>(kind: K) => {
        const rows = await this.repository.list(kind);
        const table = this.tables[kind];
        const seen = new Set<string>();
        for (const row of rows) {
          seen.add(row.record.id);
          if (busy.has(key(kind, row.record.id))) continue;
          table.set(row.record.id, row.record);
          this.etags.set(key(kind, row.record.id), row.etag);
        }
        for (const id of [...table.keys()]) {
          if (!seen.has(id) && !busy.has(key(kind, id)) && this.etags.has(key(kind, id))) {
            table.delete(id);
            this.etags.delete(key(kind, id));
          }
        }
      };
      await Promise.all([refill("session"), refill("dossier"), refill("decision"), refill("action")]);
      this.changed();
    } catch {
      // reason: a refresh is opportunistic; the records on screen stay usable and the next one retries.
    }
  }

  save<K extends RecordKind>(kind: K, record: AgendaRecords[K]): void {
    this.tables[kind].set(record.id, record);
    this.queue.save(kind, record, this.etags.get(key(kind, record.id)) ?? null);
    void this.queue.flush();
  }

  /** Sends failed writes again now (the « Réessayer » button, or the browser coming back online). */
  retry(): void {
    void this.queue.flush({ force: true });
  }

  async resolve(write: PendingWrite, resolution: ConflictResolution): Promise<void> {
    if ("keep" in resolution && resolution.keep === "theirs") {
      const table = this.tables[write.kind] as Map<string, unknown>;
      if (write.theirs) {
        table.set(write.recordId, write.theirs.record);
        this.etags.set(write.id, write.theirs.etag);
      } else {
        table.delete(write.recordId);
      }
    } else if ("merged" in resolution) {
      (this.tables[write.kind] as Map<string, unknown>).set(write.recordId, resolution.merged);
    }
    await this.queue.resolve(write.id, resolution);
  }

  stateOf(kind: RecordKind, id: string): PendingWrite | undefined {
    return this.queue.stateOf(kind, id);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AgendaSnapshot => this.snapshot;

  dispose(): void {
    this.queue.dispose();
    this.listeners.clear();
  }

  private build(status: AgendaSnapshot["status"], error?: string): AgendaSnapshot {
    return {
      status,
      ...(error ? { error } : {}),
      storeLabel: this.repository.label,
      sessions: [...this.tables.session.values()].sort(
        (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
      ),
      dossiers: [...this.tables.dossier.values()],
      decisions: [...this.tables.decision.values()],
      actions: [...this.tables.action.values()],
      writes: this.queue.list(),
    };
  }

  private changed(): void {
    if (this.snapshot.status !== "loading") {
      this.snapshot = this.build(this.snapshot.status, this.snapshot.error);
    }
    for (const listener of this.listeners) listener();
  }
}
