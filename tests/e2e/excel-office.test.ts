// The Excel pane as it runs inside Excel, against the fake workbook of excel-addin/src/testing served in
// place of office.js: Nouvelle grille, Vérifier, click → selection, debounced re-check after an edit.
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build, type Rolldown } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, screenshot, watchErrors } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let fakeOffice: string;

beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: "error",
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, "../../excel-addin/src/testing/fake-office-page.ts"),
        formats: ["iife"],
        name: "SpaserFakeOffice",
      },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunk = (Array.isArray(output) ? output[0] : output)?.output[0];
  if (!chunk || chunk.type !== "chunk") throw new Error("fake Office non construit");
  fakeOffice = chunk.code;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Cell = string | number;
/** Runs in the page: reads or edits the fake workbook. */
const workbook = <T>(page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([body, params]) => {
      const wb = (globalThis as unknown as { spaserFakeWorkbook: unknown }).spaserFakeWorkbook;
      return new Function("wb", "args", body)(wb, params) as T;
    },
    [fn, args] as const,
  );

describe("the Excel pane inside Excel (fake workbook)", () => {
  it("creates the grid, checks it, selects a violation's cells and re-checks after the analyst's edit", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 1000 } });
    const errors = watchErrors(page);
    await page.route("**/vendor/office-js/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript; charset=utf-8", body: fakeOffice }),
    );
    await page.goto(`${baseUrl}/excel-addin/taskpane.html`);
    await page.getByRole("tab", { name: "Nouvelle grille" }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("standalone-notice").count()).toBe(0);

    await page.getByRole("tab", { name: "Nouvelle grille" }).click();
    await page.getByLabel("Intitulé de la consultation").fill("Nettoyage des collèges");
    await page.getByLabel("Date de lancement").fill("01/10/2026");
    await page.getByRole("button", { name: "Créer la grille dans le classeur" }).click();
    await page.getByRole("button", { name: "Vérifier la grille" }).waitFor();
    const sheets = await workbook<string[]>(page, "return wb.sheets.map((s) => s.name);");
    expect(sheets).toEqual(["Feuil1", "Paramètres", "Critères", "Offres", "Notes"]);

    // The analyst fills two offers, one mark typed « sept ».
    await workbook(page, `for (const [address, value] of args[0]) wb.sheet("Offres").set(address, value);`, [
      ["B2", "Alpha"],
      ["D2", 1000],
      ["E2", 7],
      ["F2", 6],
      ["B3", "Bêta"],
      ["D3", 1200],
      ["E3", "sept"],
      ["F3", 9],
    ] satisfies [string, Cell][]);
    await page.getByRole("button", { name: "Vérifier la grille" }).click();
    const violation = page.locator('[data-rule="GRID_NOT_A_NUMBER"]');
    await violation.waitFor({ timeout: 15_000 });
    await expect(violation.textContent()).resolves.toContain("« sept » n'est pas un nombre lisible");
    await screenshot(page, "excel-office-violations");
    const marks = await workbook<string[]>(
      page,
      `return wb.sheet("Offres").conditionalFormats.filter((cf) => (cf.formula ?? "").includes("SPASER 365")).map((cf) => cf.address);`,
    );
    expect(marks).toEqual(["E3"]);

    await violation.getByRole("button", { name: "Sélectionner les cellules" }).click();
    await expect
      .poll(() => workbook(page, "return wb.selection;"))
      .toEqual({ sheet: "Offres", address: "E3" });

    // The analyst corrects the mark: the pane re-checks by itself, the mark disappears.
    await workbook(page, `return wb.edit("Offres", "E3", 8);`);
    await page.getByText("Grille conforme : aucune anomalie bloquante.").waitFor({ timeout: 15_000 });
    const after = await workbook<string[]>(
      page,
      `return wb.sheet("Offres").conditionalFormats.filter((cf) => (cf.formula ?? "").includes("SPASER 365")).map((cf) => cf.address);`,
    );
    expect(after).toEqual([]);
    const controls = await workbook<string>(
      page,
      `return [...wb.sheet("Contrôles").cells.values()].map((c) => c.value).join("\\n");`,
    );
    expect(controls).toContain("Grille conforme");
    expect(controls).toContain("Bêta");
    await screenshot(page, "excel-office-ranking");
    expect(errors).toEqual([]);
    await page.close();
  });
});
