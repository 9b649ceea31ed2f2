import {
  compareStored,
  loadSessionFromLists,
  matchesQuery,
  type AgendaRecord,
  type AgendaRecords,
  type AgendaRepository,
  type ListQuery,
  type RecordKind,
  type SessionBundle,
  type Stored,
} from "./repository";
import { staleWrite, storedRow, type VersionedRow } from "./versioned-row";

/** A repository in memory: tests, demos, and the reference behaviour of the contract. */
export class InMemoryAgendaRepository implements AgendaRepository {
  readonly label = "Mémoire (test)";
  private readonly tables = new Map<RecordKind, Map<string, { record: AgendaRecord; version: number }>>();

  private table(kind: RecordKind) {
    let table = this.tables.get(kind);
    if (!table) {
      table = new Map();
      this.tables.set(kind, table);
    }
    return table;
  }

  async list<K extends RecordKind>(kind: K, query?: ListQuery): Promise<Stored<AgendaRecords[K]>[]> {
    return [...this.table(kind).values()]
      .filter((row) => matchesQuery(kind, row.record, query))
      .map((row) => stored<K>(row))
      .sort(compareStored);
  }

  async get<K extends RecordKind>(kind: K, id: string): Promise<Stored<AgendaRecords[K]> | undefined> {
    const row = this.table(kind).get(id);
    return row ? stored<K>(row) : undefined;
  }

  async save<K extends RecordKind>(
    kind: K,
    record: AgendaRecords[K],
    baseEtag: string | null,
  ): Promise<Stored<AgendaRecords[K]>> {
    const table = this.table(kind);
    const current = table.get(record.id);
    const conflict = staleWrite(kind, record.id, baseEtag, record, current, true);
    if (conflict) throw conflict;
    const row = { record: structuredClone(record), version: (current?.version ?? 0) + 1 };
    table.set(record.id, row);
    return stored<K>(row);
  }

  async remove(kind: RecordKind, id: string, baseEtag: string): Promise<void> {
    const table = this.table(kind);
    const current = table.get(id);
    const conflict = staleWrite(kind, id, baseEtag, undefined, current, true);
    if (conflict) throw conflict;
    table.delete(id);
  }

  loadSession(sessionId: string): Promise<SessionBundle | undefined> {
    return loadSessionFromLists(this, sessionId);
  }
}

const stored = <K extends RecordKind>(row: VersionedRow) => storedRow<K>(row, true);
