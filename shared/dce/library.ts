import type { Clause } from "../referentiel/schema";

// What the DCE engine needs from the référentiel: every version of every clause. Built from a plain
// list so the engine runs on the embedded référentiel, on a SharePoint copy, or on test clauses alike.

export type VersionStatus = "a-jour" | "version-depassee" | "retiree" | "inconnue";

export interface ClauseLibrary {
  /** Every clause version, all statuses. */
  readonly clauses: readonly Clause[];
  /** That version, or the latest validated one when `version` is omitted. */
  get(id: string, version?: number): Clause | undefined;
  /** The newest validated version of a clause, if any. */
  latestValidated(id: string): Clause | undefined;
  status(id: string, version: number): VersionStatus;
}

export function libraryFromClauses(clauses: readonly Clause[]): ClauseLibrary {
  const byId = new Map<string, Clause[]>();
  for (const clause of clauses) {
    const versions = byId.get(clause.id) ?? [];
    versions.push(clause);
    byId.set(clause.id, versions);
  }
  for (const versions of byId.values()) versions.sort((a, b) => a.version - b.version);
  const latestValidated = (id: string) =>
    byId
      .get(id)
      ?.filter((c) => c.governance.status === "validee")
      .at(-1);
  return {
    clauses,
    latestValidated,
    get(id, version) {
      if (version === undefined) return latestValidated(id);
      return byId.get(id)?.find((c) => c.version === version);
    },
    status(id, version) {
      const versions = byId.get(id);
      if (!versions) return "inconnue";
      const latest = latestValidated(id);
      // A clause whose newest version is retired is retired, whatever version the document holds.
      if (versions.at(-1)?.governance.status === "retiree") return "retiree";
      if (versions.find((c) => c.version === version)?.governance.status === "retiree") return "retiree";
      if (!latest) return "inconnue";
      return version >= latest.version ? "a-jour" : "version-depassee";
    },
  };
}
