import { normalizeFrench } from "../text";
import {
  TRANSVERSE,
  type Clause,
  type ClauseStatus,
  type DocumentType,
  type LegalText,
  type Lever,
  type Pillar,
  type Segment,
} from "./schema";

/** Where a version of a clause stands against the current référentiel (used by document audits). */
export type VersionStatus = "a-jour" | "version-depassee" | "retiree" | "inconnue";
export const versionStatuses: readonly VersionStatus[] = [
  "a-jour",
  "version-depassee",
  "retiree",
  "inconnue",
];

export interface ClauseFilter {
  /** A segment id: matches clauses listing it and transverse clauses. */
  readonly segment?: string;
  readonly document?: DocumentType;
  readonly pillar?: Pillar;
  readonly lever?: Lever;
  readonly status?: ClauseStatus;
}

/** The loaded, cross-checked library. Built by `loadReferentiel` or `loadEmbeddedReferentiel`. */
export interface Referentiel {
  readonly segments: readonly Segment[];
  readonly legalTexts: readonly LegalText[];
  /** Every version of every clause, sorted by id then version. */
  readonly clauses: readonly Clause[];
  segment(id: string): Segment | undefined;
  legalText(id: string): LegalText | undefined;
  /** Ids of all clauses, sorted. */
  clauseIds(): readonly string[];
  /** All versions of a clause, oldest first (empty when unknown). */
  versions(id: string): readonly Clause[];
  /** A given version, or the highest version whatever its status; retired clauses stay resolvable. */
  getClause(id: string, version?: number): Clause | undefined;
  /** The highest validated version, or undefined when the clause is unknown, never validated or retired. */
  latestValidated(id: string): Clause | undefined;
  /** What a drafter may insert: the latest validated version of each clause that is not retired, by title. */
  insertableClauses(): readonly Clause[];
  /**
   * `retiree` when the clause's highest version is retired; `version-depassee` when a higher validated
   * version exists; `a-jour` otherwise; `inconnue` when the id or the version does not exist.
   */
  versionStatus(id: string, version: number): VersionStatus;
  /**
   * One version per clause id — the highest one, or with `status`, the highest one having that status
   * (`validee` leaves retired clauses out) — matching every filter, sorted by title. The segment filter
   * includes transverse clauses.
   */
  clausesFor(filter?: ClauseFilter): readonly Clause[];
}

export function matchesSegment(clause: Clause, segment: string): boolean {
  return clause.segments.includes(segment) || clause.segments.includes(TRANSVERSE);
}

/** Whether a clause passes the non-status filters (status picks the version, see `clausesFor`). */
export function matchesFilter(clause: Clause, filter: ClauseFilter): boolean {
  return (
    (filter.segment === undefined || matchesSegment(clause, filter.segment)) &&
    (filter.document === undefined || clause.documents.includes(filter.document)) &&
    (filter.pillar === undefined || clause.pillar === filter.pillar) &&
    (filter.lever === undefined || clause.lever === filter.lever) &&
    (filter.status === undefined || clause.governance.status === filter.status)
  );
}

const titleKey = new WeakMap<Clause, string>();
function sortKey(clause: Clause): string {
  let key = titleKey.get(clause);
  if (key === undefined) {
    key = normalizeFrench(clause.title);
    titleKey.set(clause, key);
  }
  return key;
}

/** Sorts clauses by title the way a French reader expects (accents ignored), then id and version. */
export function byTitle(a: Clause, b: Clause): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.version - b.version;
}

/** Builds the API over already-validated data (the loader does the validation). */
export function createReferentiel(data: {
  segments: readonly Segment[];
  legalTexts: readonly LegalText[];
  clauses: readonly Clause[];
}): Referentiel {
  const clauses = [...data.clauses].sort((a, b) =>
    a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1,
  );
  const versionsById = new Map<string, Clause[]>();
  for (const clause of clauses) {
    const list = versionsById.get(clause.id);
    if (list) list.push(clause);
    else versionsById.set(clause.id, [clause]);
  }
  const segmentsById = new Map(data.segments.map((s) => [s.id, s] as const));
  const legalById = new Map(data.legalTexts.map((l) => [l.id, l] as const));
  const ids = [...versionsById.keys()];

  const versions = (id: string): readonly Clause[] => versionsById.get(id) ?? [];
  const latest = (id: string): Clause | undefined => versions(id).at(-1);
  const isRetired = (id: string): boolean => latest(id)?.governance.status === "retiree";
  const highestWith = (id: string, status: ClauseStatus): Clause | undefined =>
    versions(id).findLast((c) => c.governance.status === status);
  const latestValidated = (id: string): Clause | undefined =>
    isRetired(id) ? undefined : highestWith(id, "validee");

  let insertable: readonly Clause[] | undefined;

  return {
    segments: data.segments,
    legalTexts: data.legalTexts,
    clauses,
    segment: (id) => segmentsById.get(id),
    legalText: (id) => legalById.get(id),
    clauseIds: () => ids,
    versions,
    getClause(id, version) {
      return version === undefined ? latest(id) : versions(id).find((c) => c.version === version);
    },
    latestValidated,
    insertableClauses() {
      insertable ??= ids
        .map(latestValidated)
        .filter((c): c is Clause => c !== undefined)
        .sort(byTitle);
      return insertable;
    },
    versionStatus(id, version) {
      const clause = versions(id).find((c) => c.version === version);
      if (!clause) return "inconnue";
      if (isRetired(id)) return "retiree";
      const current = highestWith(id, "validee");
      return current !== undefined && current.version > version ? "version-depassee" : "a-jour";
    },
    clausesFor(filter = {}) {
      const { status, ...rest } = filter;
      const picked: Clause[] = [];
      for (const id of ids) {
        const clause =
          status === undefined
            ? latest(id)
            : status === "validee"
              ? latestValidated(id)
              : highestWith(id, status);
        if (clause && matchesFilter(clause, rest)) picked.push(clause);
      }
      return picked.sort(byTitle);
    },
  };
}
