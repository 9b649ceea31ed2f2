import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium, screenshot, watchErrors } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the served product", () => {
  it("shows a French home page linking the three apps", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    const links = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual([
      "/word-addin/taskpane.html",
      "/excel-addin/taskpane.html",
      "/teams-app/index.html",
    ]);
    await screenshot(page, "home");
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["word-addin/taskpane.html", "Word"],
    ["excel-addin/taskpane.html", "Excel"],
    ["teams-app/index.html", "Teams"],
  ])("opens %s in a plain browser in standalone mode, without console errors", async (path, host) => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${baseUrl}/${path}`);
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId("standalone-notice");
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.textContent()).resolves.toContain(`Nécessitent ${host}`);
    await screenshot(page, `standalone-${path.split("/")[0]}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sends a Content-Security-Policy that forbids foreign scripts", async () => {
    const response = await fetch(`${baseUrl}/word-addin/taskpane.html`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/frame-ancestors [^;]*teams\.microsoft\.com/);
  });
});
