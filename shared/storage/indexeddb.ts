import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { SpaserError } from "../errors";
import {
  compareStored,
  loadSessionFromLists,
  matchesQuery,
  recordKinds,
  type AgendaRecord,
  type AgendaRecords,
  type AgendaRepository,
  type ListQuery,
  type RecordKind,
  type SessionBundle,
  type Stored,
} from "./repository";
import { staleWrite, storedRow } from "./versioned-row";
import type { PendingWrite, QueuePersistence } from "./write-queue";

// The Teams tab's embedded store: one IndexedDB database per browser profile, one object store per
// record kind, plus the outbox of the write queue so a write not yet saved survives a reload.
// Conflict checks run inside one readwrite transaction (read the version, compare, write), so two
// tabs of the same browser writing the same record cannot both win.

export const AGENDA_DB_NAME = "spaser-agenda";
const DB_VERSION = 1;

interface Row {
  id: string;
  version: number;
  record: AgendaRecord;
}

interface AgendaDb extends DBSchema {
  session: { key: string; value: Row };
  dossier: { key: string; value: Row };
  decision: { key: string; value: Row };
  action: { key: string; value: Row };
  outbox: { key: string; value: PendingWrite };
}

const stored = <K extends RecordKind>(row: Row) => storedRow<K>(row, false);

/** Opens (and creates or upgrades) the agenda database of this browser profile. */
export async function openAgendaDb(name = AGENDA_DB_NAME): Promise<IDBPDatabase<AgendaDb>> {
  // idb opens through the global indexedDB (tests install fake-indexeddb/auto).
  if (typeof globalThis.indexedDB === "undefined") {
    throw new SpaserError("STORAGE_UNAVAILABLE", { detail: "IndexedDB absent de ce navigateur" });
  }
  try {
    return await openDB<AgendaDb>(name, DB_VERSION, {
      upgrade(db) {
        for (const kind of recordKinds) {
          if (!db.objectStoreNames.contains(kind)) db.createObjectStore(kind, { keyPath: "id" });
        }
        if (!db.objectStoreNames.contains("outbox")) db.createObjectStore("outbox", { keyPath: "id" });
      },
    });
  } catch (error) {
    throw new SpaserError("STORAGE_UNAVAILABLE", { detail: String(error) }, { cause: error });
  }
}

export class IndexedDbAgendaRepository implements AgendaRepository {
  readonly label = "Stockage local du navigateur";

  constructor(private readonly db: IDBPDatabase<AgendaDb>) {}

  static async open(name?: string): Promise<IndexedDbAgendaRepository> {
    return new IndexedDbAgendaRepository(await openAgendaDb(name));
  }

  async list<K extends RecordKind>(kind: K, query?: ListQuery): Promise<Stored<AgendaRecords[K]>[]> {
    const rows = await this.guard(() => this.db.getAll(kind));
    return rows
      .filter((row) => matchesQuery(kind, row.record, query))
      .map((row) => stored<K>(row))
      .sort(compareStored);
  }

  async get<K extends RecordKind>(kind: K, id: string): Promise<Stored<AgendaRecords[K]> | undefined> {
    const row = await this.guard(() => this.db.get(kind, id));
    return row ? stored<K>(row) : undefined;
  }

  async save<K extends RecordKind>(
    kind: K,
    record: AgendaRecords[K],
    baseEtag: string | null,
  ): Promise<Stored<AgendaRecords[K]>> {
    return this.guard(async () => {
      const tx = this.db.transaction(kind, "readwrite");
      const current = await tx.store.get(record.id);
      const conflict = staleWrite(kind, record.id, baseEtag, record, current, false);
      if (conflict) {
        tx.abort();
        await tx.done.catch(() => undefined); // reason: the abort we just asked for rejects `done`.
        throw conflict;
      }
      const row: Row = { id: record.id, version: (current?.version ?? 0) + 1, record };
      await tx.store.put(row);
      await tx.done;
      return stored<K>(row);
    });
  }

  async remove(kind: RecordKind, id: string, baseEtag: string): Promise<void> {
    return this.guard(async () => {
      const tx = this.db.transaction(kind, "readwrite");
      const current = await tx.store.get(id);
      const conflict = staleWrite(kind, id, baseEtag, undefined, current, false);
      if (conflict) {
        tx.abort();
        await tx.done.catch(() => undefined); // reason: the abort we just asked for rejects `done`.
        throw conflict;
      }
      await tx.store.delete(id);
      await tx.done;
    });
  }

  loadSession(sessionId: string): Promise<SessionBundle | undefined> {
    return loadSessionFromLists(this, sessionId);
  }

  /** The outbox of the write queue, in the same database. */
  outbox(): QueuePersistence {
    return {
      load: () => this.guard(() => this.db.getAll("outbox")),
      save: (writes) =>
        this.guard(async () => {
          const tx = this.db.transaction("outbox", "readwrite");
          await tx.store.clear();
          for (const write of writes) await tx.store.put(write);
          await tx.done;
        }),
    };
  }

  close(): void {
    this.db.close();
  }

  /** Turns IndexedDB failures (quota, private mode, blocked upgrade) into a French storage error. */
  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof SpaserError) throw error;
      throw new SpaserError("STORAGE_UNAVAILABLE", { detail: String(error) }, { cause: error });
    }
  }
}
