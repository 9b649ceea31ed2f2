// The publishable form of the référentiel: ONE JSON file `{ segments, legalTexts, clauses }` (the three
// collections of the référentiel folder, concatenated), which `spaser referentiel bundle` writes and
// `spaser referentiel publish` uploads to the SharePoint library. shared/referentiel has no bundle
// function (its loader reads a folder of files), so it lives here: the bundle is split back into the
// three kinds of files and checked by the same loader, with the same French problem list.
import { SpaserError } from "../../errors";
import {
  embeddedFiles,
  formatProblem,
  loadEmbeddedReferentiel,
  loadReferentiel,
  type Referentiel,
  type ReferentielFile,
} from "../../referentiel";

export interface ReferentielBundle {
  readonly segments: readonly unknown[];
  readonly legalTexts: readonly unknown[];
  readonly clauses: readonly unknown[];
}

const KEYS = ["segments", "legalTexts", "clauses"] as const;
/** Names the problems of a published bundle point to (file › JSON path : reason). */
const BUNDLE_FILES = {
  segments: "segments.json",
  legalTexts: "legal/referentiel.json",
  clauses: "clauses/referentiel.json",
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Concatenates référentiel files (as the loader reads them) into the one publishable bundle. */
export function bundleFiles(files: readonly ReferentielFile[]): ReferentielBundle {
  const bundle = { segments: [] as unknown[], legalTexts: [] as unknown[], clauses: [] as unknown[] };
  for (const file of files) {
    if (!isRecord(file.data)) continue;
    for (const key of KEYS) {
      const items = file.data[key];
      if (Array.isArray(items)) bundle[key].push(...(items as unknown[]));
    }
  }
  return bundle;
}

/** The référentiel embedded in this build (validated once). */
export function loadEmbedded(): Referentiel {
  return loadEmbeddedReferentiel();
}

/** The référentiel embedded in this build, as a bundle. */
export function embeddedBundle(): ReferentielBundle {
  return bundleFiles(embeddedFiles);
}

/** The bundle as the three files the loader expects. */
export function bundleToFiles(data: unknown): ReferentielFile[] {
  if (!isRecord(data)) {
    throw new SpaserError("REFERENTIEL_BUNDLE_INVALID", {
      count: 1,
      problems: "objet { segments, legalTexts, clauses } attendu",
    });
  }
  return KEYS.map((key) => ({ path: BUNDLE_FILES[key], data: { [key]: data[key] ?? [] } }));
}

/**
 * Parses and checks a published bundle with the référentiel loader. Throws REFERENTIEL_INVALID with the
 * French problem list (file › path : reason, 20 first) when anything is wrong: a published référentiel
 * is used whole or not at all.
 */
export function validateReferentielBundle(data: unknown): Referentiel {
  const { referentiel, problems } = loadReferentiel(bundleToFiles(data));
  if (problems.length > 0) {
    throw new SpaserError("REFERENTIEL_BUNDLE_INVALID", {
      count: problems.length,
      problems: problems.slice(0, 20).map(formatProblem).join(" ; "),
    });
  }
  return referentiel;
}
