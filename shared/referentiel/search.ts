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

interface Postings {
  readonly docs: Int32Array;
  readonly weights: Float32Array;
  readonly idf: number;
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

  // term → (doc → weight), and word pair → (doc → weight of the best field holding it)
  const rawPostings: Map<number, number>[] = [];
  const rawPairs = new Map<number, Map<number, number>>();
  const PAIR_BASE = 1 << 21;

  docs.forEach((clause, doc) => {
    const fields = fieldTexts(clause, legalById);
    const counts = new Map<number, number>();
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      const weight = FIELD_WEIGHTS[field];
      const tf = new Map<number, number>();
      for (const text of fields[field]) {
        const ids = searchTerms(text).map(termOf);
        ids.forEach((id, i) => {
          tf.set(id, (tf.get(id) ?? 0) + 1);
          const next = ids[i + 1];
          if (next === undefined) return;
          const key = id * PAIR_BASE + next;
          let pair = rawPairs.get(key);
          if (!pair) rawPairs.set(key, (pair = new Map()));
          pair.set(doc, Math.max(pair.get(doc) ?? 0, weight));
        });
      }
      for (const [id, n] of tf) counts.set(id, (counts.get(id) ?? 0) + weight * (1 + Math.log(n)));
    }
    for (const [id, weight] of counts) (rawPostings[id] ??= new Map()).set(doc, weight);
  });

  const n = docs.length;
  const toPostings = (map: ReadonlyMap<number, number>): Postings => ({
    docs: Int32Array.from(map.keys()),
    weights: Float32Array.from(map.values()),
    idf: Math.log(1 + n / Math.max(1, map.size)),
  });
  const postings = termList.map((_, id) => toPostings(rawPostings[id] ?? new Map()));
  const pairs = new Map<number, Postings>();
  for (const [key, map] of rawPairs) pairs.set(key, toPostings(map));

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

    const total = new Float64Array(n);
    const matched = new Uint8Array(n);
    const best: Int32Array[] = [];
    const expanded: { id: number; factor: number }[][] = [];
    terms.forEach((term, position) => {
      const exact = termIds.get(term);
      const isLast = position === terms.length - 1;
      const expansions: { id: number; factor: number }[] = [];
      if (exact !== undefined) expansions.push({ id: exact, factor: 1 });
      if (isLast && term.length >= MIN_PREFIX) {
        for (const id of prefixIds(term)) if (id !== exact) expansions.push({ id, factor: PREFIX_FACTOR });
      }
      expanded.push(expansions);
      const tokenScore = new Float64Array(n);
      const bestTerm = new Int32Array(n).fill(-1);
      for (const { id, factor } of expansions) {
        const p = postings[id];
        if (!p) continue;
        for (let i = 0; i < p.docs.length; i++) {
          const doc = p.docs[i] ?? 0;
          const value = (p.weights[i] ?? 0) * p.idf * factor;
          if (value > (tokenScore[doc] ?? 0)) {
            tokenScore[doc] = value;
            bestTerm[doc] = id;
          }
        }
      }
      for (let doc = 0; doc < n; doc++) {
        const value = tokenScore[doc] ?? 0;
        if (value > 0) {
          total[doc] = (total[doc] ?? 0) + value;
          matched[doc] = (matched[doc] ?? 0) + 1;
        }
      }
      best.push(bestTerm);
    });

    // Adjacent query words found side by side in the clause (the word being typed by any of its expansions).
    for (let i = 0; i + 1 < terms.length; i++) {
      const bonus = new Float64Array(n);
      for (const a of expanded[i] ?? []) {
        for (const b of expanded[i + 1] ?? []) {
          const p = pairs.get(a.id * PAIR_BASE + b.id);
          if (!p) continue;
          for (let j = 0; j < p.docs.length; j++) {
            const doc = p.docs[j] ?? 0;
            const value = (p.weights[j] ?? 0) * p.idf * PHRASE_BONUS * a.factor * b.factor;
            if (value > (bonus[doc] ?? 0)) bonus[doc] = value;
          }
        }
      }
      for (let doc = 0; doc < n; doc++) total[doc] = (total[doc] ?? 0) + (bonus[doc] ?? 0);
    }

    const candidates: number[] = [];
    let needed = terms.length;
    for (let doc = 0; doc < n; doc++) if (matched[doc] === needed) candidates.push(doc);
    if (candidates.length === 0) {
      needed = 1;
      for (let doc = 0; doc < n; doc++) if ((matched[doc] ?? 0) >= needed) candidates.push(doc);
    }
    const kept = candidates.filter((doc) => docs[doc] !== undefined && matchesFilter(docs[doc], filter));
    kept.sort((x, y) => (matched[y] ?? 0) - (matched[x] ?? 0) || (total[y] ?? 0) - (total[x] ?? 0) || x - y);
    return kept.slice(0, Math.min(kept.length, limit)).flatMap((doc) => {
      const clause = docs[doc];
      if (!clause) return [];
      const matches = [
        ...new Set(
          best
            .map((ids) => ids[doc] ?? -1)
            .filter((id) => id >= 0)
            .map((id) => termList[id] ?? ""),
        ),
      ];
      return [{ clause, score: total[doc] ?? 0, matches }];
    });
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
