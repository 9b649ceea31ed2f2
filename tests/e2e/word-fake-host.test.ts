import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { parseTag, renderClause } from "../../shared/dce";
import { loadEmbeddedReferentiel } from "../../shared/referentiel";
import { launchChromium, screenshot, watchErrors } from "../support/browser";

// The real task pane bundle inside a fake Word: Office.js is replaced by a stub that says « Word,
// WordApi 1.3 » and a small in-page Word object model (documents as data, syncs counted). This drives
// the Word-only views (Insérer, Audit, Mettre à jour, Couverture) as a drafter would.

const baseUrl = inject("baseUrl");
let browser: Browser;

const officeStub = (seed: unknown) => `
(() => {
  const seed = ${JSON.stringify(seed)};
  const state = { syncs: 0, nextId: 100, controls: [], title: seed.title, selected: undefined };
  for (const c of seed.controls) state.controls.push({ id: state.nextId++, ...c });
  const textOf = (ooxml) => (ooxml.match(/<w:p>.*?<\\/w:p>/gs) || [])
    .map((p) => (p.match(/<w:t[^>]*>[^<]*<\\/w:t>|<w:tab\\/>/g) || [])
      .map((t) => (t === "<w:tab/>" ? "\\t" : t.replace(/<[^>]+>/g, ""))).join(""))
    .map((t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"))
    .join("\\r");
  const proxy = (find) => ({
    set tag(v) { find().tag = v; }, get tag() { return find().tag; },
    set title(v) { find().title = v; }, get title() { return find().title; },
    set appearance(v) { find().appearance = v; },
    get text() { return find().text; }, get id() { return find().id; },
    load() { return this; },
    insertOoxml(ooxml) { const c = find(); c.text = textOf(ooxml); },
    select() { state.selected = find().id; },
  });
  const byId = (id) => () => {
    const c = state.controls.find((x) => x.id === id);
    if (!c) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
    return c;
  };
  const context = {
    sync: async () => { state.syncs += 1; },
    document: {
      contentControls: {
        load() { return this; },
        get items() { return state.controls.map((c) => proxy(() => c)); },
        getById: (id) => proxy(byId(id)),
      },
      body: { load() { return this; }, get text() { return state.controls.map((c) => c.text).join("\\r"); } },
      properties: { load() { return this; }, get title() { return state.title; } },
      load() {},
      getSelection: () => ({
        insertParagraph: () => ({
          insertContentControl: () => {
            const c = { id: state.nextId++, tag: "", title: "", text: "" };
            state.controls.push(c);
            return proxy(() => c);
          },
        }),
      }),
    },
  };
  window.__fakeWord = state;
  window.Word = { run: (batch) => batch(context) };
  window.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Word", platform: "PC" }),
    context: {
      requirements: { isSetSupported: (set, v) => set === "WordApi" && ["1.1", "1.2", "1.3"].includes(v) },
      officeTheme: { bodyBackgroundColor: "#ffffff" },
    },
  };
})();
`;

// Served in place of Office.js (same origin, so the page's CSP admits it), with the document's seed.
interface FakeState {
  syncs: number;
  controls: { id: number; tag: string; title: string; text: string }[];
  title: string;
  selected?: number;
}

async function openInFakeWord(seed: {
  title: string;
  controls: { tag: string; title: string; text: string }[];
}) {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  const errors = watchErrors(page);
  await page.route("**/vendor/office-js/office.js", (route) =>
    route.fulfill({ body: officeStub(seed), contentType: "text/javascript" }),
  );
  await page.goto(`${baseUrl}/word-addin/taskpane.html`);
  return { page, errors };
}

const fakeState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeWord: FakeState }).__fakeWord);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Word task pane inside Word (fake Word object model)", () => {
  it("inserts a filled clause at the selection in one sync, then audits, updates an old version and shows coverage", async () => {
    const referentiel = loadEmbeddedReferentiel();
    const v1 = referentiel.getClause("tr-env-critere-environnemental", 1);
    if (!v1) throw new Error("clause v1 absente du référentiel");
    const old = renderClause(v1, { ponderationEnvironnement: 25 });
    const { page, errors } = await openInFakeWord({
      title: "CCAP - Réhabilitation du gymnase",
      controls: [{ tag: old.tag, title: old.title, text: old.text }],
    });

    // Trouver → Remplir → Insérer
    await page.getByTestId("clause-search").fill("insertion");
    await page.locator('[data-testid="clause-result"][data-clause-id="tr-soc-insertion"]').click();
    await page.getByTestId("field-heuresInsertion").fill("12,5");
    await page.getByText("attend un nombre entier").waitFor();
    await page.getByTestId("field-heuresInsertion").fill("700");
    const before = (await fakeState(page)).syncs;
    await page.getByTestId("insert-clause").click();
    await page.getByText("Clause insérée").first().waitFor();
    const inserted = await fakeState(page);
    expect(inserted.syncs - before).toBeLessThanOrEqual(2);
    const control = inserted.controls.at(-1);
    expect(parseTag(control?.tag)).toMatchObject({
      clauseId: "tr-soc-insertion",
      version: 1,
      values: { heuresInsertion: 700 },
    });
    expect(control?.title).toBe(referentiel.getClause("tr-soc-insertion")?.title.slice(0, 64));
    expect(control?.text).toContain("700\u00A0heures");
    await screenshot(page, "word-fake-insert");

    // Audit: the old version is flagged, then updated in place with its value kept.
    await page.getByRole("tab", { name: "Audit" }).click();
    const list = page.getByTestId("audit-list");
    await list.getByText("Version dépassée").waitFor();
    await expect(list.getByText("À jour", { exact: true }).count()).resolves.toBe(1);
    await screenshot(page, "word-fake-audit");
    await list.getByRole("button", { name: "Mettre à jour (v2)" }).click();
    await page.getByText("Clause mise à jour").first().waitFor();
    await expect(list.getByText("À jour", { exact: true }).count()).resolves.toBe(2);
    const updated = await fakeState(page);
    expect(updated.controls).toHaveLength(2);
    expect(parseTag(updated.controls[0]?.tag)).toMatchObject({
      clauseId: "tr-env-critere-environnemental",
      version: 2,
      values: { ponderationEnvironnement: 25 },
    });
    await list.getByRole("button", { name: "Sélectionner" }).first().click();
    await expect.poll(async () => (await fakeState(page)).selected).toBe(updated.controls[0]?.id);

    // Couverture: one environmental, one social; the CCAP lacks the SME advance the policy asks for.
    await page.getByRole("tab", { name: "Couverture" }).click();
    await expect(page.getByTestId("coverage-counts").textContent()).resolves.toBe(
      "1Environnemental1Social0Économique",
    );
    await page.getByText("CCAP sans clause d'avance aux PME").waitFor();
    await expect(page.getByText("Art. R2191-7 CCP").count()).resolves.toBe(1);
    await screenshot(page, "word-fake-coverage");
    expect(errors).toEqual([]);
    await page.close();
  });
});
