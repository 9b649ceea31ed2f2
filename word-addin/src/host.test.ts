import { afterEach, describe, expect, it } from "vitest";
import { auditDocument, fillClause, libraryFromClauses, parseTag, renderClause } from "../../shared/dce";
import { insertion, reemploiV1, reemploiV2, testClauses } from "../../shared/dce/test-clauses";
import { getPolicy } from "../../shared/policies";
import { documentTitle, insertClause, readClauses, selectClause, updateClause } from "./host";
import { FakeWord } from "./testing/fake-word";

const library = libraryFromClauses(testClauses);
const national = getPolicy("national");
const noExtras = { wordApi13: true, wordApi14: false };
let uninstall: (() => void) | undefined;

function word(options?: ConstructorParameters<typeof FakeWord>[0]): FakeWord {
  const fake = new FakeWord(options);
  uninstall = fake.install();
  return fake;
}

afterEach(() => uninstall?.());

describe("Word host", () => {
  it("inserts a clause as a tagged, titled content control in one sync", async () => {
    const fake = word();
    const rendered = renderClause(reemploiV2, fillClause(reemploiV2, { tauxReemploi: "30 %" }).values);
    const id = await insertClause(rendered);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(fake.controls).toHaveLength(1);
    const control = fake.controls[0];
    expect(control).toMatchObject({
      id,
      tag: rendered.tag,
      title: reemploiV2.title,
      appearance: "BoundingBox",
    });
    expect(control?.ooxml).toContain('<pkg:part pkg:name="/word/document.xml"');
    expect(parseTag(control?.tag)?.values).toEqual({ tauxReemploi: 30 });
  });

  it("writes hostile values as literal text in the inserted OOXML", async () => {
    const fake = word();
    await insertClause(renderClause(insertion, { heures: 35, public: '</w:t><w:p>& < > "' }));
    expect(fake.controls[0]?.text).toContain('</w:t><w:p>& < > "');
    expect(fake.controls[0]?.ooxml).not.toContain("</w:t><w:p>&");
  });

  it("reads every content control in one sync, for 1 clause as for 500", async () => {
    const rendered = renderClause(reemploiV2, { tauxReemploi: 30 });
    const counts: number[] = [];
    for (const size of [1, 500]) {
      const fake = word({
        title: "CCAP gymnase",
        controls: Array.from({ length: size }, () => ({
          tag: rendered.tag,
          title: rendered.title,
          text: rendered.text,
        })),
      });
      const read = await readClauses(noExtras);
      expect(read.controls).toHaveLength(size);
      expect(read.title).toBe("CCAP gymnase");
      counts.push(fake.syncs);
      uninstall?.();
    }
    expect(counts).toEqual([1, 1]);
  });

  it("audits what Word reads back after an insertion (paragraph marks and tabs included) as up to date", async () => {
    word();
    await insertClause(renderClause(reemploiV2, { tauxReemploi: 30 }));
    const read = await readClauses(noExtras);
    expect(auditDocument(read, library, national).clauses).toMatchObject([
      { id: "reemploi-materiaux", version: 2, status: "a-jour", modified: false },
    ]);
  });

  it("updates an outdated clause in place, keeping its control and its filled values", async () => {
    const fake = word();
    const id = await insertClause(renderClause(reemploiV1, { tauxReemploi: 15 }));
    const [audited] = auditDocument(await readClauses(noExtras), library, national).clauses;
    expect(audited).toMatchObject({ status: "version-depassee", latestVersion: 2, controlId: id });
    const before = fake.syncs;
    await updateClause(id, renderClause(reemploiV2, audited?.values ?? {}));
    expect(fake.syncs - before).toBe(1);
    expect(fake.controls).toHaveLength(1);
    expect(fake.controls[0]?.id).toBe(id);
    expect(fake.controls[0]?.text).toContain("au moins 15\u00A0% des matériaux");
    const [after] = auditDocument(await readClauses(noExtras), library, national).clauses;
    expect(after).toMatchObject({ version: 2, status: "a-jour", values: { tauxReemploi: 15 } });
  });

  it("selects a clause by its control id and says so in French when the control is gone", async () => {
    const fake = word({ controls: [{ tag: "spaser:insertion-heures@1", title: "Insertion", text: "x" }] });
    const id = fake.controls[0]?.id ?? 0;
    await selectClause(id);
    expect(fake.selected).toBe(id);
    await expect(selectClause(999)).rejects.toThrow("Le contrôle de contenu de la clause n'existe plus");
  });

  it("reads the change-tracking mode only where WordApi 1.4 exists, in the same sync", async () => {
    const fake = word();
    fake.changeTrackingMode = "TrackAll";
    const read = await readClauses({ wordApi13: true, wordApi14: true });
    expect(read.trackChanges).toBe(true);
    expect(fake.syncs).toBe(1);
    expect((await readClauses(noExtras)).trackChanges).toBeUndefined();
  });

  it("reads the document title for the default document type", async () => {
    word({ title: "CCTP lot 2" });
    await expect(documentTitle()).resolves.toBe("CCTP lot 2");
  });
});
