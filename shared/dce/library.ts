import { createReferentiel, type Clause, type Referentiel, type VersionStatus } from "../referentiel";

// What the DCE engine needs from the référentiel: every version of every clause and the version
// rules. Both builders go through the référentiel's own API, so the rules are written once.

export type { VersionStatus };

export interface ClauseLibrary {
  /** Every clause version, all statuses. */
  readonly clauses: readonly Clause[];
  /** That version, or the latest validated one when `version` is omitted. */
  get(id: string, version?: number): Clause | undefined;
  /** The newest validated version of a clause (undefined when retired or never validated). */
  latestValidated(id: string): Clause | undefined;
  status(id: string, version: number): VersionStatus;
}

/** The engine's view of the référentiel API (shared/referentiel). */
export function libraryFromReferentiel(referentiel: Referentiel): ClauseLibrary {
  return {
    clauses: referentiel.clauses,
    get: (id, version) =>
      version === undefined ? referentiel.latestValidated(id) : referentiel.getClause(id, version),
    latestValidated: (id) => referentiel.latestValidated(id),
    status: (id, version) => referentiel.versionStatus(id, version),
  };
}

/** A library over a plain list of clauses (tests, a SharePoint copy). */
export function libraryFromClauses(clauses: readonly Clause[]): ClauseLibrary {
  return libraryFromReferentiel(createReferentiel({ segments: [], legalTexts: [], clauses }));
}
