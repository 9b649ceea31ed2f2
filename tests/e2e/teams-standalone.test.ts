import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, OUTPUT_DIR, screenshot, watchErrors } from "../support/browser";
import { docxText } from "../support/docx-text";
import { sofficeConvert } from "../support/soffice";

const baseUrl = inject("baseUrl");
const tab = `${baseUrl}/teams-app/index.html`;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  // One browser profile for the whole story: IndexedDB and the drafts carry from step to step.
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function addDossier(object: string, direction: string, amount: string, publication: string) {
  await page.getByRole("button", { name: "Ajouter un dossier" }).click();
  await expect(page.getByLabel("Objet du marché").inputValue()).resolves.toBe("");
  await page.getByLabel("Objet du marché").fill(object);
  await page.getByLabel("Direction").fill(direction);
  await page.getByLabel("Montant estimé HT").fill(amount);
  await page.getByLabel("Publication prévue").fill(publication);
  await page.getByRole("button", { name: "Ajouter à l'ordre du jour" }).click();
  await page.getByRole("heading", { name: object, level: 2 }).waitFor();
  // The saved dossier's form shows what was recorded.
  await expect(page.getByLabel("Objet du marché").inputValue()).resolves.toBe(object);
  await expect(page.getByLabel("Montant estimé HT").inputValue()).resolves.not.toBe("");
}

async function allSaved() {
  await page.getByTestId("save-summary").and(page.locator('[data-unsaved="0"]')).waitFor();
}

