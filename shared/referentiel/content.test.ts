import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { embeddedFiles, loadEmbeddedReferentiel } from "./data";
import { loadReferentiel } from "./loader";
import type { Clause, Pillar } from "./schema";

// The content gate of issue #3: thresholds on the validated clauses of the embedded référentiel.
// Only clauses listing a segment explicitly count for that segment (transverse clauses do not).

const SEGMENTS = [
  "batiment",
  "infrastructure-tp",
  "numerique",
  "restauration",
  "fournitures-moyens-generaux",
  "prestations-intellectuelles",
  "vehicules-mobilite",
  "espaces-verts-biodiversite",
  "nettoyage-hygiene",
  "energie",
  "textile-vetements",
  "mobilier",
] as const;

const MINIMUM_BY_PILLAR: Readonly<Record<Pillar, number>> = { environnemental: 4, social: 3, economique: 1 };

describe("the embedded référentiel", () => {
  it("passes every check of the loader", () => {
    expect(loadReferentiel(embeddedFiles).problems).toEqual([]);
  });

  it("embeds every JSON file of shared/referentiel/data (one line per file in data/index.ts)", () => {
    const dir = join(import.meta.dirname, "data");
    const onDisk = [
      "segments.json",
      ...readdirSync(join(dir, "legal")).map((f) => `legal/${f}`),
      ...readdirSync(join(dir, "clauses")).map((f) => `clauses/${f}`),
    ]
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(embeddedFiles.map((f) => f.path).sort()).toEqual(onDisk);
  });
});

describe("content thresholds (issue #3)", () => {
  const referentiel = loadEmbeddedReferentiel();
  const validated = referentiel.clauses.filter((c) => c.governance.status === "validee");
  const explicitFor = (segment: string): Clause[] => validated.filter((c) => c.segments.includes(segment));

  it("has at least 10 segments, the twelve expected among them", () => {
    expect(referentiel.segments.length).toBeGreaterThanOrEqual(10);
    expect(referentiel.segments.map((s) => s.id)).toEqual(expect.arrayContaining([...SEGMENTS]));
  });

  it("has at least 100 validated clauses", () => {
    expect(validated.length).toBeGreaterThanOrEqual(100);
  });

  it("links clauses only to the six SPASER presets of the product", () => {
    const presets = ["national", "valence-romans", "drome", "clermont", "val-de-marne", "ille-et-vilaine"];
    const unknown = referentiel.clauses.flatMap((c) =>
      c.objectives.filter((o) => !presets.includes(o.policy)).map((o) => `${c.id} → ${o.policy}`),
    );
    expect(unknown).toEqual([]);
  });

  it("never offers for insertion a clause citing the repealed décret 2021-254", () => {
    const citing = referentiel.insertableClauses().filter((c) => c.legalBases.includes("decret-2021-254"));
    expect(citing.map((c) => c.id)).toEqual([]);
  });

  it.each(SEGMENTS)(
    "gives the %s segment ≥ 4 environmental, ≥ 3 social, ≥ 1 economic validated clauses and ≥ 4 levers",
    (segment) => {
      const clauses = explicitFor(segment);
      const counts = { environnemental: 0, social: 0, economique: 0 };
      for (const c of clauses) counts[c.pillar]++;
      for (const [pillar, minimum] of Object.entries(MINIMUM_BY_PILLAR)) {
        expect(
          counts[pillar as Pillar],
          `${segment} : clauses « ${pillar} » validées`,
        ).toBeGreaterThanOrEqual(minimum);
      }
      expect(
        new Set(clauses.map((c) => c.lever)).size,
        `${segment} : leviers distincts`,
      ).toBeGreaterThanOrEqual(4);
    },
  );
});
