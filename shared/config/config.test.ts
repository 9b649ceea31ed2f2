import { describe, expect, it } from "vitest";
import { parsePlatformConfig, siteAddress } from "./config";

const complete = {
  VITE_SPASER_CLIENT_ID: "6F1C2B3A-1111-4222-8333-944455556666",
  VITE_SPASER_TENANT_ID: "contoso.onmicrosoft.com",
  VITE_SPASER_BASE_URL: "https://spaser.contoso.fr/",
  VITE_SPASER_SHAREPOINT_SITE: "contoso.sharepoint.com/sites/achats",
};

describe("build-time tenant configuration", () => {
  it("runs signed out on the embedded data when nothing is configured, without throwing", () => {
    expect(parsePlatformConfig({})).toEqual({
      signedOutOnly: true,
      problems: ["VITE_SPASER_CLIENT_ID absent"],
    });
  });

  it("reads a complete configuration: authority, base URL without trailing slash, SharePoint site", () => {
    const config = parsePlatformConfig(complete);
    expect(config).toMatchObject({
      signedOutOnly: false,
      clientId: "6f1c2b3a-1111-4222-8333-944455556666",
      authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
      baseUrl: "https://spaser.contoso.fr",
      sharePoint: { hostname: "contoso.sharepoint.com", path: "/sites/achats" },
    });
    if (config.signedOutOnly) throw new Error("expected a tenant configuration");
    expect(siteAddress(config)).toBe("/sites/contoso.sharepoint.com:/sites/achats");
  });

  it("defaults the tenant to work accounts and leaves SharePoint out when no site is given", () => {
    const config = parsePlatformConfig({
      VITE_SPASER_CLIENT_ID: complete.VITE_SPASER_CLIENT_ID,
      VITE_SPASER_BASE_URL: "http://localhost:3000",
    });
    expect(config).toMatchObject({ signedOutOnly: false, tenantId: "organizations" });
    expect("sharePoint" in config).toBe(false);
  });

  it.each([
    [{ ...complete, VITE_SPASER_CLIENT_ID: "pas-un-guid" }, "VITE_SPASER_CLIENT_ID"],
    [{ ...complete, VITE_SPASER_BASE_URL: "http://spaser.contoso.fr" }, "HTTPS"],
    [{ ...complete, VITE_SPASER_SHAREPOINT_SITE: "https://contoso.sharepoint.com" }, "SHAREPOINT_SITE"],
  ])("falls back to signed-out mode and says why on a broken value (%#)", (env, problem) => {
    const config = parsePlatformConfig(env);
    expect(config.signedOutOnly).toBe(true);
    expect(JSON.stringify(config)).toContain(problem);
  });
});