describe("the Teams tab in a plain browser (standalone mode)", () => {
  it("plans a session, puts two dossiers on its agenda and records the committee's decisions", async () => {
    await page.goto(tab);
    await page.getByTestId("standalone-notice").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Nouvelle séance" }).click();
    await page.getByLabel("Date").fill("15/12/2026");
    await page.getByLabel("Lieu").fill("Salle du conseil");
    await page
      .getByLabel("Participants")
      .fill(
        "Claire Martin — élue à la commande publique\nPaul Durand — service achats\nJeanne Roux — direction des routes (invité)",
      );
    await page.getByRole("button", { name: "Créer la séance" }).click();
    await page.getByRole("heading", { name: /15 décembre 2026/ }).waitFor();

    await addDossier(
      "Nettoyage des bâtiments départementaux",
      "Direction du patrimoine",
      "1 250 000 € HT",
      "01/03/2027",
    );
    // Cotation: strong environmental and social potential.
    await page.getByLabel("Potentiel environnemental").selectOption("3");
    await page.getByLabel("Potentiel social").selectOption("3");
    await page.getByRole("button", { name: "Enregistrer la cotation" }).click();
    await expect(page.getByTestId("cotation-score").textContent()).resolves.toMatch(/Priorité forte|forte/i);
    // Decision with reservations: the form asks for the conditions first.
    await page.getByRole("radio", { name: "Validée avec réserves" }).check();
    await page.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page.getByRole("alert").filter({ hasText: "au moins une condition" }).first().waitFor();
    await page
      .getByLabel("Conditions ou réserves")
      .fill("Ajouter un critère de performance environnementale de 15 %");
    await page.getByRole("button", { name: "Ajouter une disposition" }).click();
    await page.getByLabel("Type de la disposition 1").selectOption("clause-insertion");
    await page.getByLabel("Heures d'insertion de la disposition 1").fill("1 200");
    await page.getByRole("button", { name: "Enregistrer la décision" }).click();
    await page
      .getByLabel("Action", { exact: true })
      .fill("Sourcer les entreprises d'insertion du territoire");
    await page.getByLabel("Responsable").fill("Paul Durand");
    await page.getByLabel("Échéance").fill("31/01/2027");
    await page.getByRole("button", { name: "Ajouter l'action" }).click();
    await allSaved();
    await screenshot(page, "teams-dossier");
    await page.getByRole("button", { name: "← Ordre du jour" }).click();

    await addDossier("Restauration scolaire", "Direction de l'éducation", "480 000,50", "15/11/2026");
    await page.getByRole("radio", { name: "Validée", exact: true }).check();
    await page.getByRole("button", { name: "Enregistrer la décision" }).click();
    await allSaved();
    await page.getByRole("button", { name: "← Ordre du jour" }).click();

    const items = page.getByTestId("agenda-item");
    await expect(items.count()).resolves.toBe(2);
    await expect(page.getByTestId("decision-badge").allTextContents()).resolves.toEqual([
      "Validée avec réserves",
      "Validée",
    ]);
    // The second dossier's publication (15/11/2026) is before the session: the generic committee
    // sets no timing rule, so no flag; slots follow the order and durations.
    await expect(items.first().textContent()).resolves.toContain("9\u00A0h\u00A000 – 9\u00A0h\u00A015");
    await page.getByRole("button", { name: "Monter « Restauration scolaire »" }).click();
    await expect(items.first().textContent()).resolves.toContain("Restauration scolaire");
    await page.getByLabel("Durée de « Restauration scolaire » en minutes").fill("30");
    await page.getByLabel("Durée de « Restauration scolaire » en minutes").press("Enter");
    await expect(items.nth(1).textContent()).resolves.toContain("9\u00A0h\u00A030 – 9\u00A0h\u00A045");
    await allSaved();
    await screenshot(page, "teams-agenda");
  });

  it("exports the relevé de décisions as a .docx holding every decision", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le relevé de décisions (.docx)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("releve-de-decisions-2026-12-15.docx");
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const path = join(OUTPUT_DIR, file.suggestedFilename());
    await file.saveAs(path);
    const text = await docxText(path);
    expect(text).toContain("Nettoyage des bâtiments départementaux");
    expect(text).toContain("Restauration scolaire");
    expect(text).toContain("Décision : Validée avec réserves");
    expect(text).toContain("Décision : Validée");
    expect(text).toContain("Ajouter un critère de performance environnementale de 15 %");
    expect(text).toContain("Sourcer les entreprises d'insertion du territoire");
    expect(text).toContain("Claire Martin");
    // LibreOffice opens it and reads the same decisions.
    const txt = readFileSync(await sofficeConvert(path, "txt:Text"), "utf8");
    expect(txt).toContain("Décision : Validée avec réserves");
    expect(txt).toContain("Restauration scolaire");
  });

  it("keeps everything after a reload and shows the actions board and the indicators", async () => {
    // A dossier typed but not yet saved survives the reload as a draft.
    await page.getByRole("button", { name: "Ajouter un dossier" }).click();
    await page.getByLabel("Objet du marché").fill("Brouillon : fournitures de bureau");
    await page.getByLabel("Montant estimé HT").fill("45 000");
    await page.reload();
    await page.getByLabel("Objet du marché").waitFor({ timeout: 15_000 });
    await expect(page.getByLabel("Objet du marché").inputValue()).resolves.toBe(
      "Brouillon : fournitures de bureau",
    );
    await expect(page.getByLabel("Montant estimé HT").inputValue()).resolves.toBe("45 000");
    await page.getByRole("button", { name: "← Ordre du jour" }).click();
    await page.getByRole("heading", { name: /15 décembre 2026/ }).waitFor();
    await expect(page.getByTestId("agenda-item").count()).resolves.toBe(2);
    await page.getByRole("tab", { name: "Actions" }).click();
    await page.getByTestId("action-card").first().waitFor();
    await expect(page.getByTestId("actions-a-faire").textContent()).resolves.toContain(
      "Sourcer les entreprises d'insertion du territoire",
    );
    await screenshot(page, "teams-actions");
    await page.getByRole("tab", { name: "Indicateurs" }).click();
    await page.getByLabel("Année").selectOption("2026");
    const indicators = page.getByTestId("indicator");
    await indicators.first().waitFor();
    expect(await indicators.count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByText(/2 dossier\(s\) arbitré\(s\) en 2026/).count()).resolves.toBe(1);
    await expect(page.getByText("Définition :").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "teams-indicators");
    expect(errors).toEqual([]);
  });

  it("runs the meeting side panel (280 px) and the stage in a plain browser", async () => {
    const panel = await context.newPage();
    const panelErrors = watchErrors(panel);
    await panel.setViewportSize({ width: 280, height: 800 });
    await panel.goto(`${tab}?view=sidePanel`);
    await panel.getByTestId("side-panel").waitFor({ timeout: 15_000 });
    await expect(panel.getByTestId("current-item").textContent()).resolves.toBe("Restauration scolaire");
    await expect(panel.getByTestId("countdown").textContent()).resolves.toBe("30:00");
    await panel.getByRole("button", { name: "Point suivant" }).click();
    await panel
      .getByTestId("current-item")
      .filter({ hasText: "Nettoyage des bâtiments départementaux" })
      .waitFor();
    await panel.getByRole("button", { name: "Ajournée" }).click();
    await panel.getByTestId("panel-decision").filter({ hasText: "Ajournée" }).waitFor();
    await expect(panel.getByText("Le partage sur la scène n'est possible").count()).resolves.toBe(1);
    // 280 px wide: nothing overflows sideways.
    await expect(panel.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      280,
    );
    await screenshot(panel, "teams-side-panel");
    // Outside Teams the panel links to the page it would share to the stage.
    const stageHref = await panel.getByRole("link", { name: "Aperçu de la scène" }).getAttribute("href");
    expect(stageHref).toMatch(/view=stage&session=.+&dossier=.+/);

    const stage = await context.newPage();
    const stageErrors = watchErrors(stage);
    await stage.setViewportSize({ width: 472, height: 382 });
    await stage.goto(stageHref ?? "");
    await stage.getByTestId("stage").waitFor({ timeout: 15_000 });
    await expect(stage.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(
      "Nettoyage des bâtiments départementaux",
    );
    await expect(stage.getByTestId("stage").textContent()).resolves.toContain("Ajournée");
    // The quick decision kept the conditions recorded on the dossier.
    await expect(stage.getByTestId("stage").textContent()).resolves.toContain(
      "critère de performance environnementale",
    );
    await screenshot(stage, "teams-stage");
    expect([...panelErrors, ...stageErrors]).toEqual([]);
  });

  it("shows a conflict when two windows change the same session, and keeps the version the user picks", async () => {
    const other = await context.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(tab);
    await other.getByRole("button", { name: "Ouvrir" }).click();
    await page.getByRole("tab", { name: "Séances" }).click();
    await page.getByRole("button", { name: "Ouvrir" }).click();
    // Both windows read the same version; the other one saves first.
    await other.getByLabel("Présence de Paul Durand").selectOption("excuse");
    await other.getByTestId("save-summary").and(other.locator('[data-unsaved="0"]')).waitFor();
    await page.getByLabel("Présence de Paul Durand").selectOption("absent");
    await page.getByTestId("conflict").waitFor();
    await expect(page.locator('[data-testid="save-state"][data-state="conflict"]').count()).resolves.toBe(1);
    await screenshot(page, "teams-conflict");
    await page.getByRole("button", { name: "Garder ma version" }).click();
    await allSaved();
    await other.reload();
    await expect(other.getByLabel("Présence de Paul Durand").inputValue()).resolves.toBe("absent");
    expect([...errors, ...otherErrors]).toEqual([]);
  });

  it("opens the configuration page of the channel or meeting tab", async () => {
    const config = await context.newPage();
    const configErrors = watchErrors(config);
    await config.goto(`${baseUrl}/teams-app/config.html`);
    await config.getByTestId("config").waitFor({ timeout: 15_000 });
    await expect(config.getByRole("link").first().getAttribute("href")).resolves.toBe(
      `${baseUrl}/teams-app/index.html?policy=national`,
    );
    await screenshot(config, "teams-config");
    expect(configErrors).toEqual([]);
  });
});
