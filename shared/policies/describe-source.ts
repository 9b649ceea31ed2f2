import type { Source } from "./schema";

// Seed files are named by hash; users know them by the collectivité's name.
const SEED_NAMES: Readonly<Record<string, string>> = {
  "000_cf2a104bac0f6dc5.txt": "SPASER de Valence Romans Agglo 2023-2026",
  "001_0e6453f366d6f75b.txt": "SPASER du Département de la Drôme 2025-2028",
  "002_4510f2925aa1b08d.txt": "SPASER de Clermont-Ferrand et Clermont Auvergne Métropole",
  "003_205ab2dec95a2667.txt": "SPASER du Département du Val-de-Marne 2023-2028",
  "004_e11d47e0dbad50ea.txt": "SPASER du Département d'Ille-et-Vilaine 2024-2028",
};

/** « SPASER d'Ille-et-Vilaine 2024-2028, objectif 12 » or « Art. L2152-7 CCP », for messages. */
export function describeSource(source: Source): string {
  if (source.kind === "law") return source.text;
  return `${SEED_NAMES[source.file] ?? source.file}, ${source.section}`;
}
