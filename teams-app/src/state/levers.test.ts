import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentIds } from "../../../shared/agenda";
import {
  buildSearchIndex,
  createReferentiel,
  loadEmbeddedReferentiel,
  TRANSVERSE,
  type Clause,
} from "../../../shared/referentiel";
import { addLever, describeLever, hasLever, needsAttention, removeLever, suggestLevers } from "./levers";

const referentiel = loadEmbeddedReferentiel();
const index = buildSearchIndex(referentiel.insertableClauses(), referentiel.legalTexts);
const ids = (list: readonly { clause: Clause }[]) => list.map((s) => s.clause.id);

describe("levers proposed for a dossier", () => {
  it("lists a cleaning dossier's own clauses first, then the transverse ones, each by title", () => {
    const { specific, transverse, hidden } = suggestLevers(referentiel, index, {
      segment: "nettoyage-hygiene",
    });
    expect(hidden).toBe(0);
    expect(specific.length).toBeGreaterThan(0);
    expect(transverse.length).toBeGreaterThan(0);
    expect(specific.every((s) => s.clause.segments.includes("nettoyage-hygiene") && !s.transverse)).toBe(
      true,
    );
    expect(transverse.every((s) => s.clause.segments.includes(TRANSVERSE) && s.transverse)).toBe(true);
    const titles = specific.map((s) => s.clause.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" })));
  });

  it("proposes only what a drafter may insert: latest validated versions, no retired clause", () => {
    for (const segment of segmentIds) {
      const { specific, transverse } = suggestLevers(referentiel, index, { segment });
      for (const { clause } of [...specific, ...transverse]) {
        expect(clause.governance.status).toBe("validee");
        expect(referentiel.versionStatus(clause.id, clause.version)).toBe("a-jour");
      }
      const all = [...ids(specific), ...ids(transverse)];
      expect(new Set(all).size).toBe(all.length);
      expect(all).not.toContain("tr-env-agec-decret-2021-254");
    }
  });

  it("finds « insertion » without its accents being typed, the segment's clause before the transverse ones", () => {
    const { specific, transverse } = suggestLevers(referentiel, index, {
      segment: "nettoyage-hygiene",
      query: "INSERTION",
    });
    expect(ids(specific)).toContain("net-soc-insertion");
    expect(ids(transverse)).toContain("tr-soc-insertion");
    const accented = suggestLevers(referentiel, index, { segment: "restauration", query: "reemploi" });
    const plain = suggestLevers(referentiel, index, { segment: "restauration", query: "réemploi" });
    expect(ids(accented.transverse)).toEqual(ids(plain.transverse));
  });

  it("keeps only the chosen pillar", () => {
    const { specific, transverse } = suggestLevers(referentiel, index, {
      segment: "batiment",
      pillar: "social",
    });
    expect([...specific, ...transverse].every((s) => s.clause.pillar === "social")).toBe(true);
    expect(ids(specific)).toContain("bat-soc-insertion");
  });

  it("shows a few clauses per part and counts the others", () => {
    const all = suggestLevers(referentiel, index, { segment: "batiment" });
    const few = suggestLevers(referentiel, index, { segment: "batiment", limit: 3 });
    expect(few.specific).toEqual(all.specific.slice(0, 3));
    expect(few.transverse).toEqual(all.transverse.slice(0, 3));
    expect(few.hidden).toBe(all.specific.length + all.transverse.length - 6);
  });

  it("never proposes a clause of another segment, whatever is typed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...segmentIds), fc.string({ maxLength: 12 }), (segment, query) => {
        const { specific, transverse } = suggestLevers(referentiel, index, { segment, query });
        return [...specific, ...transverse].every(
          (s) => s.clause.segments.includes(segment) || s.clause.segments.includes(TRANSVERSE),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("chosen levers", () => {
  const clause = { id: "tr-soc-insertion", version: 1 };
  it("adds a clause once, and picking it again records the newer version in place", () => {
    const levers = addLever([{ clauseId: "a", version: 1 }], clause);
    expect(levers).toEqual([
      { clauseId: "a", version: 1 },
      { clauseId: "tr-soc-insertion", version: 1 },
    ]);
    expect(hasLever(levers, clause)).toBe(true);
    expect(addLever(levers, { id: "a", version: 3 })).toEqual([
      { clauseId: "a", version: 3 },
      { clauseId: "tr-soc-insertion", version: 1 },
    ]);
    expect(removeLever(levers, "a")).toEqual([{ clauseId: "tr-soc-insertion", version: 1 }]);
  });
});

describe("a recorded lever in words", () => {
  it("names an up-to-date clause by its title and pillar, without a warning", () => {
    const view = describeLever(referentiel, { clauseId: "tr-soc-insertion", version: 1 });
    expect(view).toMatchObject({ title: "Clause d'insertion par l'activité économique", pillar: "social" });
    expect(view.status).toBe("a-jour");
    expect(needsAttention(view)).toBe(false);
  });

  it("flags a version the référentiel has since replaced, and says which one is in force", () => {
    const view = describeLever(referentiel, { clauseId: "tr-env-critere-environnemental", version: 1 });
    expect(view.status).toBe("version-depassee");
    expect(view.current).toBe(2);
    expect(view.title).toBeTruthy();
  });

  it("flags a retired clause", () => {
    const view = describeLever(referentiel, { clauseId: "tr-env-agec-decret-2021-254", version: 1 });
    expect(view.status).toBe("retiree");
    expect(view.current).toBeUndefined();
    expect(needsAttention(view)).toBe(true);
  });

  it("keeps an id typed before the picker that the référentiel does not know", () => {
    const view = describeLever(referentiel, { clauseId: "clause-insertion-btp", version: 2 });
    expect(view).toEqual({ clauseId: "clause-insertion-btp", version: 2, status: "inconnue" });
  });

  it("names a known clause whose recorded version does not exist by its latest title", () => {
    const small = createReferentiel({
      segments: referentiel.segments,
      legalTexts: referentiel.legalTexts,
      clauses: referentiel.versions("tr-soc-insertion"),
    });
    const view = describeLever(small, { clauseId: "tr-soc-insertion", version: 9 });
    expect(view.status).toBe("inconnue");
    expect(view.title).toBe("Clause d'insertion par l'activité économique");
  });
});
