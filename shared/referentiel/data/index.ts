import { SpaserError } from "../../errors";
import { formatProblem, loadReferentiel, type ReferentielFile } from "../loader";
import type { Referentiel } from "../referentiel";
import segments from "./segments.json";
import legalCore from "./legal/core.json";
import legalSegmentsA from "./legal/segments-a.json";
import legalSegmentsB from "./legal/segments-b.json";
import clausesBatiment from "./clauses/batiment.json";
import clausesEspacesVertsBiodiversite from "./clauses/espaces-verts-biodiversite.json";
import clausesInfrastructureTp from "./clauses/infrastructure-tp.json";
import clausesNettoyageHygiene from "./clauses/nettoyage-hygiene.json";
import clausesNumerique from "./clauses/numerique.json";
import clausesVehiculesMobilite from "./clauses/vehicules-mobilite.json";
import clausesEnergie from "./clauses/energie.json";
import clausesTextileVetements from "./clauses/textile-vetements.json";
import clausesMobilier from "./clauses/mobilier.json";

// The référentiel shipped in the product. One line per file: add yours (path relative to this folder,
// as `spaser referentiel check` prints it). Files: segments.json, legal/*.json, clauses/*.json.
export const embeddedFiles: readonly ReferentielFile[] = [
  { path: "segments.json", data: segments },
  { path: "legal/core.json", data: legalCore },
  { path: "legal/segments-a.json", data: legalSegmentsA },
  { path: "legal/segments-b.json", data: legalSegmentsB },
  { path: "clauses/batiment.json", data: clausesBatiment },
  { path: "clauses/espaces-verts-biodiversite.json", data: clausesEspacesVertsBiodiversite },
  { path: "clauses/infrastructure-tp.json", data: clausesInfrastructureTp },
  { path: "clauses/nettoyage-hygiene.json", data: clausesNettoyageHygiene },
  { path: "clauses/numerique.json", data: clausesNumerique },
  { path: "clauses/vehicules-mobilite.json", data: clausesVehiculesMobilite },
  { path: "clauses/energie.json", data: clausesEnergie },
  { path: "clauses/textile-vetements.json", data: clausesTextileVetements },
  { path: "clauses/mobilier.json", data: clausesMobilier },
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
