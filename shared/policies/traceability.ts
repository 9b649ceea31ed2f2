import type { Policy, Source } from "./schema";

// Every figure of a preset cites a verbatim excerpt of its SPASER. These pure helpers let a test (or a
// reviewer's tool) check that the excerpt is really in the seed text and really holds the figure.

/** One figure of a preset and the source that must justify it. */
export interface TracedFigure {
  /** Where the figure lives in the preset, e.g. « thresholds.0 » or « targets.2.baseline ». */
  readonly path: string;
  readonly values: readonly number[];
  readonly source: Source;
  /** Set when the SPASER states the target relative to a past value (« doublement » of this value). */
  readonly doubledFrom?: number;
}

/** Every seed or law source anywhere in the preset, with its path (figures, principles, tie-break…). */
export function sourcesOf(policy: Policy): { path: string; source: Source }[] {
  const found: { path: string; source: Source }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, path ? `${path}.${index}` : String(index)));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === "source" && isSource(child)) found.push({ path: childPath, source: child });
      else walk(child, childPath);
    }
  };
  walk(policy, "");
  return found;
}

function isSource(value: unknown): value is Source {
  return typeof value === "object" && value !== null && "kind" in value;
}

/** The numeric figures of a preset, each with the source that must contain it. */
export function figuresOf(policy: Policy): TracedFigure[] {
  const figures: TracedFigure[] = [];
  const rule = policy.environmentalCriterion;
  if (rule.kind === "minimum") {
    figures.push({ path: "environmentalCriterion", values: [rule.minPercent], source: rule.source });
  } else if (rule.kind === "range-by-family") {
    const bounds = rule.ranges.flatMap((r) => [r.minPercent, r.maxPercent]);
    if (rule.fallback) bounds.push(rule.fallback.minPercent, rule.fallback.maxPercent);
    figures.push({ path: "environmentalCriterion", values: bounds, source: rule.source });
  }
  policy.thresholds.forEach((t, i) => {
    figures.push({ path: `thresholds.${i}`, values: defined([t.amountHT, t.maxAmountHT]), source: t.source });
  });
  const sme = policy.smeAdvance;
  if (sme)
    figures.push({ path: "smeAdvance", values: defined([sme.percent, sme.maxAmountHT]), source: sme.source });
  policy.targets.forEach((target, i) => {
    const values = Object.values(target.byYear);
    const baseline = target.baseline;
    if (baseline?.source) {
      figures.push({ path: `targets.${i}.baseline`, values: [baseline.value], source: baseline.source });
    } else if (baseline) {
      values.push(baseline.value);
    }
    figures.push({
      path: `targets.${i}`,
      values,
      source: target.source,
      ...(baseline ? { doubledFrom: baseline.value } : {}),
    });
  });
  policy.committees.forEach((c, i) => {
    const path = `committees.${i}`;
    figures.push({ path, values: defined([c.sessionsPerYear, c.sessionsPerYearMax]), source: c.source });
    if (c.timing?.kind === "months-before-award") {
      const timingSource = c.timing.source ?? c.source;
      figures.push({ path: `${path}.timing`, values: [c.timing.months], source: timingSource });
      const prep = c.timing.preparation;
      if (prep) {
        figures.push({
          path: `${path}.timing.preparation`,
          values: [prep.fromMonths, prep.toMonths],
          source: prep.source ?? timingSource,
        });
      }
    }
    if (c.dossiersPerYear) {
      figures.push({
        path: `${path}.dossiersPerYear`,
        values: [c.dossiersPerYear.min, c.dossiersPerYear.max],
        source: c.dossiersPerYear.source ?? c.source,
      });
    }
  });
  return figures;
}

function defined(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined);
}

/**
 * Text as compared for quotes: markup of the extraction (`**`, `<b>`) dropped, typographic apostrophes
 * made plain, whitespace collapsed. `keepHyphen` says what a hyphen at a line break becomes (« co-\n
 * construction » keeps it, « trans-\nition » does not): compare against both readings.
 */
export function normaliseQuoteText(text: string, keepHyphen = true): string {
  return text
    .normalize("NFC")
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, keepHyphen ? "$1-$2" : "$1$2")
    .replace(/\s+/gu, " ")
    .trim();
}

/** True when `quote` appears in `seedText`, up to whitespace, markup and hyphenation line breaks. */
export function seedContainsQuote(seedText: string, quote: string): boolean {
  const wanted = normaliseQuoteText(quote);
  return (
    normaliseQuoteText(seedText, true).includes(wanted) ||
    normaliseQuoteText(seedText, false).includes(wanted)
  );
}

// Cadences and counts the SPASERs write in words (« une fois par an », « 1 fois par trimestre »).
const NUMBER_WORDS: readonly [RegExp, number][] = [
  [/(?<!\p{L})(une fois|annuel(le)?s?|chaque année)(?!\p{L})/iu, 1],
  [/(?<!\p{L})(deux|semestr\p{L}*)(?!\p{L})/iu, 2],
  [/(?<!\p{L})trois(?!\p{L})/iu, 3],
  [/(?<!\p{L})(quatre|trimestr\p{L}*)(?!\p{L})/iu, 4],
  [/(?<!\p{L})(douze|mensuel(le)?s?)(?!\p{L})/iu, 12],
];

/**
 * The numbers a French excerpt states: « 90 000 », « 37,4 », « 90 K€ » (→ 90 000 and 90), « J-12 »
 * (→ 12), and cadences in words (« une fois par an » → 1, « par trimestre » → 4).
 */
export function numbersIn(quote: string): Set<number> {
  const text = normaliseQuoteText(quote);
  const found = new Set<number>();
  const numberPattern = /(?<![\d,])(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?(?!\d)/g;
  for (const match of text.matchAll(numberPattern)) {
    const [whole, integer = "", decimals] = match;
    const value = Number(`${integer.replace(/ /g, "")}${decimals ? `.${decimals}` : ""}`);
    found.add(value);
    const after = text.slice((match.index ?? 0) + whole.length);
    if (/^ ?[kK] ?€/.test(after)) found.add(value * 1000);
    if (/^ ?M ?€/.test(after)) found.add(value * 1_000_000);
  }
  for (const [pattern, value] of NUMBER_WORDS) if (pattern.test(text)) found.add(value);
  return found;
}

/** The figure's values its quote does not state (empty when the quote justifies them all). */
export function valuesMissingFromQuote(figure: TracedFigure): number[] {
  if (figure.source.kind !== "seed" || figure.source.quote === undefined) return [...figure.values];
  const quote = figure.source.quote;
  const stated = numbersIn(quote);
  const doubles = /doubl/i.test(quote);
  return figure.values.filter(
    (value) =>
      !stated.has(value) &&
      !(doubles && figure.doubledFrom !== undefined && value === 2 * figure.doubledFrom),
  );
}
