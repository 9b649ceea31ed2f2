import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { el, renderXml } from "./xml";

// XML 1.0 cannot carry control characters, and parsers normalise tab/CR/LF in attributes: manifests
// never need them (nor U+FFFD, which xmldom warns about), so the property covers every other character.
const xmlText = fc.string({ unit: "grapheme", maxLength: 40 }).filter((s) =>
  [...s].every((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f && code !== 0xfffd && code !== 0xfffe && code !== 0xffff;
  }),
);

describe("manifest XML writer", () => {
  it("round-trips any display text through attributes and elements (escaping of & < > \" ')", () => {
    fc.assert(
      fc.property(xmlText, xmlText, (attribute, text) => {
        const doc = new DOMParser().parseFromString(
          renderXml(el("DisplayName", { DefaultValue: attribute }, text)),
          "text/xml",
        );
        expect(doc.documentElement?.getAttribute("DefaultValue")).toBe(attribute);
        expect(doc.documentElement?.textContent).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
