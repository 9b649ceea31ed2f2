import { FRENCH_STOP_WORDS, normalizeFrench, tokenizeFrench } from "../text";
import { blockTexts, plainText } from "./inline";
import { leverLabel, pillarLabel } from "./labels";
import { byTitle, matchesFilter, type ClauseFilter } from "./referentiel";
import type { Clause, LegalText } from "./schema";

// Full-text search over clauses, built once and queried at every keystroke. Everything that depends
// only on the library (normalised terms, weights, idf, word pairs) is computed at build time; a query
// only walks the postings of its few terms. Matching ignores accents, case, ligatures and apostrophes
// (shared/text), drops French stop words, folds a final plural s/x, and treats the last word typed as
// a prefix (« reempl » finds « réemploi »).

/** Field weights: a word in the title says more about a clause than the same word in its notes. */
export const FIELD_WEIGHTS = {
  title: 10,
  keywords: 6,
  facets: 3,
  legal: 4,
  body: 2,
  notes: 1,
} as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** Extra weight when two query words follow each other in the clause (« clause d'insertion »). */
const PHRASE_BONUS = 1.5;
/** A word found only as a prefix of the last query word counts less than an exact word. */
const PREFIX_FACTOR = 0.7;
/** Shortest last word expanded as a prefix: one letter would match half the vocabulary. */
const MIN_PREFIX = 2;
/** Up to this many hits, the best are kept by insertion into a short list; beyond, by sorting. */
const TOP_BY_INSERTION = 100;
/** Prefix lengths whose merged postings are precomputed, when they start at least MERGE_FROM_EXPANSIONS words. */
const MERGED_PREFIX_LENGTHS = [2, 3] as const;
const MERGE_FROM_EXPANSIONS = 8;
/** Most frequent expansions kept for a two-letter prefix in the word-pair bonus. */
const MAX_SHORT_EXPANSIONS = 64;

export interface SearchHit {
  readonly clause: Clause;
  readonly score: number;
  /** Normalised terms of the clause that matched the query, for highlighting and explanations. */
  readonly matches: readonly string[];
}

export interface SearchOptions {
  /** At most this many hits (all by default). */
  readonly limit?: number;
}

export interface SearchIndex {
  /** Number of indexed clauses. */
  readonly size: number;
  /**
   * Ranked hits. Every query word must match (the last one as a prefix); if none does, clauses matching
   * some of the words are returned, most words first. An empty query lists the filtered clauses by title.
   */
  search(query: string, filter?: ClauseFilter, options?: SearchOptions): SearchHit[];
}

/** Folds a final plural mark so « clauses » finds « clause » (both sides of the index use it). */
export function foldTerm(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

/** The terms of a text as the index stores them: normalised, stop words removed, plurals folded. */
export function searchTerms(text: string): string[] {
  return tokenizeFrench(text)
    .filter((word) => !FRENCH_STOP_WORDS.has(word))
    .map(foldTerm);
}

/** Query terms: like `searchTerms`, but a query made only of stop words keeps them. */
function queryTerms(query: string): string[] {
  const words = tokenizeFrench(query);
  const meaningful = words.filter((word) => !FRENCH_STOP_WORDS.has(word));
  return (meaningful.length > 0 ? meaningful : words).map(foldTerm);
}

/**
 * Postings of many rows (terms, or word pairs) in three flat arrays: row r holds the clauses
 * docs[start[r]] … docs[start[r + 1] - 1] with their weights, idf already applied. Flat typed arrays keep
 * a 5 000-clause index compact (no object per term).
 */
interface PostingTable {
  readonly start: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float32Array;
}

function toTable(rows: readonly (readonly number[] | undefined)[], n: number): PostingTable {
  let size = 0;
  for (const row of rows) size += (row?.length ?? 0) / 2;
  const table = {
    start: new Int32Array(rows.length + 1),
    docs: new Int32Array(size),
    weights: new Float32Array(size),
  };
  let at = 0;
  rows.forEach((row, r) => {
    table.start[r] = at;
    const count = (row?.length ?? 0) / 2;
    const idf = Math.log(1 + n / Math.max(1, count));
    for (let k = 0; k < count; k++) {
      table.docs[at] = row?.[2 * k] ?? 0;
      table.weights[at] = (row?.[2 * k + 1] ?? 0) * idf;
      at++;
    }
  });
  table.start[rows.length] = at;
  return table;
}

function fieldTexts(clause: Clause, legalById: ReadonlyMap<string, LegalText>): Record<Field, string[]> {
  const labels = new Map(clause.placeholders.map((p) => [p.name, p.label] as const));
  const body = clause.body.flatMap((block) =>
    blockTexts(block).map((text) => plainText(text, (name) => labels.get(name) ?? name)),
  );
  return {
    title: [clause.title],
    keywords: [...clause.keywords, clause.id],
    facets: [pillarLabel(clause.pillar), leverLabel(clause.lever)],
    legal: clause.legalBases.flatMap((id) => {
      const legal = legalById.get(id);
      return legal ? [legal.citation, id] : [id];
    }),
    body,
    notes: [clause.notes.whenToUse, clause.notes.pitfalls, clause.notes.executionCheck],
  };
}

/** Builds the index once; `clauses` are what may be found (e.g. `referentiel.insertableClauses()`). */
export function buildSearchIndex(clauses: readonly Clause[], legalTexts: readonly LegalText[]): SearchIndex {
  const legalById = new Map(legalTexts.map((l) => [l.id, l] as const));
  const docs = [...clauses].sort(byTitle); // document number = title rank, so ties sort by title for free
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const termOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termList.length;
      termIds.set(term, id);
      termList.push(term);
    }
    return id;
  };

  // term → [doc, weight, doc, weight…] and word pair → the same, weight of the best field holding it.
  // Flat arrays: a library of 5 000 clauses holds close to a million (term, clause) entries.
  const rawPostings: number[][] = [];
  const rawPairs = new Map<number, number[]>();
  const PAIR_BASE = 1 << 21;
  const termsOfText = new Map<string, readonly number[]>(); // the same paragraph often recurs across clauses

  docs.forEach((clause, doc) => {
    const fields = fieldTexts(clause, legalById);
    const counts = new Map<number, number>();
    const docPairs = new Map<number, number>();
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      const weight = FIELD_WEIGHTS[field];
      const tf = new Map<number, number>();
      for (const text of fields[field]) {
        let ids = termsOfText.get(text);
        if (!ids) termsOfText.set(text, (ids = searchTerms(text).map(termOf)));
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] ?? 0;
          tf.set(id, (tf.get(id) ?? 0) + 1);
          const next = ids[i + 1];
          if (next === undefined) continue;
          const key = id * PAIR_BASE + next;
          if ((docPairs.get(key) ?? 0) < weight) docPairs.set(key, weight);
        }
      }
      for (const [id, count] of tf) counts.set(id, (counts.get(id) ?? 0) + weight * (1 + Math.log(count)));
    }
    for (const [id, weight] of counts) (rawPostings[id] ??= []).push(doc, weight);
    for (const [key, weight] of docPairs) {
      const list = rawPairs.get(key);
      if (list) list.push(doc, weight);
      else rawPairs.set(key, [doc, weight]);
    }
  });

  const n = docs.length;
  const postings = toTable(
    termList.map((_, id) => rawPostings[id]),
    n,
  );
  // Word pairs sorted by key and found by binary search: no map entry per pair.
  const pairKeys = Float64Array.from(rawPairs.keys()).sort();
  const pairs = toTable(
    Array.from(pairKeys, (key) => rawPairs.get(key)),
    n,
  );
  const pairRow = (key: number): number | undefined => {
    let lo = 0;
    let hi = pairKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = pairKeys[mid] ?? 0;
      if (at === key) return mid;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const rowLength = (table: PostingTable, row: number) =>
    (table.start[row + 1] ?? 0) - (table.start[row] ?? 0);

  // Terms sorted, to find every term starting with the last word typed by binary search.
  const sortedTerms = termList.map((term, id) => ({ term, id })).sort((a, b) => (a.term < b.term ? -1 : 1));
  const sortedStrings = sortedTerms.map((t) => t.term);
  const prefixIds = (prefix: string): number[] => {
    let lo = 0;
    let hi = sortedStrings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedStrings[mid] ?? "") < prefix) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let i = lo; i < sortedStrings.length && (sortedStrings[i] ?? "").startsWith(prefix); i++) {
      ids.push(sortedTerms[i]?.id ?? 0);
    }
    return ids;
  };

  // Buffers reused by every query (a keystroke allocates nothing proportional to the library).
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const tokenScore = new Float64Array(n);
  const touched = new Int32Array(n);
  const seen = new Uint8Array(n);
  const union = new Int32Array(n);
  const bestPool: Int32Array[] = [];

  // Short prefixes start many words: their merged postings (best expansion per clause) are computed
  // once here, so the first keystrokes cost one walk instead of one per expansion.
  interface Merged {
    readonly docs: Int32Array;
    readonly values: Float32Array;
    readonly best: Int32Array;
  }
  const merged = new Map<string, Merged>();
  {
    const groups = new Map<string, number[]>();
    termList.forEach((term, id) => {
      for (const length of MERGED_PREFIX_LENGTHS) {
        if (term.length < length) continue;
        const prefix = term.slice(0, length);
        const group = groups.get(prefix);
        if (group) group.push(id);
        else groups.set(prefix, [id]);
      }
    });
    const value = new Float64Array(n);
    const best = new Int32Array(n);
    const hit: number[] = [];
    for (const [prefix, ids] of groups) {
      if (ids.length < MERGE_FROM_EXPANSIONS) continue;
      hit.length = 0;
      for (const id of ids) {
        const factor = termList[id] === prefix ? 1 : PREFIX_FACTOR;
        for (let i = postings.start[id] ?? 0, end = postings.start[id + 1] ?? 0; i < end; i++) {
          const doc = postings.docs[i] ?? 0;
          const v = (postings.weights[i] ?? 0) * factor;
          const previous = value[doc] ?? 0;
          if (previous === 0) hit.push(doc);
          if (v > previous) {
            value[doc] = v;
            best[doc] = id;
          }
        }
      }
      const entry = {
        docs: Int32Array.from(hit),
        values: new Float32Array(hit.length),
        best: new Int32Array(hit.length),
      };
      hit.forEach((doc, i) => {
        entry.values[i] = value[doc] ?? 0;
        entry.best[i] = best[doc] ?? -1;
        value[doc] = 0;
      });
      merged.set(prefix, entry);
    }
  }

  const expansionsOf = (term: string, isLast: boolean): { id: number; factor: number }[] => {
    const exact = termIds.get(term);
    const expansions: { id: number; factor: number }[] = [];
    if (exact !== undefined) expansions.push({ id: exact, factor: 1 });
    if (!isLast || term.length < MIN_PREFIX) return expansions;
    let ids = prefixIds(term).filter((id) => id !== exact);
    if (term.length < 3 && ids.length > MAX_SHORT_EXPANSIONS) {
      // A two-letter prefix can start hundreds of words: keep the most frequent ones.
      ids = ids
        .sort((a, b) => rowLength(postings, b) - rowLength(postings, a))
        .slice(0, MAX_SHORT_EXPANSIONS);
    }
    for (const id of ids) expansions.push({ id, factor: PREFIX_FACTOR });
    return expansions;
  };

  function search(query: string, filter: ClauseFilter = {}, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const terms = queryTerms(query);
    if (terms.length === 0) {
      const hits: SearchHit[] = [];
      for (const clause of docs) {
        if (hits.length >= limit) break;
        if (matchesFilter(clause, filter)) hits.push({ clause, score: 0, matches: [] });
      }
      return hits;
    }

    let unionSize = 0;
    const expanded = terms.map((term, position) => expansionsOf(term, position === terms.length - 1));
    expanded.forEach((expansions, position) => {
      const bestTerm = (bestPool[position] ??= new Int32Array(n).fill(-1));
      let count = 0;
      const table = position === terms.length - 1 ? merged.get(terms[position] ?? "") : undefined;
      if (table) {
        for (let i = 0; i < table.docs.length; i++) {
          const doc = table.docs[i] ?? 0;
          touched[count++] = doc;
          tokenScore[doc] = table.values[i] ?? 0;
          bestTerm[doc] = table.best[i] ?? -1;
        }
      }
      for (const { id, factor } of table ? [] : expansions) {
        for (let i = postings.start[id] ?? 0, end = postings.start[id + 1] ?? 0; i < end; i++) {
          const doc = postings.docs[i] ?? 0;
          const value = (postings.weights[i] ?? 0) * factor;
          const previous = tokenScore[doc] ?? 0;
          if (previous === 0) touched[count++] = doc;
          if (value > previous) {
            tokenScore[doc] = value;
            bestTerm[doc] = id;
          }
        }
      }
      for (let k = 0; k < count; k++) {
        const doc = touched[k] ?? 0;
        total[doc] = (total[doc] ?? 0) + (tokenScore[doc] ?? 0);
        matched[doc] = (matched[doc] ?? 0) + 1;
        tokenScore[doc] = 0;
        if (seen[doc] === 0) {
          seen[doc] = 1;
          union[unionSize++] = doc;
        }
      }
    });

    // Adjacent query words found side by side in the clause (the word being typed by any of its expansions).
    for (let i = 0; i + 1 < terms.length; i++) {
      let count = 0;
      for (const a of expanded[i] ?? []) {
        for (const b of expanded[i + 1] ?? []) {
          const row = pairRow(a.id * PAIR_BASE + b.id);
          if (row === undefined) continue;
          for (let j = pairs.start[row] ?? 0, end = pairs.start[row + 1] ?? 0; j < end; j++) {
            const doc = pairs.docs[j] ?? 0;
            const value = (pairs.weights[j] ?? 0) * PHRASE_BONUS * a.factor * b.factor;
            const previous = tokenScore[doc] ?? 0;
            if (previous === 0) touched[count++] = doc;
            if (value > previous) tokenScore[doc] = value;
          }
        }
      }
      for (let k = 0; k < count; k++) {
        const doc = touched[k] ?? 0;
        total[doc] = (total[doc] ?? 0) + (tokenScore[doc] ?? 0);
        tokenScore[doc] = 0;
      }
    }

    // Every word must match; when no clause has them all, the clauses with the most words come first.
    let needed = terms.length;
    let any = false;
    for (let k = 0; k < unionSize && !any; k++) any = matched[union[k] ?? 0] === needed;
    if (!any) needed = 1;
    const better = (x: number, y: number): boolean =>
      (matched[x] ?? 0) !== (matched[y] ?? 0)
        ? (matched[x] ?? 0) > (matched[y] ?? 0)
        : (total[x] ?? 0) !== (total[y] ?? 0)
          ? (total[x] ?? 0) > (total[y] ?? 0)
          : x < y;
    const ranked: number[] = [];
    if (limit > TOP_BY_INSERTION) {
      for (let k = 0; k < unionSize; k++) {
        const doc = union[k] ?? 0;
        const clause = docs[doc];
        if ((matched[doc] ?? 0) >= needed && clause && matchesFilter(clause, filter)) ranked.push(doc);
      }
      ranked.sort(
        (x, y) => (matched[y] ?? 0) - (matched[x] ?? 0) || (total[y] ?? 0) - (total[x] ?? 0) || x - y,
      );
      if (ranked.length > limit) ranked.length = limit;
    }
    for (let k = 0; k < unionSize && limit <= TOP_BY_INSERTION; k++) {
      const doc = union[k] ?? 0;
      if ((matched[doc] ?? 0) < needed) continue;
      if (ranked.length >= limit) {
        const worst = ranked[ranked.length - 1] ?? 0;
        if (!better(doc, worst)) continue;
      }
      const clause = docs[doc];
      if (!clause || !matchesFilter(clause, filter)) continue;
      // Insertion into the (short) ranked list keeps the top `limit` without sorting everything.
      let at = ranked.length;
      while (at > 0 && better(doc, ranked[at - 1] ?? 0)) at--;
      ranked.splice(at, 0, doc);
      if (ranked.length > limit) ranked.pop();
    }

    const hits = ranked.flatMap((doc) => {
      const clause = docs[doc];
      if (!clause) return [];
      const matches: string[] = [];
      for (let position = 0; position < expanded.length; position++) {
        const term = termList[bestPool[position]?.[doc] ?? -1];
        if (term !== undefined && !matches.includes(term)) matches.push(term);
      }
      return [{ clause, score: total[doc] ?? 0, matches }];
    });
    for (let k = 0; k < unionSize; k++) {
      const doc = union[k] ?? 0;
      total[doc] = 0;
      matched[doc] = 0;
      seen[doc] = 0;
      for (let position = 0; position < expanded.length; position++) {
        const bestTerm = bestPool[position];
        if (bestTerm) bestTerm[doc] = -1;
      }
    }
    return hits;
  }

  return { size: n, search };
}

export interface HighlightSegment {
  readonly text: string;
  readonly hit: boolean;
}

/**
 * Splits `text` into segments, marking the words the query matches the way the search does (accents,
 * case, plural folded; the last query word as a prefix). Joining the segments gives back `text`.
 */
export function highlight(text: string, query: string): HighlightSegment[] {
  const terms = queryTerms(query);
  const last = terms.at(-1);
  const exact = new Set(terms);
  const isHit = (word: string): boolean => {
    const term = foldTerm(normalizeFrench(word));
    if (exact.has(term)) return true;
    return last !== undefined && last.length >= MIN_PREFIX && term.startsWith(last);
  };
  const segments: HighlightSegment[] = [];
  const push = (part: string, hit: boolean) => {
    if (part.length === 0) return;
    const previous = segments.at(-1);
    if (previous && previous.hit === hit) segments[segments.length - 1] = { text: previous.text + part, hit };
    else segments.push({ text: part, hit });
  };
  let cursor = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    push(text.slice(cursor, start), false);
    push(match[0], terms.length > 0 && isHit(match[0]));
    cursor = start + match[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}
