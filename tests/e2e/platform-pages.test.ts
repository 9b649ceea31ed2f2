// The platform wiring as a user sees it in a build without tenant (the e2e build): every app page shows
// the signed-out standalone state in its header, the sign-in redirect page is served as MSAL needs it,
// and the home page carries the privacy and terms sections the Teams manifest points to.
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

describe("sign-in state of the apps in a build without tenant", () => {
  it.each(["word-addin/taskpane.html", "excel-addin/taskpane.html", "teams-app/index.html"])(
    "%s says « Non configuré » in its header, without console errors",
    async (path) => {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}/${path}`);
      const account = page.getByTestId("account-state");
      await account.waitFor({ timeout: 15_000 });
      await expect(account.getAttribute("data-state")).resolves.toBe("unconfigured");
      await expect(account.textContent()).resolves.toBe("Non configuré");
      await expect(account.getAttribute("title")).resolves.toContain("données intégrées");
      await expect(page.getByRole("button", { name: "Se connecter" }).count()).resolves.toBe(0);
      await screenshot(page, `platform-${path.split("/")[0]}`);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe("the sign-in redirect page", () => {
  it("is served with the CSP and without Cross-Origin-Opener-Policy (MSAL's popup needs its opener)", async () => {
    const response = await fetch(`${baseUrl}/auth/redirect.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("cross-origin-opener-policy")).toBeNull();
    const html = await response.text();
    expect(html).toContain("Connexion en cours");
    expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/authRedirect-[^"]+\.js"/);
  });
});

describe("the home page's legal sections", () => {
  it("explains where data is stored and the terms of use, in French", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/#confidentialite`);
    const privacy = page.locator("#confidentialite");
    await expect(privacy.locator("h2").textContent()).resolves.toBe("Confidentialité");
    const privacyText = (await privacy.textContent()) ?? "";
    for (const words of [
      "IndexedDB",
      "SharePoint",
      "Aucune donnée n'est envoyée ailleurs",
      "Aucun traçage",
    ]) {
      expect(privacyText).toContain(words);
    }
    const terms = page.locator("#conditions");
    await expect(terms.locator("h2").textContent()).resolves.toBe("Conditions d'utilisation");
    await expect(terms.textContent()).resolves.toContain("ne remplace ni");
    expect(errors).toEqual([]);
    await page.close();
  });
});
