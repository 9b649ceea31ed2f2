import { SpaserError } from "../errors";
import { formatLongDate } from "../text";
import type { AgendaRecord, RecordKind, Stored } from "./repository";

/**
 * A write refused because the stored version moved since the caller read it. Neither side is lost:
 * `mine` is what the caller tried to write (undefined for a removal), `theirs` what is stored now
 * (undefined when someone deleted it). The UI shows both and the user picks or merges.
 */
export class AgendaConflictError extends SpaserError {
  readonly kind: RecordKind;
  readonly id: string;
  readonly baseEtag: string | null;
  readonly mine: AgendaRecord | undefined;
  readonly theirs: Stored<AgendaRecord> | undefined;

  constructor(conflict: {
    kind: RecordKind;
    id: string;
    baseEtag: string | null;
    mine: AgendaRecord | undefined;
    theirs: Stored<AgendaRecord> | undefined;
  }) {
    super("STORAGE_CONFLICT", {
      label: labelOf(conflict.mine ?? conflict.theirs?.record, conflict.id),
      kind: conflict.kind,
      id: conflict.id,
    });
    this.name = "AgendaConflictError";
    this.kind = conflict.kind;
    this.id = conflict.id;
    this.baseEtag = conflict.baseEtag;
    this.mine = conflict.mine;
    this.theirs = conflict.theirs;
  }
}

export function isConflict(error: unknown): error is AgendaConflictError {
  return error instanceof AgendaConflictError;
}

function labelOf(record: AgendaRecord | undefined, id: string): string {
  if (!record) return id;
  if ("object" in record) return record.object;
  if ("label" in record) return record.label;
  if ("date" in record) return `séance du ${formatLongDate(record.date)}`;
  return id;
}

/** Top-level fields whose values differ between the two sides, for the conflict dialog. */
export function conflictingFields(
  mine: AgendaRecord | undefined,
  theirs: AgendaRecord | undefined,
): string[] {
  const a = (mine ?? {}) as Record<string, unknown>;
  const b = (theirs ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
