import type { Clause } from "../referentiel";
import { normalizeFrench } from "../text";
import { tokenizeInline } from "./inline";

// A fingerprint of a clause's text tells two things the tag alone cannot:
// - « modifiée localement »: the text in the control no longer hashes to the fingerprint in its tag;
// - a clause pasted without its control (Word on the web keeps only the text, PLATFORM-NOTES) is still
//   recognised by its fixed wording (the text between its placeholders).
// Both compare letters and digits only, accent- and case-free: paragraph marks, spaces and the
// typography Word or LibreOffice may change (no-break spaces, apostrophes) do not count as edits.

export function fingerprintKey(text: string): string {
  return normalizeFrench(text).replace(/[^a-z0-9]+/g, "");
}

/** FNV-1a 32-bit of the key, 8 hex digits: enough to notice an edit, short enough for the tag. */
export function fingerprintText(text: string): string {
  const key = fingerprintKey(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Fixed wording of a clause, as keyed text pieces between its placeholders (list markers excluded). */
export function clauseSkeleton(clause: Clause): string[] {
  const pieces: string[] = [];
  let current = "";
  const push = () => {
    const key = fingerprintKey(current);
    if (key) pieces.push(key);
    current = "";
  };
  const sources = clause.body.flatMap((block) => (block.type === "list" ? block.items : [block.text]));
  for (const source of sources) {
    for (const token of tokenizeInline(source)) {
      if (token.kind === "placeholder") push();
      else current += token.text;
    }
    push();
  }
  return pieces;
}

/** Minimum fixed wording (in keyed characters) before a text match is trusted. */
const MIN_SKELETON = 40;

/**
 * True when `keyedText` (a fingerprintKey of some document text) contains the clause's fixed wording in
 * order, with at most 200 keyed characters of filled value between two pieces.
 */
export function containsSkeleton(keyedText: string, skeleton: readonly string[]): boolean {
  if (skeleton.reduce((sum, piece) => sum + piece.length, 0) < MIN_SKELETON) return false;
  const first = skeleton[0];
  if (first === undefined) return false;
  let start = keyedText.indexOf(first);
  while (start >= 0) {
    let position = start + first.length;
    let ok = true;
    for (const piece of skeleton.slice(1)) {
      const next = keyedText.indexOf(piece, position);
      if (next < 0 || next - position > 200) {
        ok = false;
        break;
      }
      position = next + piece.length;
    }
    if (ok) return true;
    start = keyedText.indexOf(first, start + 1);
  }
  return false;
}
