// Search in French must not depend on how the user typed accents, ligatures, capitals or apostrophes:
// « Réemploi », « reemploi » and « RÉEMPLOI » are the same word; « œuvre » matches « oeuvre ».

const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`´]/g;

/** Lower-case, accent-free, ligature-free text with straight apostrophes and single spaces. */
export function normalizeFrench(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim();
}

/**
 * Words of a text for indexing: normalised, split on anything that is not a letter or digit.
 * Elided articles (« l'insertion », « d'emploi ») yield the word after the apostrophe.
 */
export function tokenizeFrench(text: string): string[] {
  return normalizeFrench(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .filter(
      (word, index, words) => !(word.length === 1 && /[a-z]/.test(word) && words[index + 1] !== undefined),
    );
}

/** French function words that carry no meaning in a search query. */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "au",
  "aux",
  "avec",
  "ce",
  "ces",
  "dans",
  "de",
  "des",
  "du",
  "d",
  "en",
  "et",
  "la",
  "le",
  "les",
  "l",
  "leur",
  "leurs",
  "ou",
  "par",
  "pour",
  "qu",
  "que",
  "qui",
  "sa",
  "se",
  "ses",
  "son",
  "sur",
  "un",
  "une",
]);
