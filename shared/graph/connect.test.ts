// Graph is faked (tests/support/graph-fake.ts); the sign-in service is replaced by MockAuthProvider.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MockAuthProvider } from "../auth";
import { parsePlatformConfig } from "../config";
import { FAKE_SITE_ID, GraphFake } from "../../tests/support/graph-fake";
import { connectPlatform } from "./connect";
import { memoryReferentielCache } from "./referentiel-store";

const config = parsePlatformConfig({
  VITE_SPASER_CLIENT_ID: "6f1c2b3a-1111-4222-8333-944455556666",
  VITE_SPASER_BASE_URL: "https://spaser.contoso.fr",
  VITE_SPASER_SHAREPOINT_SITE: "contoso.sharepoint.com/sites/achats",
});
const validate = (data: unknown) => data as { version: string };
const embedded = { version: "intégré" };

let fake: GraphFake;
beforeEach(async () => {
  fake = await new GraphFake().start();
});
afterEach(async () => {
  await fake.stop();
});

describe("connecting an app to the tenant", () => {
  it("publishes then loads the référentiel on the configured site, resolving the site once", async () => {
    const platform = await connectPlatform({
      config,
      auth: new MockAuthProvider(),
      graph: { baseUrl: fake.baseUrl },
      cache: memoryReferentielCache(),
    });
    await platform.publishReferentiel({ version: "2026-11" }, validate);
    const loaded = await platform.loadReferentiel(embedded, validate);
    expect(loaded).toMatchObject({ source: "sharepoint", data: { version: "2026-11" } });
    expect(fake.count({ pathIncludes: "/sites/contoso.sharepoint.com:/sites/achats" })).toBe(1);
    expect(fake.requests.at(-1)?.path).toBe(
      `/sites/${FAKE_SITE_ID}/drive/root:/Référentiel SPASER/referentiel.json:/content`,
    );
  });

  it("offline from the start: embedded référentiel, saying Microsoft 365 is unreachable", async () => {
    await fake.goOffline();
    const platform = await connectPlatform({
      config,
      auth: new MockAuthProvider(),
      graph: { baseUrl: fake.baseUrl },
    });
    const loaded = await platform.loadReferentiel(embedded, validate);
    expect(loaded).toMatchObject({ source: "embedded", data: embedded, problem: { code: "GRAPH_NETWORK" } });
  });

  it("without configuration: signed-out standalone mode on the embedded référentiel", async () => {
    const platform = await connectPlatform({ config: parsePlatformConfig({}) });
    expect(platform.auth.state).toBe("unconfigured");
    expect(platform.sharePoint).toBeUndefined();
    await expect(platform.loadReferentiel(embedded, validate)).resolves.toEqual({
      source: "embedded",
      data: embedded,
    });
    await expect(platform.publishReferentiel(embedded, validate)).rejects.toMatchObject({
      code: "SHAREPOINT_NOT_CONFIGURED",
    });
  });
});
