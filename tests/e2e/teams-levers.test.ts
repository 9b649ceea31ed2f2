import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, screenshot, watchErrors } from "../support/browser";
import { docxText } from "../support/docx-text";

const baseUrl = inject("baseUrl");
const tab = `${baseUrl}/teams-app/index.html`;
const CLEANING = "Clause d'insertion dans les marchés de nettoyage";
const TRANSVERSE = "Clause d'insertion par l'activité économique";
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const nav = async () =>
  JSON.parse((await page.evaluate(() => sessionStorage.getItem("spaser.teams.nav"))) ?? "{}") as {
    sessionId?: string;
    dossierId?: string;
  };
const leverTitles = (where: Page) => where.getByTestId("lever-title").allTextContents();

describe("levers proposed on a dossier, picked from the référentiel", () => {
  it("searches « insertion », adds the clauses and shows their titles on the dossier and the agenda", async () => {
    await page.goto(tab);
    await page.getByTestId("standalone-notice").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Nouvelle séance" }).click();
    await page.getByLabel("Date").fill("10/12/2026");
    await page.getByRole("button", { name: "Créer la séance" }).click();
    await page.getByRole("heading", { name: /10 décembre 2026/ }).waitFor();
    await page.getByRole("button", { name: "Ajouter un dossier" }).click();
    await page.getByLabel("Objet du marché").fill("Nettoyage des collèges");
    await page.getByLabel("Direction").fill("Direction de l'éducation");
    await page.getByLabel("Segment d'achat").selectOption({ label: "Nettoyage et hygiène" });

    // The picker proposes the segment's clauses, then the transverse ones.
    const picker = page.getByTestId("lever-picker");
    await picker.getByRole("list", { name: "Clauses du segment « Nettoyage et hygiène »" }).waitFor();
    await picker.getByRole("list", { name: "Clauses transverses" }).waitFor();
    await picker.getByLabel("Rechercher une clause").fill("INSERTION");
    const ownClause = picker
      .getByRole("list", { name: "Clauses du segment « Nettoyage et hygiène »" })
      .getByTestId("lever-suggestion")
      .filter({ hasText: CLEANING });
    await ownClause.waitFor();
    // Accents and case ignored; the matching word is highlighted.
    await expect(ownClause.locator("mark").first().textContent()).resolves.toBe("insertion");
    await expect(ownClause.textContent()).resolves.toContain("Social · Condition d'exécution · v1");
    await picker.getByRole("button", { name: `Ajouter « ${CLEANING} »` }).click();
    await picker.getByRole("button", { name: `Ajouter « ${TRANSVERSE} »` }).click();
    await expect(picker.getByRole("button", { name: `Ajouter « ${CLEANING} »` }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(leverTitles(page)).resolves.toEqual([CLEANING, TRANSVERSE]);

    // Pillar filter: only environmental clauses remain.
    await picker.getByLabel("Rechercher une clause").fill("");
    await picker.locator("mark").first().waitFor({ state: "detached" });
    await picker.getByLabel("Pilier").selectOption({ label: "Environnemental" });
    const facets = picker.getByTestId("lever-facets");
    await facets
      .filter({ hasNotText: /^Environnemental/ })
      .first()
      .waitFor({ state: "detached" });
    await facets.first().waitFor();
    await screenshot(page, "teams-lever-picker");

    await page.getByRole("button", { name: "Ajouter à l'ordre du jour" }).click();
    await page.getByRole("heading", { name: "Nettoyage des collèges", level: 2 }).waitFor();
    await expect(leverTitles(page)).resolves.toEqual([CLEANING, TRANSVERSE]);
    await page.getByRole("button", { name: `Retirer « ${TRANSVERSE} »` }).click();
    await page.getByRole("button", { name: "Enregistrer le dossier" }).click();
    await page.getByTestId("save-summary").and(page.locator('[data-unsaved="0"]')).waitFor();
    await expect(leverTitles(page)).resolves.toEqual([CLEANING]);

    await page.getByRole("button", { name: "← Ordre du jour" }).click();
    await page.getByTestId("lever-badge").first().waitFor();
    await expect(page.getByTestId("lever-badge").allTextContents()).resolves.toEqual([
      `Social · ${CLEANING}`,
    ]);
    expect(errors).toEqual([]);
  });

  it("keeps the clause ids typed before the picker, and flags unknown and outdated ones", async () => {
    await page.getByRole("button", { name: "Ouvrir" }).click();
    await page.getByRole("heading", { name: "Nettoyage des collèges", level: 2 }).waitFor();
    const { dossierId: opened } = await nav();
    // A draft kept from the old form: the levers were typed as text.
    await page.evaluate(
      (key) => {
        const draft = JSON.parse(sessionStorage.getItem(key) ?? "{}") as Record<string, unknown>;
        draft.levers = "clause-insertion-btp v2\nnet-soc-insertion\ntr-env-critere-environnemental v1";
        sessionStorage.setItem(key, JSON.stringify(draft));
      },
      `spaser.teams.dossierDraft.${opened ?? ""}`,
    );
    await page.reload();
    const tags = page.getByTestId("lever");
    await tags.nth(2).waitFor({ timeout: 15_000 });
    await expect(tags.nth(0).textContent()).resolves.toContain("clause-insertion-btp");
    await expect(tags.nth(0).textContent()).resolves.toContain("Clause inconnue du référentiel");
    await expect(tags.nth(1).textContent()).resolves.toContain(CLEANING);
    await expect(tags.nth(2).textContent()).resolves.toContain("Version dépassée (v2 en vigueur)");
    await page.getByRole("button", { name: "Enregistrer le dossier" }).click();
    await page.getByTestId("save-summary").and(page.locator('[data-unsaved="0"]')).waitFor();
    await screenshot(page, "teams-levers-dossier");
    await page.getByRole("button", { name: "← Ordre du jour" }).click();
    await page.getByTestId("lever-badge").getByTestId("lever-status").nth(1).waitFor();
    await expect(
      page.getByTestId("lever-badge").getByTestId("lever-status").allTextContents(),
    ).resolves.toEqual(["Clause inconnue du référentiel", "Version dépassée (v2 en vigueur)"]);
    await screenshot(page, "teams-levers-agenda");
    expect(errors).toEqual([]);
  });

  it("names the levers by their titles on the meeting stage and in the side panel", async () => {
    const { sessionId } = await nav();
    const stage = await context.newPage();
    const stageErrors = watchErrors(stage);
    await stage.setViewportSize({ width: 472, height: 382 });
    await stage.goto(`${tab}?view=stage&session=${sessionId ?? ""}`);
    await stage.getByTestId("stage").waitFor({ timeout: 15_000 });
    await stage.getByTestId("lever-title").first().waitFor();
    await expect(leverTitles(stage)).resolves.toContain(CLEANING);
    await expect(stage.getByTestId("stage").textContent()).resolves.toContain("Social · v1");
    await screenshot(stage, "teams-levers-stage");

    const panel = await context.newPage();
    const panelErrors = watchErrors(panel);
    await panel.setViewportSize({ width: 280, height: 800 });
    await panel.goto(`${tab}?view=sidePanel&session=${sessionId ?? ""}`);
    await panel.getByTestId("side-panel").waitFor({ timeout: 15_000 });
    await panel.getByTestId("lever-title").first().waitFor();
    await expect(leverTitles(panel)).resolves.toContain(CLEANING);
    await screenshot(panel, "teams-levers-side-panel");
    await expect(panel.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      280,
    );
    expect([...stageErrors, ...panelErrors]).toEqual([]);
  });

  it("lets a provision name one of the dossier's levers by its title, and the minutes print that title", async () => {
    await page.getByRole("button", { name: "Ouvrir" }).click();
    await page.getByRole("heading", { name: "Nettoyage des collèges", level: 2 }).waitFor();
    await page.getByRole("button", { name: "Ajouter une disposition" }).click();
    await page.getByLabel("Type de la disposition 1").selectOption("clause-insertion");
    const clause = page.getByLabel("Clause de la disposition 1");
    // The dossier's proposed levers, by title once the référentiel is loaded; an unknown id stays as typed.
    await clause.locator("option", { hasText: `${CLEANING} (v1)` }).waitFor({ state: "attached" });
    await expect(clause.locator("option").allTextContents()).resolves.toEqual([
      "Sans clause du référentiel",
      "clause-insertion-btp v2",
      `${CLEANING} (v1)`,
      expect.stringMatching(/\(v1\)$/),
    ]);
    await clause.selectOption({ label: `${CLEANING} (v1)` });
    await page.getByLabel("Heures d'insertion de la disposition 1").fill("800");
    await page.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page.getByTestId("save-summary").and(page.locator('[data-unsaved="0"]')).waitFor();
    await page.reload();
    await expect(page.getByLabel("Clause de la disposition 1").inputValue({ timeout: 15_000 })).resolves.toBe(
      "net-soc-insertion v1",
    );
    await screenshot(page, "teams-levers-provision");

    await page.getByRole("button", { name: "← Ordre du jour" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le relevé de décisions (.docx)" }).click();
    const text = await docxText((await (await download).path()) ?? "");
    expect(text).toContain(`Clause d'insertion — 800 heures d'insertion prévues — ${CLEANING} (v1)`);
    expect(text).toContain(`${CLEANING} (v1)`);
    expect(errors).toEqual([]);
  });
});
