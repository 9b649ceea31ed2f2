import { SpaserError } from "../../errors";
import { formatProblem, loadReferentiel, type ReferentielFile } from "../loader";
import type { Referentiel } from "../referentiel";
import segments from "./segments.json";
import legalCore from "./legal/core.json";

// The référentiel shipped in the product. One line per file: add yours (path relative to this folder,
// as `spaser referentiel check` prints it). Files: segments.json, legal/*.json, clauses/*.json.
export const embeddedFiles: readonly ReferentielFile[] = [
  { path: "segments.json", data: segments },
  { path: "legal/core.json", data: legalCore },
];

let cache: Referentiel | undefined;

/** The embedded référentiel, validated once. Throws REFERENTIEL_INVALID listing the problems if it is not valid. */
export function loadEmbeddedReferentiel(): Referentiel {
  if (cache) return cache;
  const { referentiel, problems } = loadReferentiel(embeddedFiles);
  if (problems.length > 0) {
    throw new SpaserError("REFERENTIEL_INVALID", {
      count: problems.length,
      problems: problems.slice(0, 20).map(formatProblem).join(" ; "),
    });
  }
  cache = referentiel;
  return referentiel;
}
