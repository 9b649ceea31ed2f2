import { AgendaConflictError } from "./conflict";
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
    const currentEtag = current ? etagOf(current.version) : null;
    if (currentEtag !== baseEtag) {
      throw new AgendaConflictError({
        kind,
        id: record.id,
        baseEtag,
        mine: record,
        theirs: current ? stored(current) : undefined,
      });
    }
    const row = { record: structuredClone(record), version: (current?.version ?? 0) + 1 };
    table.set(record.id, row);
    return stored<K>(row);
  }

  async remove(kind: RecordKind, id: string, baseEtag: string): Promise<void> {
    const table = this.table(kind);
    const current = table.get(id);
    if (!current || etagOf(current.version) !== baseEtag) {
      throw new AgendaConflictError({
        kind,
        id,
        baseEtag,
        mine: undefined,
        theirs: current ? stored(current) : undefined,
      });
    }
    table.delete(id);
  }

  loadSession(sessionId: string): Promise<SessionBundle | undefined> {
    return loadSessionFromLists(this, sessionId);
  }
}

const etagOf = (version: number) => `"${version}"`;

function stored<K extends RecordKind>(row: {
  record: AgendaRecord;
  version: number;
}): Stored<AgendaRecords[K]> {
  // reason: rows of table K only ever hold records of kind K (written by save<K>).
  return { record: structuredClone(row.record) as AgendaRecords[K], etag: etagOf(row.version) };
}
