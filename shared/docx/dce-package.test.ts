import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import JSZip from "jszip";
import { auditDocument, libraryFromClauses, parseTag, renderClause } from "../dce";
import { insertion, reemploiV2, testClauses } from "../dce/test-clauses";
import { getPolicy } from "../policies";
import { buildClausesDocx, insertClauseIntoDocx, readDocxControls } from "./dce-package";
import { clauseOoxmlPackage } from "./clause-ooxml";

const fixture = new Uint8Array(
  readFileSync(join(import.meta.dirname, "../../tests/fixtures/dce/ccap-travaux.docx")),
);
const library = libraryFromClauses(testClauses);

async function partText(bytes: Uint8Array, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(part)?.async("string")) ?? "";
}

describe("inserting a clause into an existing .docx", () => {
  it("adds a tagged, titled content control after the paragraph named by --after", async () => {
    const rendered = renderClause(reemploiV2, { tauxReemploi: 30 });
    const out = await insertClauseIntoDocx(fixture, rendered, {
      after: "Article 4 – Conditions d'exécution",
    });
    const reading = await readDocxControls(out);
    expect(reading.controls).toHaveLength(1);
    expect(reading.controls[0]).toMatchObject({
      part: "word/document.xml",
      tag: rendered.tag,
      title: reemploiV2.title,
    });
    expect(reading.controls[0]?.text).toBe(rendered.text.replace(/^(\d+\.) /gm, "$1\t"));
    const order =
      reading.untaggedText.indexOf("Article 4") < reading.untaggedText.indexOf("Le titulaire respecte");
    expect(order).toBe(true);
    const xml = await partText(out, "word/document.xml");
    expect(xml.indexOf("Article 4")).toBeLessThan(xml.indexOf("w:sdt>"));
    expect(xml.indexOf("w:sdt>")).toBeLessThan(xml.indexOf("Le titulaire respecte les conditions"));
  });

  it("appends at the end of the body, before the section properties, when no anchor is given", async () => {
    const out = await insertClauseIntoDocx(fixture, renderClause(insertion, { heures: 350 }));
    const xml = await partText(out, "word/document.xml");
    expect(xml.lastIndexOf("</w:sdt>")).toBeLessThan(xml.lastIndexOf("<w:sectPr"));
    expect(xml.indexOf("Les prix sont fermes")).toBeLessThan(xml.indexOf("<w:sdt>"));
  });

  it("keeps every other part of the package byte for byte", async () => {
    const out = await insertClauseIntoDocx(fixture, renderClause(insertion, { heures: 350 }));
    const before = await JSZip.loadAsync(fixture);
    const after = await JSZip.loadAsync(out);
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const name of Object.keys(before.files).filter(
      (n) => n !== "word/document.xml" && !before.files[n]?.dir,
    )) {
      expect(await after.file(name)?.async("string"), name).toBe(await before.file(name)?.async("string"));
    }
  });

  it("says which text was not found when --after matches no paragraph", async () => {
    await expect(
      insertClauseIntoDocx(fixture, renderClause(insertion, { heures: 1 }), {
        after: "Article 99",
        file: "ccap.docx",
      }),
    ).rejects.toThrow("Aucun paragraphe de « ccap.docx » ne contient « Article 99 ».");
  });

  it("refuses bytes that are not a .docx with a French message", async () => {
    await expect(readDocxControls(new Uint8Array([1, 2, 3]), "notes.txt")).rejects.toThrow(
      "Le fichier « notes.txt » n'est pas un document Word (.docx) lisible",
    );
  });

  it("writes hostile values literally: no markup of a value ever reaches the XML", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom("</w:t><w:p>", `& < > " '`, "]]><w:r>", "{{heures}} **gras**"),
          fc.string({ unit: "grapheme", minLength: 1 }),
        ),
        async (hostile) => {
          // eslint-disable-next-line no-control-regex -- reason: XML 1.0 cannot hold C0 controls (they become spaces)
          const clean = hostile.replace(/[\u0000-\u001F\uFFFE\uFFFF]/g, " ");
          const rendered = renderClause(insertion, { heures: 350, public: clean });
          const out = await insertClauseIntoDocx(fixture, rendered);
          const reading = await readDocxControls(out);
          expect(reading.controls[0]?.text).toContain(clean);
          expect(parseTag(reading.controls[0]?.tag)?.values?.public ?? clean).toBe(clean);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("escapes values in the OOXML package the Word host inserts", () => {
    const ooxml = clauseOoxmlPackage(renderClause(insertion, { heures: 35, public: '</w:t><w:p>& < > "' }));
    expect(ooxml).toContain("&lt;/w:t&gt;&lt;w:p&gt;&amp; &lt; &gt; &quot;");
    expect(ooxml.match(/<w:p>/g)).toHaveLength(3);
  });
});

describe("a new .docx of selected clauses", () => {
  it("holds one tagged control per clause and audits like a document edited in Word", async () => {
    const bytes = await buildClausesDocx(
      [renderClause(reemploiV2, { tauxReemploi: 25 }), renderClause(insertion, { heures: 700 })],
      { title: "Clauses pour le CCAP" },
    );
    const reading = await readDocxControls(bytes);
    expect(reading.title).toBe("Clauses pour le CCAP");
    const report = auditDocument(reading, library, getPolicy("national"));
    expect(report.clauses.map((c) => [c.id, c.version, c.status])).toEqual([
      ["reemploi-materiaux", 2, "a-jour"],
      ["insertion-heures", 1, "a-jour"],
    ]);
  });
});
