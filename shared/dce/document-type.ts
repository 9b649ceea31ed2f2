import type { DocumentType } from "../referentiel";
import { normalizeFrench } from "../text";

// The document type the Find view starts with, guessed from the document's title or file name:
// drafters name their files « CCAP - Travaux lycée », « 02_CCTP_lot3.docx », « Règlement de consultation ».
const PATTERNS: readonly [DocumentType, RegExp][] = [
  ["ccap", /\bccap\b|cahier des clauses administratives/],
  ["cctp", /\bcctp\b|cahier des clauses techniques/],
  ["rc", /\brc\b|reglement (de|de la) consultation/],
  ["ae", /\bae\b|acte d'engagement/],
  ["bpu-dpgf", /\bbpu\b|\bdpgf\b|bordereau des prix|decomposition du prix/],
];

export function guessDocumentType(...names: readonly (string | undefined)[]): DocumentType | undefined {
  for (const name of names) {
    if (!name) continue;
    const text = normalizeFrench(name).replace(/[-_.]+/g, " ");
    for (const [type, pattern] of PATTERNS) if (pattern.test(text)) return type;
  }
  return undefined;
}
