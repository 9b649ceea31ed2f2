import { SpaserError } from "../../errors";
import { formatProblem, loadReferentiel, type ReferentielFile } from "../loader";
import type { Referentiel } from "../referentiel";
import segments from "./segments.json";
import legalCore from "./legal/core.json";
import legalSegmentsA from "./legal/segments-a.json";
import legalSegmentsB from "./legal/segments-b.json";
import clausesBatiment from "./clauses/batiment.json";
import clausesEnergie from "./clauses/energie.json";
import clausesEspacesVertsBiodiversite from "./clauses/espaces-verts-biodiversite.json";
import clausesFournituresMoyensGeneraux from "./clauses/fournitures-moyens-generaux.json";
import clausesInfrastructureTp from "./clauses/infrastructure-tp.json";
import clausesMobilier from "./clauses/mobilier.json";
import clausesNettoyageHygiene from "./clauses/nettoyage-hygiene.json";
import clausesNumerique from "./clauses/numerique.json";
import clausesPrestationsIntellectuelles from "./clauses/prestations-intellectuelles.json";
import clausesRestauration from "./clauses/restauration.json";
import clausesTextileVetements from "./clauses/textile-vetements.json";
import clausesTransverse from "./clauses/transverse.json";
import clausesVehiculesMobilite from "./clauses/vehicules-mobilite.json";

// The référentiel shipped in the product. One line per file: add yours (path relative to this folder,
// as `spaser referentiel check` prints it). Files: segments.json, legal/*.json, clauses/*.json.
export const embeddedFiles: readonly ReferentielFile[] = [
  { path: "segments.json", data: segments },
  { path: "legal/core.json", data: legalCore },
  { path: "legal/segments-a.json", data: legalSegmentsA },
  { path: "legal/segments-b.json", data: legalSegmentsB },
  { path: "clauses/batiment.json", data: clausesBatiment },
  { path: "clauses/energie.json", data: clausesEnergie },
  { path: "clauses/espaces-verts-biodiversite.json", data: clausesEspacesVertsBiodiversite },
  { path: "clauses/fournitures-moyens-generaux.json", data: clausesFournituresMoyensGeneraux },
  { path: "clauses/infrastructure-tp.json", data: clausesInfrastructureTp },
  { path: "clauses/mobilier.json", data: clausesMobilier },
  { path: "clauses/nettoyage-hygiene.json", data: clausesNettoyageHygiene },
  { path: "clauses/numerique.json", data: clausesNumerique },
  { path: "clauses/prestations-intellectuelles.json", data: clausesPrestationsIntellectuelles },
  { path: "clauses/restauration.json", data: clausesRestauration },
  { path: "clauses/textile-vetements.json", data: clausesTextileVetements },
  { path: "clauses/transverse.json", data: clausesTransverse },
  { path: "clauses/vehicules-mobilite.json", data: clausesVehiculesMobilite },
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
