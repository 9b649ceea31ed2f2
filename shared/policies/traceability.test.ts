import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { formatAmount, formatNumber } from "../text";
import { listPolicies } from "./registry";
import {
  figuresOf,
  normaliseQuoteText,
  numbersIn,
  seedContainsQuote,
  sourcesOf,
  valuesMissingFromQuote,
} from "./traceability";

// The seeds live beside the repository (../shared/seeds); CI may point elsewhere.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const seedsDir = process.env.SPASER_SEEDS_DIR ?? join(repoRoot, "..", "shared", "seeds");
const seedTexts = new Map<string, string>();

function seedText(file: string): string {
  const text = seedTexts.get(file);
  if (text === undefined) throw new Error(`Texte du SPASER « ${file} » absent de ${seedsDir}.`);
  return text;
}

const presets = listPolicies().filter((p) => p.kind === "collectivite");

beforeAll(() => {
  if (!existsSync(seedsDir)) {
    throw new Error(
      `Dossier des textes SPASER introuvable : ${seedsDir}. Définissez SPASER_SEEDS_DIR vers le dossier shared/seeds.`,
    );
  }
  for (const policy of presets) {
    for (const { source } of sourcesOf(policy)) {
      if (source.kind !== "seed" || seedTexts.has(source.file)) continue;
      const path = join(seedsDir, source.file);
      if (!existsSync(path))
        throw new Error(`Texte du SPASER introuvable : ${path} (cité par « ${policy.id} »).`);
      seedTexts.set(source.file, readFileSync(path, "utf8"));
    }
  }
});

describe("every figure of a SPASER preset is traceable to its seed", () => {
  it.each(presets.map((p) => [p.id, p] as const))("%s cites only its own seed file", (_id, policy) => {
    expect(policy.seedFile).toBeDefined();
    const foreign = sourcesOf(policy)
      .filter(({ source }) => source.kind === "seed" && source.file !== policy.seedFile)
      .map(({ path }) => path);
    expect(foreign).toEqual([]);
  });

  it.each(presets.map((p) => [p.id, p] as const))(
    "%s quotes its seed verbatim in every seed source",
    (_id, policy) => {
      const problems: string[] = [];
      for (const { path, source } of sourcesOf(policy)) {
        if (source.kind !== "seed") continue;
        if (source.quote === undefined) problems.push(`${path} : citation manquante`);
        else if (!seedContainsQuote(seedText(source.file), source.quote))
          problems.push(`${path} : citation introuvable dans ${source.file} : « ${source.quote} »`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(presets.map((p) => [p.id, p] as const))("%s states every figure in its quote", (_id, policy) => {
    const problems = figuresOf(policy)
      .filter((figure) => figure.source.kind === "seed")
      .map((figure) => ({ figure, missing: valuesMissingFromQuote(figure) }))
      .filter(({ missing }) => missing.length > 0)
      .map(({ figure, missing }) => `${figure.path} : ${missing.join(", ")} absent(s) de la citation`);
    expect(problems).toEqual([]);
  });

  it.each(presets.map((p) => [p.id, p] as const))(
    "%s dates each target by a year its quote, section or note names",
    (_id, policy) => {
      const problems: string[] = [];
      policy.targets.forEach((target, index) => {
        const source = target.source;
        const context = [
          source.kind === "seed" ? (source.quote ?? "") : source.text,
          source.kind === "seed" ? source.section : "",
          source.note ?? "",
          target.note ?? "",
        ].join(" ");
        for (const year of Object.keys(target.byYear)) {
          if (!context.includes(year)) problems.push(`targets.${index} : année ${year} non justifiée`);
        }
      });
      expect(problems).toEqual([]);
    },
  );

  it("finds every figure of a preset, with the source that must justify it", () => {
    const clermont = presets.find((p) => p.id === "clermont");
    const paths = clermont ? figuresOf(clermont).map((f) => f.path) : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        "thresholds.0",
        "smeAdvance",
        "targets.0",
        "committees.0",
        "committees.0.timing",
        "committees.0.timing.preparation",
      ]),
    );
  });
});

describe("quote matching", () => {
  it("ignores line breaks, markup and typographic apostrophes of the extraction", () => {
    const seed = "La **formalisation d’une stratégie**  \n dont le montant est <b>supérieur</b> à 40 K € HT";
    expect(
      seedContainsQuote(seed, "formalisation d'une stratégie dont le montant est supérieur à 40 K € HT"),
    ).toBe(true);
    expect(seedContainsQuote(seed, "supérieur à 60 K € HT")).toBe(false);
  });

  it("reads a word cut by a hyphen at a line break either way", () => {
    const seed = "un processus de co-\nconstruction avec les acteurs et une transi-\ntion";
    expect(seedContainsQuote(seed, "processus de co-construction")).toBe(true);
    expect(seedContainsQuote(seed, "une transition")).toBe(true);
  });

  it("reads French numbers, k€ amounts and cadences written in words", () => {
    expect([...numbersIn("pour tous les contrats > 90 K€ HT")]).toEqual(expect.arrayContaining([90, 90000]));
    expect(numbersIn("inférieurs à 215 000 € HT").has(215000)).toBe(true);
    expect(numbersIn("37,4% des véhicules").has(37.4)).toBe(true);
    expect(numbersIn("programmation (J-12 mois)").has(12)).toBe(true);
    expect(numbersIn("se réunit une fois par an").has(1)).toBe(true);
    expect(numbersIn("Un Comité de revue des achats (1 fois par trimestre)").has(4)).toBe(true);
    expect(numbersIn("en 2024 36% des marchés").has(202436)).toBe(false);
  });

  it("collapses every kind of space the seeds use", () => {
    expect(normaliseQuoteText("20\u2009%  des\u00a0marchés\n\n")).toBe("20 % des marchés");
  });
});

describe("quote matching on open-ended input", () => {
  const word = fc.stringMatching(/^[a-zéèàçô’']{1,9}$/);
  const gap = fc.constantFrom(" ", "  ", "\n", "  \n", "\t", "\u00a0", "\u2009", " \n\n ");

  it("finds any run of words of a text, however the extraction wrapped its lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const seed = pieces.map(([w, g]) => w + g).join("");
          const start = a % pieces.length;
          const end = start + 1 + (b % (pieces.length - start));
          const quote = pieces
            .slice(start, end)
            .map(([w]) => w)
            .join(" ");
          return seedContainsQuote(seed, quote);
        },
      ),
    );
  });

  it("reads back any amount or number the French formatter writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        return (
          numbersIn(formatNumber(n)).has(n) &&
          numbersIn(formatAmount(n, { tax: "HT", wholeEuros: true })).has(n) &&
          numbersIn(String(n)).has(n)
        );
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        const value = whole + tenth / 10;
        return numbersIn(formatNumber(value)).has(value);
      }),
    );
  });
});
