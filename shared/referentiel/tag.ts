// How a document remembers which clause (and which version) it holds: a short tag stored on the Word
// content control or the .docx structured-document tag wrapping the inserted text. The audit reads the
// tags back and asks `referentiel.versionStatus(id, version)`.

const PREFIX = "spaser:";
const TAG = /^spaser:([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9][0-9]*)$/;

export interface ClauseRef {
  readonly id: string;
  readonly version: number;
}

/** « spaser:tr-soc-insertion@2 ». */
export function clauseTag(ref: ClauseRef): string {
  return `${PREFIX}${ref.id}@${ref.version}`;
}

/** The clause a tag points to, or undefined for any other tag (foreign content controls are ignored). */
export function parseClauseTag(tag: string): ClauseRef | undefined {
  const match = TAG.exec(tag.trim());
  if (!match) return undefined;
  const [, id, version] = match;
  return id === undefined || version === undefined ? undefined : { id, version: Number(version) };
}

export function isClauseTag(tag: string): boolean {
  return parseClauseTag(tag) !== undefined;
}
