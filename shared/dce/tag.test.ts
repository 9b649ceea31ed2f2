import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatTag, parseTag, TAG_MAX_LENGTH } from "./tag";

describe("content-control tag", () => {
  it("identifies the clause, its version and its fingerprint in a readable prefix", () => {
    const { tag } = formatTag({ clauseId: "reemploi-materiaux", version: 2, fingerprint: "0a1b2c3d" });
    expect(tag).toBe("spaser:reemploi-materiaux@2:0a1b2c3d");
    expect(parseTag(tag)).toEqual({ clauseId: "reemploi-materiaux", version: 2, fingerprint: "0a1b2c3d" });
  });

  it("keeps the filled values, accents and markup included, and reads them back", () => {
    const values = { heures: 350, public: "jeunes <26 ans & « QPV »" };
    const { tag, valuesKept } = formatTag({
      clauseId: "insertion",
      version: 1,
      fingerprint: "00000000",
      values,
    });
    expect(valuesKept).toBe(true);
    expect(tag).toMatch(/^spaser:insertion@1:00000000:[A-Za-z0-9_-]+$/);
    expect(parseTag(tag)?.values).toEqual(values);
  });

  it("drops values that would make the tag longer than 255 characters, never the clause identity", () => {
    const { tag, valuesKept } = formatTag({
      clauseId: "insertion",
      version: 3,
      fingerprint: "12345678",
      values: { public: "x".repeat(400) },
    });
    expect(valuesKept).toBe(false);
    expect(tag).toBe("spaser:insertion@3:12345678");
  });

  it("accepts a tag typed by hand as spaser:<id>@<version> and ignores other tags", () => {
    expect(parseTag("spaser:avance-pme@4")).toEqual({ clauseId: "avance-pme", version: 4, fingerprint: "" });
    expect(parseTag("Clause_3246")).toBeUndefined();
    expect(parseTag("spaser:Bad Id@1")).toBeUndefined();
  });

  it("round-trips any values within the length guard", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/),
          fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
          { maxKeys: 4 },
        ),
        (values) => {
          const { tag, valuesKept } = formatTag({
            clauseId: "c",
            version: 1,
            fingerprint: "abcdef01",
            values,
          });
          expect(tag.length).toBeLessThanOrEqual(TAG_MAX_LENGTH);
          const read = parseTag(tag);
          expect(read?.clauseId).toBe("c");
          if (valuesKept && Object.keys(values).length > 0) {
            expect(read?.values).toEqual(JSON.parse(JSON.stringify(values)));
          }
        },
      ),
    );
  });
});
