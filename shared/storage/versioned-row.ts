import { AgendaConflictError } from "./conflict";
import type { AgendaRecord, AgendaRecords, RecordKind, Stored } from "./repository";

// The optimistic-concurrency rule of the local repositories (memory and IndexedDB): every row carries a
// version counter, its etag is that counter, and a write or delete made from another version is refused
// with both sides. The SharePoint-lists provider gets the same rule from the server's ETags.

export interface VersionedRow {
  readonly record: AgendaRecord;
  readonly version: number;
}

export const etagOf = (version: number): string => `"${version}"`;

/** The row as the repository hands it out; `copy` for stores that keep live objects (memory). */
export function storedRow<K extends RecordKind>(row: VersionedRow, copy: boolean): Stored<AgendaRecords[K]> {
  const record = copy ? structuredClone(row.record) : row.record;
  // reason: rows of table K only ever hold records of kind K (written by save<K>).
  return { record: record as AgendaRecords[K], etag: etagOf(row.version) };
}

/**
 * The conflict to raise when the stored row is not the version the writer started from (`baseEtag`
 * null = « I am creating it »; a delete needs an existing row), else undefined.
 */
export function staleWrite(
  kind: RecordKind,
  id: string,
  baseEtag: string | null,
  mine: AgendaRecord | undefined,
  current: VersionedRow | undefined,
  copy: boolean,
): AgendaConflictError | undefined {
  const currentEtag = current ? etagOf(current.version) : null;
  const refused = mine === undefined ? !current || currentEtag !== baseEtag : currentEtag !== baseEtag;
  if (!refused) return undefined;
  return new AgendaConflictError({
    kind,
    id,
    baseEtag,
    mine,
    theirs: current ? storedRow(current, copy) : undefined,
  });
}
