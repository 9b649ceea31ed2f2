// The content-control tag is the document's only proof of which clause (and which version) it holds,
// and the one metadata place every Word since WordApi 1.1 keeps: custom XML parts and settings need
// WordApi 1.4, which Office 2019/2021 lack (PLATFORM-NOTES). So the tag carries everything:
//
//   spaser:<clauseId>@<version>:<fingerprint>[:<values>]
//
// - clauseId, version: the référentiel clause (ids are [a-z0-9-], so « @ » and « : » never clash);
// - fingerprint: 8 hex digits of the text as inserted (fingerprint.ts), to tell « modifiée localement »;
// - values: the filled values that differ from the clause's own defaults (the reader adds the defaults of
//   that clause version back), JSON then base64url (no XML-special character, no « : »). Present even
//   when empty (« e30 » = {}), so « all defaults » and « values not kept » stay distinct.
// The whole tag stays within TAG_MAX_LENGTH. When the values would not fit, they are left out: the
// clause is still identified and audited, and « Mettre à jour » asks the drafter to fill it again.

export const TAG_PREFIX = "spaser:";
/**
 * ISO 29500 puts no limit on w:tag; Word's object model and dialog keep 255 characters safely, which is
 * the figure we guard (a longer tag risks truncation by a host, and a truncated tag loses its values).
 */
export const TAG_MAX_LENGTH = 255;

export type FilledValue = string | number;
export type FilledValues = Readonly<Record<string, FilledValue>>;

export interface ClauseTag {
  readonly clauseId: string;
  readonly version: number;
  readonly fingerprint: string;
  /** Undefined when the values did not fit in the tag (or the tag was written without them). */
  readonly values?: FilledValues;
}

const TAG_PATTERN =
  /^spaser:([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9]\d{0,5})(?::([0-9a-f]{8}))?(?::([A-Za-z0-9_-]+))?$/;

export function isSpaserTag(tag: string | null | undefined): boolean {
  return typeof tag === "string" && tag.startsWith(TAG_PREFIX);
}

/** Writes the tag; `valuesKept` says whether the values fit within TAG_MAX_LENGTH. */
export function formatTag(tag: ClauseTag): { tag: string; valuesKept: boolean } {
  const base = `${TAG_PREFIX}${tag.clauseId}@${tag.version}:${tag.fingerprint}`;
  if (!tag.values) return { tag: base, valuesKept: true };
  const full = `${base}:${encodeValues(tag.values)}`;
  return full.length <= TAG_MAX_LENGTH ? { tag: full, valuesKept: true } : { tag: base, valuesKept: false };
}

/** Reads a tag written by formatTag (or by hand as `spaser:<id>@<version>`); undefined if it is not ours. */
export function parseTag(tag: string | null | undefined): ClauseTag | undefined {
  if (!isSpaserTag(tag)) return undefined;
  const match = TAG_PATTERN.exec((tag as string).trim());
  if (!match) return undefined;
  const [, clauseId, version, fingerprint, encoded] = match;
  if (!clauseId || !version) return undefined;
  const values = encoded ? decodeValues(encoded) : undefined;
  return {
    clauseId,
    version: Number(version),
    fingerprint: fingerprint ?? "",
    ...(values ? { values } : {}),
  };
}

function encodeValues(values: FilledValues): string {
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeValues(encoded: string): FilledValues | undefined {
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    const values: Record<string, FilledValue> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) {
        values[name] = value;
      }
    }
    return values;
  } catch {
    // A tag edited by hand with broken values still identifies its clause: only the values are lost.
    return undefined;
  }
}
