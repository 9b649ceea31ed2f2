import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clauseTag, isClauseTag, parseClauseTag } from "./tag";

describe("clause tags", () => {
  it("round-trips a clause id and version", () => {
    expect(clauseTag({ id: "tr-soc-insertion", version: 2 })).toBe("spaser:tr-soc-insertion@2");
    expect(parseClauseTag("spaser:tr-soc-insertion@2")).toEqual({ id: "tr-soc-insertion", version: 2 });
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,4}$/),
        fc.integer({ min: 1, max: 999 }),
        (id, version) => {
          expect(parseClauseTag(clauseTag({ id, version }))).toEqual({ id, version });
        },
      ),
    );
  });

  it("ignores tags that are not SPASER clause tags", () => {
    for (const tag of ["", "spaser:", "spaser:x@0", "spaser:X@1", "autre:x@1", "spaser:x@1.5"]) {
      expect(isClauseTag(tag)).toBe(false);
    }
  });
});
