// The Excel pane in a plain browser: open a grid .xlsx with errors, see the violations, download the
// annotated workbook and read it back.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkGrid, newGridDefinition } from "../../shared/grid";
import { getPolicy } from "../../shared/policies";
import { readGridWorkbook, writeGridWorkbook } from "../../shared/xlsx";
import { launchChromium, OUTPUT_DIR, screenshot, watchErrors } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** An Ille-et-Vilaine grid whose environment weighs 12 % (weights total 92 %) and a mark is typed « sept ». */
async function brokenGrid(): Promise<Buffer> {
  const definition = newGridDefinition({
    policy: getPolicy("ille-et-vilaine"),
    title: "Restauration scolaire des collèges",
    launchDate: "2026-10-01",
  });
  const bytes = await writeGridWorkbook(definition, {
    offers: [
      {
        lot: "1",
        candidate: "Alpha Restauration",
        status: "régulière",
        price: 100_000,
        marks: { C2: 7, C3: 6 },
      },
      { lot: "1", candidate: "Bêta Cuisine", status: "régulière", price: 120_000, marks: { C2: 8, C3: 9 } },
    ],
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const criteria = workbook.getWorksheet("Critères");
  if (!criteria) throw new Error("feuille Critères absente");
  criteria.getCell("E4").value = 12;
  const offers = workbook.getWorksheet("Offres");
  if (!offers) throw new Error("feuille Offres absente");
  offers.getCell("E3").value = "sept";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("the Excel pane in standalone mode", () => {
  it("opens a grid with errors, shows its violations and downloads the annotated workbook", async () => {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 420, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/excel-addin/taskpane.html`);
    await page.getByTestId("standalone-notice").waitFor({ timeout: 15_000 });

    await page.getByTestId("grid-file").setInputFiles({
      name: "grille-restauration.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await brokenGrid(),
    });
    const report = page.getByTestId("check-report");
    await report.waitFor({ timeout: 30_000 });
    const rules = await page
      .getByTestId("violation")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-rule")));
    expect(rules).toEqual(
      expect.arrayContaining(["GRID_NOT_A_NUMBER", "GRID_WEIGHT_SUM", "GRID_ENV_WEIGHT_MIN"]),
    );
    const text = (await report.textContent()) ?? "";
    expect(text).toContain("« sept » n'est pas un nombre lisible");
    expect(text).toMatch(/totalisent 92\s% au lieu de 100\s%/);
    expect(text).toMatch(/pèse 12\s% de la note finale ; le SPASER appliqué exige au moins 15\s%/);
    expect(text).toContain("Offres!E3");
    expect(text).toContain("Aucune offre classée");
    await screenshot(page, "excel-standalone-violations");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le classeur annoté" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("grille-restauration-annotee.xlsx");
    const saved = join(OUTPUT_DIR, "grille-restauration-annotee.xlsx");
    await download.saveAs(saved);
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.load((await readFile(saved)) as unknown as ArrayBuffer);
    const controls = annotated.getWorksheet("Contrôles");
    const controlsText = controls?.getSheetValues().flat().map(String).join("\n") ?? "";
    expect(controlsText).toContain("« sept » n'est pas un nombre lisible");
    expect(controlsText).toContain("Critères!E4");
    const criteria = annotated.getWorksheet("Critères");
    expect(annotated.getWorksheet("Offres")?.getCell("E3").value).toBe("sept");
    expect(String(criteria?.getCell("E4").note)).toContain("exige au moins 15");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a conforming grid's ranking per lot once the weights are fixed", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/excel-addin/taskpane.html`);
    await page.getByTestId("standalone-notice").waitFor({ timeout: 15_000 });
    const definition = newGridDefinition({
      policy: getPolicy("ille-et-vilaine"),
      title: "Nettoyage",
      launchDate: "2026-10-01",
    });
    const bytes = await writeGridWorkbook(definition, {
      offers: [
        { lot: "1", candidate: "Alpha", status: "régulière", price: 1000, marks: { C2: 7, C3: 6 } },
        { lot: "1", candidate: "Bêta", status: "régulière", price: 1200, marks: { C2: 9, C3: 9 } },
      ],
    });
    await page.getByTestId("grid-file").setInputFiles({
      name: "grille-nettoyage.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    const ranking = page.getByTestId("ranking");
    await ranking.waitFor({ timeout: 30_000 });
    const rows = await ranking.locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^1/);
    await expect(page.getByTestId("check-report").textContent()).resolves.toContain("Grille conforme");
    await screenshot(page, "excel-standalone-ranking");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("builds a new Ille-et-Vilaine grid from the form, warns about a 12 % environmental weight, downloads it", async () => {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 420, height: 1000 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/excel-addin/taskpane.html`);
    await page.getByTestId("standalone-notice").waitFor({ timeout: 15_000 });
    await page.getByRole("combobox", { name: "SPASER appliqué" }).click();
    await page.getByRole("option", { name: /Ille-et-Vilaine/ }).click();
    await page.getByRole("tab", { name: "Nouvelle grille" }).click();
    await page.getByLabel("Intitulé de la consultation").fill("Restauration scolaire");
    await page.getByLabel("Date de lancement").fill("01/10/2026");
    await page.getByLabel("Pondération (%) C3").fill("12");
    await page.getByLabel("Pondération (%) C2").fill("48");
    await expect(page.locator("form").textContent()).resolves.toMatch(/exige au moins 15\s%/);
    await screenshot(page, "excel-standalone-new-grid-warning");
    await page.getByLabel("Pondération (%) C3").fill("20");
    await page.getByLabel("Pondération (%) C2").fill("40");
    await expect(page.locator("form").textContent()).resolves.not.toMatch(/exige au moins/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger la grille (.xlsx)" }).click(),
    ]);
    const saved = join(OUTPUT_DIR, "grille-nouvelle.xlsx");
    await download.saveAs(saved);
    const raw = await readGridWorkbook(new Uint8Array(await readFile(saved)));
    expect(raw.consultation.policyId).toBe("ille-et-vilaine");
    expect(raw.criteria.map((c) => c.weight.value)).toEqual([40, 40, 20]);
    expect(checkGrid(raw, getPolicy("ille-et-vilaine")).ok).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
