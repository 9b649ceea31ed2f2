import type { LeverRef } from "../../../shared/agenda";
import type {
  Clause,
  Lever,
  Pillar,
  Referentiel,
  SearchIndex,
  VersionStatus,
} from "../../../shared/referentiel";

// The levers proposed on a dossier are référentiel clauses recorded as { clauseId, version } (LeverRef).
// Only types come from shared/referentiel here: the library itself is loaded on demand (useLibrary),
// so that the tab's first load does not carry the clauses and their search index.

/** One clause the picker proposes for a dossier. */
export interface LeverSuggestion {
  readonly clause: Clause;
  /** A transverse clause (valid for every segment) rather than one written for the dossier's segment. */
  readonly transverse: boolean;
}

export interface LeverSuggestions {
  /** Clauses written for the segment, then transverse ones; each part at most `limit` long. */
  readonly specific: readonly LeverSuggestion[];
  readonly transverse: readonly LeverSuggestion[];
  /** Matching clauses left out by the limit, both parts together. */
  readonly hidden: number;
}

export interface LeverQuery {
  readonly segment: string;
  readonly pillar?: Pillar;
  /** Words typed by the user; empty lists the segment's clauses by title. */
  readonly query?: string;
  /** At most this many clauses in each part (all by default). */
  readonly limit?: number;
}

/**
 * What may be proposed on a dossier of `segment`: the insertable clauses (latest validated version, none
 * retired) written for that segment first, then the transverse ones. Without a query each part is in
 * title order; with one, in the order of relevance of the search (accents and case ignored).
 */
export function suggestLevers(
  referentiel: Pick<Referentiel, "clausesFor">,
  index: SearchIndex,
  { segment, pillar, query = "", limit = Number.POSITIVE_INFINITY }: LeverQuery,
): LeverSuggestions {
  const filter = { segment, ...(pillar ? { pillar } : {}) };
  const clauses =
    query.trim() === ""
      ? referentiel.clausesFor({ ...filter, status: "validee" })
      : index.search(query, filter).map((hit) => hit.clause);
  const specific: LeverSuggestion[] = [];
  const transverse: LeverSuggestion[] = [];
  for (const clause of clauses) {
    const own = clause.segments.includes(segment);
    (own ? specific : transverse).push({ clause, transverse: !own });
  }
  const kept = (list: LeverSuggestion[]) => list.slice(0, limit);
  return {
    specific: kept(specific),
    transverse: kept(transverse),
    hidden: Math.max(0, specific.length - limit) + Math.max(0, transverse.length - limit),
  };
}

/** The lever recorded when a clause is picked; picking a clause already there replaces its version. */
export function addLever(levers: readonly LeverRef[], clause: Pick<Clause, "id" | "version">): LeverRef[] {
  const ref = { clauseId: clause.id, version: clause.version };
  const at = levers.findIndex((l) => l.clauseId === clause.id);
  return at < 0 ? [...levers, ref] : levers.map((l, i) => (i === at ? ref : l));
}

export function removeLever(levers: readonly LeverRef[], clauseId: string): LeverRef[] {
  return levers.filter((l) => l.clauseId !== clauseId);
}

export const hasLever = (levers: readonly LeverRef[], clause: Pick<Clause, "id" | "version">): boolean =>
  levers.some((l) => l.clauseId === clause.id && l.version === clause.version);

/** A recorded lever as the views show it: its clause's title and pillar, and where its version stands. */
export interface LeverView {
  readonly clauseId: string;
  readonly version: number;
  /** Title of the recorded version (or the latest one when that version is unknown); absent if unknown. */
  readonly title?: string;
  readonly pillar?: Pillar;
  readonly lever?: Lever;
  readonly status: VersionStatus;
  /** The version a drafter should use now, when it differs from the recorded one. */
  readonly current?: number;
}

export function describeLever(
  referentiel: Pick<Referentiel, "getClause" | "versionStatus" | "latestValidated">,
  ref: LeverRef,
): LeverView {
  const clause = referentiel.getClause(ref.clauseId, ref.version) ?? referentiel.getClause(ref.clauseId);
  const status = referentiel.versionStatus(ref.clauseId, ref.version);
  const current = referentiel.latestValidated(ref.clauseId)?.version;
  return {
    clauseId: ref.clauseId,
    version: ref.version,
    ...(clause ? { title: clause.title, pillar: clause.pillar, lever: clause.lever } : {}),
    status,
    ...(current !== undefined && current !== ref.version ? { current } : {}),
  };
}

/** Whether a lever deserves a warning badge: an outdated, retired or unknown version. */
export const needsAttention = (view: Pick<LeverView, "status">): boolean => view.status !== "a-jour";
