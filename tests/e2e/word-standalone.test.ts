import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { auditDocument, libraryFromReferentiel } from "../../shared/dce";
import { readDocxControls } from "../../shared/docx/dce-package";
import { getPolicy } from "../../shared/policies";
import { loadEmbeddedReferentiel } from "../../shared/referentiel";
import { launchChromium, screenshot, watchErrors } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Word task pane in a plain browser (standalone)", () => {
  it("finds « réemploi », fills a clause with French validation, downloads a .docx that audits as up to date, there and in the pane", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/word-addin/taskpane.html`);
    await page.getByTestId("standalone-notice").waitFor({ timeout: 15_000 });

    await page.getByTestId("clause-search").fill("réemploi");
    const result = page.locator('[data-testid="clause-result"][data-clause-id="num-env-part-reconditionne"]');
    await result.waitFor({ timeout: 15_000 });
    await expect(result.locator("mark").first().textContent()).resolves.toMatch(/r[ée]emploi/i);
    await screenshot(page, "word-standalone-search");

    await result.click();
    const view = page.getByTestId("clause-view");
    await view.waitFor();
    await expect(page.getByTestId("clause-preview").textContent()).resolves.toContain(
      "Équipements reconditionnés",
    );

    const share = page.getByTestId("field-partReemploi");
    await share.fill("150 %");
    await page.getByText("doit valoir au plus 100\u00A0%").waitFor();
    await share.fill("35 %");
    await page.getByTestId("field-garantieReconditionne").fill("36 mois");
    await expect(page.getByTestId("clause-preview").textContent()).resolves.toContain(
      "au moins 35\u00A0% du montant",
    );
    await screenshot(page, "word-standalone-fill");

    await page.getByTestId("add-clause").click();
    const downloading = page.waitForEvent("download");
    await page.getByTestId("download-docx").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("clauses-spaser.docx");
    const file = join(mkdtempSync(join(tmpdir(), "spaser-word-")), "clauses.docx");
    await download.saveAs(file);
    await screenshot(page, "word-standalone-download");

    const reading = await readDocxControls(new Uint8Array(readFileSync(file)));
    const referentiel = loadEmbeddedReferentiel();
    const report = auditDocument(reading, libraryFromReferentiel(referentiel), getPolicy("national"));
    expect(report.clauses).toMatchObject([
      {
        id: "num-env-part-reconditionne",
        version: referentiel.latestValidated("num-env-part-reconditionne")?.version,
        status: "a-jour",
        modified: false,
        values: { partReemploi: 35, garantieReconditionne: 36 },
      },
    ]);
    expect(report.coverage.environnemental).toBe(1);

    // The pane audits the same file in the browser with the same parser and engine.
    await page.getByRole("tab", { name: "Audit" }).click();
    await page.getByTestId("audit-file").setInputFiles(file);
    const list = page.getByTestId("audit-list");
    await list.getByText("À jour", { exact: true }).waitFor();
    await expect(list.textContent()).resolves.toContain("num-env-part-reconditionne v");
    await screenshot(page, "word-standalone-audit");
    await page.getByRole("tab", { name: "Couverture" }).click();
    await expect(page.getByTestId("coverage-counts").textContent()).resolves.toBe(
      "1Environnemental0Social0Économique",
    );
    // Office.js, loaded outside Office, frames its telemetry service a few seconds after start; the
    // page's CSP blocks it, as it should (reported to the lead: the page could skip that frame).
    expect(errors.filter((e) => !e.includes("telemetryservice.firstpartyapps.oaspapps.com"))).toEqual([]);
    await page.close();
  });
});
