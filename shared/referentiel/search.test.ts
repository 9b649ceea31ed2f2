import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadEmbeddedReferentiel } from "./data";
import { normalizeFrench } from "../text";
import { buildSearchIndex, highlight } from "./search";

const referentiel = loadEmbeddedReferentiel();
const index = buildSearchIndex(referentiel.insertableClauses(), referentiel.legalTexts);

const textOf = (id: string): string => {
  const clause = referentiel.getClause(id);
  return normalizeFrench(JSON.stringify([clause?.title, clause?.keywords, clause?.body, clause?.notes]));
};

describe("searching the référentiel", () => {
  it("finds clauses written « réemploi » when the drafter types « reemploi »", () => {
    const hits = index.search("reemploi");
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(textOf(hit.clause.id)).toContain("reemploi");
    expect(normalizeFrench(hits[0]?.clause.title ?? "")).toContain("reemploi");
    expect(hits[0]?.matches).toContain("reemploi");
  });

  it("ranks insertion clauses first for « clause d'insertion »", () => {
    const top = index.search("clause d'insertion", {}, { limit: 5 });
    expect(top).toHaveLength(5);
    for (const hit of top) expect(normalizeFrench(hit.clause.title)).toContain("insertion");
  });

  it("treats the word being typed as a prefix", () => {
    const typing = index.search("reempl").map((h) => h.clause.id);
    const whole = index.search("reemploi").map((h) => h.clause.id);
    expect(typing).toEqual(expect.arrayContaining(whole));
    expect(typing[0]).toBe(whole[0]);
    for (const hit of index.search("clause d'inser", {}, { limit: 5 })) {
      expect(normalizeFrench(hit.clause.title)).toContain("insertion");
    }
  });

  it("finds a clause from the article it cites", () => {
    const hits = index.search("L2113-14");
    expect(hits.map((h) => h.clause.id)).toContain("tr-soc-reserve-mixte");
  });

  it("combines filters: segment (with transverse clauses), pillar, document and lever", () => {
    const filter = {
      segment: "numerique",
      pillar: "social",
      document: "ccap",
      lever: "condition-execution",
    } as const;
    const hits = index.search("insertion", filter);
    expect(hits.length).toBeGreaterThan(0);
    for (const { clause } of hits) {
      expect(clause.segments.some((s) => s === "numerique" || s === "transverse")).toBe(true);
      expect(clause.pillar).toBe("social");
      expect(clause.documents).toContain("ccap");
      expect(clause.lever).toBe("condition-execution");
    }
    expect(hits.map((h) => h.clause.id)).toContain("tr-soc-insertion");
    const wider = index.search("insertion", { segment: "numerique" });
    expect(wider.length).toBeGreaterThan(hits.length);
  });

  it("lists the filtered clauses by title when the query is empty", () => {
    const hits = index.search("", { segment: "restauration", pillar: "environnemental" });
    expect(hits.length).toBeGreaterThan(0);
    const titles = hits.map((h) => normalizeFrench(h.clause.title));
    expect(titles).toEqual([...titles].sort());
    expect(hits.every((h) => h.clause.pillar === "environnemental")).toBe(true);
  });

  it("filters by status: a search over every version finds the retired clause only when asked", () => {
    const all = buildSearchIndex(referentiel.clauses, referentiel.legalTexts);
    expect(all.search("2021-254", { status: "retiree" }).map((h) => h.clause.id)).toEqual([
      "tr-env-agec-decret-2021-254",
    ]);
    expect(all.search("2021-254", { status: "validee" }).map((h) => h.clause.id)).not.toContain(
      "tr-env-agec-decret-2021-254",
    );
  });

  it("falls back to clauses matching some words when no clause matches them all", () => {
    index.search("insertion reemploi"); // a previous query must not leak its matched terms
    const hits = index.search("insertion xyzzyq");
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.matches).toEqual(["insertion"]);
  });

  it.each(["clause d'insertion", "reemploi", "ve", "critere environnemental", "L2113"])(
    "returns with a limit exactly the first hits of the full ranking (%s)",
    (query) => {
      const ids = (limit?: number) =>
        index.search(query, {}, limit === undefined ? {} : { limit }).map((h) => h.clause.id);
      expect(ids(5)).toEqual(ids().slice(0, 5));
      expect(ids(150)).toEqual(ids().slice(0, 150));
    },
  );

  it("never throws and returns each clause at most once, within the limit, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (query) => {
        const hits = index.search(query, {}, { limit: 20 });
        expect(new Set(hits.map((h) => h.clause.id)).size).toBe(hits.length);
        expect(hits.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 200 },
    );
  });
});

describe("highlight", () => {
  it("marks the words the query matches, ignoring accents and case, the last word as a prefix", () => {
    expect(highlight("Part de matériaux de Réemploi et réemployés", "reemploi mater")).toEqual([
      { text: "Part de ", hit: false },
      { text: "matériaux", hit: true },
      { text: " de ", hit: false },
      { text: "Réemploi", hit: true },
      { text: " et réemployés", hit: false },
    ]);
  });

  it("gives back the text unchanged when joined", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 10 }), (text, query) => {
        expect(
          highlight(text, query)
            .map((s) => s.text)
            .join(""),
        ).toBe(text);
      }),
    );
  });
});
