// Graph is faked (tests/support/graph-fake.ts). The référentiel format is not this folder's business:
// a tiny `validate` stands for the real loader, and the embedded default is a marked object.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MockAuthProvider } from "../auth";
import { SpaserError } from "../errors";
import { FAKE_SITE_ID, GraphFake } from "../../tests/support/graph-fake";
import { createGraphClient, type GraphClient } from "./http";
import { indexedDbReferentielCache } from "./referentiel-cache-idb";
import {
  DEFAULT_REFERENTIEL_PATH,
  loadReferentielSource,
  memoryReferentielCache,
  publishReferentiel,
} from "./referentiel-store";

interface Bundle {
  version: string;
  clauses: string[];
}

function validate(data: unknown): Bundle {
  const candidate = data as Partial<Bundle> | null;
  if (typeof candidate?.version !== "string" || !Array.isArray(candidate.clauses)) {
    throw new SpaserError("UNKNOWN", { detail: "champ « version » ou « clauses » manquant" });
  }
  return { version: candidate.version, clauses: candidate.clauses };
}

const embedded: Bundle = { version: "intégré", clauses: ["CL-ENV-01"] };
const published: Bundle = { version: "2026-11", clauses: ["CL-ENV-01", "CL-SOC-02"] };
const now = () => new Date("2026-11-26T09:00:00Z");

let fake: GraphFake;
let client: GraphClient;
beforeEach(async () => {
  fake = await new GraphFake().start();
  client = createGraphClient({
    auth: new MockAuthProvider(),
    baseUrl: fake.baseUrl,
    sleep: async () => undefined,
  });
});
afterEach(async () => {
  await fake.stop();
});

const remote = () => ({ client, siteId: FAKE_SITE_ID });

describe("publishing the référentiel to SharePoint", () => {
  it("uploads the JSON bundle to the documented path of the site's document library", async () => {
    const result = await publishReferentiel(client, FAKE_SITE_ID, published, { validate });
    expect(result.etag).toMatch(/^"\{.*\},1"$/);
    expect(fake.requests).toContainEqual({
      method: "PUT",
      path: `/sites/${FAKE_SITE_ID}/drive/root:/${DEFAULT_REFERENTIEL_PATH}:/content`,
      inner: false,
    });
  });

  it("never publishes an invalid référentiel", async () => {
    await expect(
      publishReferentiel(client, FAKE_SITE_ID, { version: 3 } as unknown as Bundle, { validate }),
    ).rejects.toThrow(/Référentiel SPASER\/referentiel\.json.*invalide.*version/);
    expect(fake.count({ method: "PUT" })).toBe(0);
  });
});

describe("loading the référentiel: SharePoint → cached copy → embedded", () => {
  it("loads the published version, then revalidates with its ETag: unchanged → 304 → cached copy", async () => {
    await publishReferentiel(client, FAKE_SITE_ID, published, { validate });
    const cache = memoryReferentielCache();
    const first = await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    expect(first).toMatchObject({
      source: "sharepoint",
      data: published,
      fetchedAt: "2026-11-26T09:00:00.000Z",
    });
    expect(cache.entry()?.etag).toBe(first.source === "sharepoint" ? first.etag : "none");

    const second = await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    expect(second).toMatchObject({ source: "sharepoint", data: published });
    const gets = fake.requests.filter((r) => r.method === "GET" && r.path.endsWith(":/content"));
    expect(gets).toHaveLength(2);
    // The second GET sent If-None-Match and got 304: no body travelled (the fake counts it as cached).
    expect(fake.notModifiedCount).toBe(1);
  });

  it("picks up a newly published version (ETag changed → 200 with the new content)", async () => {
    await publishReferentiel(client, FAKE_SITE_ID, published, { validate });
    const cache = memoryReferentielCache();
    await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    const next = { ...published, version: "2026-12" };
    await publishReferentiel(client, FAKE_SITE_ID, next, { validate });
    const result = await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    expect(result).toMatchObject({ source: "sharepoint", data: { version: "2026-12" } });
    expect(fake.notModifiedCount).toBe(0);
  });

  it("offline: uses the last cached copy and says SharePoint was unreachable", async () => {
    await publishReferentiel(client, FAKE_SITE_ID, published, { validate });
    const cache = memoryReferentielCache();
    await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    await fake.goOffline();
    const result = await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    expect(result).toMatchObject({ source: "cache", data: published, problem: { code: "GRAPH_NETWORK" } });
  });

  it("offline with nothing cached: falls back to the embedded référentiel, with the reason", async () => {
    await fake.goOffline();
    const result = await loadReferentielSource({
      remote: remote(),
      cache: memoryReferentielCache(),
      embedded,
      validate,
      now,
    });
    expect(result).toMatchObject({ source: "embedded", data: embedded, problem: { code: "GRAPH_NETWORK" } });
  });

  it("nothing published yet (404): embedded référentiel", async () => {
    const result = await loadReferentielSource({
      remote: remote(),
      cache: memoryReferentielCache(),
      embedded,
      validate,
      now,
    });
    expect(result).toMatchObject({ source: "embedded", problem: { code: "GRAPH_NOT_FOUND" } });
  });

  it("an invalid published file is not used: the cached copy stays in service", async () => {
    const cache = memoryReferentielCache({
      data: published,
      etag: '"old"',
      fetchedAt: "2026-11-20T08:00:00.000Z",
    });
    fake.putFile(DEFAULT_REFERENTIEL_PATH, '{"version": 2}');
    const result = await loadReferentielSource({ remote: remote(), cache, embedded, validate, now });
    expect(result).toMatchObject({
      source: "cache",
      fetchedAt: "2026-11-20T08:00:00.000Z",
      problem: { code: "REFERENTIEL_REMOTE_INVALID" },
    });
    expect(cache.entry()?.etag).toBe('"old"');
  });

  it("a corrupted cache is not trusted: embedded référentiel", async () => {
    const cache = memoryReferentielCache({ data: { broken: true }, fetchedAt: "2026-11-20T08:00:00.000Z" });
    const result = await loadReferentielSource({ cache, embedded, validate, now });
    expect(result.source).toBe("embedded");
  });

  it("signed out (no remote): the last cached copy, without any request", async () => {
    const cache = memoryReferentielCache({ data: published, fetchedAt: "2026-11-20T08:00:00.000Z" });
    const result = await loadReferentielSource({ cache, embedded, validate, now });
    expect(result).toEqual({ source: "cache", data: published, fetchedAt: "2026-11-20T08:00:00.000Z" });
    expect(fake.requests).toEqual([]);
  });

  it("keeps the cached copy in IndexedDB across app restarts", async () => {
    await publishReferentiel(client, FAKE_SITE_ID, published, { validate });
    await loadReferentielSource({
      remote: remote(),
      cache: indexedDbReferentielCache("test"),
      embedded,
      validate,
      now,
    });
    await fake.goOffline();
    const result = await loadReferentielSource({
      remote: remote(),
      cache: indexedDbReferentielCache("test"),
      embedded,
      validate,
      now,
    });
    expect(result).toMatchObject({ source: "cache", data: published });
  });
});
