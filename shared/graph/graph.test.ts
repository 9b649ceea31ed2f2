// Graph is faked: tests/support/graph-fake.ts serves the documented behaviours on 127.0.0.1; no tenant,
// no internet. Waits are injected (recorded, never slept), so a 30-second Retry-After costs nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MockAuthProvider } from "../auth";
import { FAKE_SITE_ID, GraphFake } from "../../tests/support/graph-fake";
import { batch, type BatchRequest } from "./batch";
import { GraphError } from "./graph-error";
import { createGraphClient, parseRetryAfter, type GraphClient } from "./http";
import {
  createListItem,
  getListItems,
  ListItemConflictError,
  resolveSiteId,
  updateListItemFields,
} from "./lists";

let fake: GraphFake;
let sleeps: number[];
let client: GraphClient;

beforeEach(async () => {
  fake = await new GraphFake().start();
  sleeps = [];
  client = createGraphClient({
    auth: new MockAuthProvider(),
    baseUrl: fake.baseUrl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});
afterEach(async () => {
  await fake.stop();
});

const LIST = "Comités SPASER";

describe("Graph client: throttling", () => {
  it("waits exactly the Retry-After Graph asked for on 429, then succeeds", async () => {
    fake.seedItem(LIST, { Title: "Dossier 1" });
    fake.throttle("GET", "/items", 7);
    fake.throttle("GET", "/items", 3);
    const items = await getListItems(client, FAKE_SITE_ID, LIST);
    expect(items.map((item) => item.fields)).toMatchObject([{ Title: "Dossier 1" }]);
    expect(sleeps).toEqual([7000, 3000]);
    expect(fake.count({ pathIncludes: "/items" })).toBe(3);
  });

  it("retries a 503 with Retry-After too", async () => {
    fake.throttle("GET", "/sites/contoso", 2, 503);
    await expect(resolveSiteId(client, "contoso.sharepoint.com", "/sites/achats")).resolves.toBe(
      FAKE_SITE_ID,
    );
    expect(sleeps).toEqual([2000]);
  });

  it("stops after 4 attempts and says in French when to try again, keeping status and body", async () => {
    for (let i = 0; i < 4; i++) fake.throttle("GET", "/items", 5);
    const error = await getListItems(client, FAKE_SITE_ID, LIST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ code: "GRAPH_THROTTLED", status: 429, retryAfterSeconds: 5 });
    expect((error as GraphError).body).toMatchObject({ error: { code: "TooManyRequests" } });
    expect((error as Error).message).toContain("réessayez dans 5 secondes");
    expect(sleeps).toEqual([5000, 5000, 5000]);
  });

  it("does not block the user for a Retry-After longer than two minutes", async () => {
    fake.throttle("GET", "/items", 600);
    await expect(getListItems(client, FAKE_SITE_ID, LIST)).rejects.toMatchObject({ code: "GRAPH_THROTTLED" });
    expect(sleeps).toEqual([]);
  });

  it("reads Retry-After given as an HTTP date against the injected clock", () => {
    const now = Date.parse("2026-11-26T10:00:00Z");
    expect(parseRetryAfter("Thu, 26 Nov 2026 10:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("12", now)).toBe(12);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe("Graph client: French errors", () => {
  it.each([
    [401, "GRAPH_UNAUTHORIZED", "reconnectez-vous"],
    [403, "GRAPH_FORBIDDEN", "Sites.Selected"],
    [404, "GRAPH_NOT_FOUND", "introuvable"],
    [409, "GRAPH_CONFLICT", "existe déjà"],
    [412, "GRAPH_PRECONDITION_FAILED", "modifié cet élément"],
    [500, "GRAPH_SERVER", "momentanément indisponible"],
  ])("turns HTTP %i into %s with a message saying what to do", async (status, code, words) => {
    fake.script("GET", "/sites/contoso", { status, body: { error: { code: "x", message: "from Graph" } } });
    const error = await resolveSiteId(client, "contoso.sharepoint.com", "/sites/achats").catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code, status, body: { error: { message: "from Graph" } } });
    expect((error as Error).message).toContain(words);
    expect((error as Error).message).toContain("GET /sites/contoso.sharepoint.com:/sites/achats");
  });

  it("says Microsoft 365 is unreachable when the network is down", async () => {
    await fake.goOffline();
    const error = await resolveSiteId(client, "contoso.sharepoint.com", "/sites/achats").catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "GRAPH_NETWORK", status: 0 });
    expect((error as Error).message).toMatch(
      /^Microsoft 365 est injoignable .*vérifiez la connexion réseau\.$/,
    );
  });
});

describe("$batch", () => {
  const reads = (count: number): BatchRequest[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `r${i}`,
      method: "GET" as const,
      url: `/sites/${FAKE_SITE_ID}/lists/${encodeURIComponent(LIST)}/items/${i + 1}?expand=fields`,
    }));

  it("sends 45 requests as 3 batches of at most 20, answers in request order", async () => {
    for (let i = 0; i < 45; i++) fake.seedItem(LIST, { Title: `Dossier ${i + 1}` });
    const responses = await batch(client, reads(45));
    expect(fake.count({ method: "POST", pathIncludes: "$batch" })).toBe(3);
    expect(fake.count({ inner: true })).toBe(45);
    expect(responses.map((r) => r.id)).toEqual(reads(45).map((r) => r.id));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses[44]?.body).toMatchObject({ fields: { Title: "Dossier 45" } });
  });

  it("is refused by Graph beyond 20 requests (the helper never sends that)", async () => {
    const requests = reads(21).map(({ id, method, url }) => ({ id, method, url }));
    await expect(client.send({ method: "POST", path: "/$batch", body: { requests } })).rejects.toMatchObject({
      status: 400,
    });
  });

  it("retries only the inner requests throttled with 429, after their Retry-After", async () => {
    for (let i = 0; i < 3; i++) fake.seedItem(LIST, { Title: `Dossier ${i + 1}` });
    fake.throttle("GET", "/items/2", 4);
    const responses = await batch(client, reads(3));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(sleeps).toEqual([4000]);
    expect(fake.count({ method: "POST", pathIncludes: "$batch" })).toBe(2);
    expect(fake.count({ inner: true, pathIncludes: "/items/2" })).toBe(2);
    expect(fake.count({ inner: true, pathIncludes: "/items/1" })).toBe(1);
  });

  it("orders requests with dependsOn and gives 424 to those whose prerequisite failed", async () => {
    const list = `/sites/${FAKE_SITE_ID}/lists/${encodeURIComponent(LIST)}/items`;
    const responses = await batch(client, [
      { id: "create", method: "POST", url: list, body: { fields: { Title: "Nouveau" } } },
      { id: "read", method: "GET", url: `${list}?expand=fields`, dependsOn: ["create"] },
      { id: "missing", method: "GET", url: `${list}/999` },
      { id: "after-missing", method: "GET", url: `${list}/1`, dependsOn: ["missing"] },
    ]);
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ["create", 201],
      ["read", 200],
      ["missing", 404],
      ["after-missing", 424],
    ]);
  });

  it("keeps a dependency across two batches: the second waits for the first and gets 424 if it failed", async () => {
    const requests = [
      ...reads(20),
      { id: "late", method: "GET" as const, url: "/sites/x/lists/y/items/1", dependsOn: ["r0"] },
    ];
    const responses = await batch(client, requests);
    expect(responses.find((r) => r.id === "r0")?.status).toBe(404);
    expect(responses.find((r) => r.id === "late")?.status).toBe(424);
    expect(fake.count({ inner: true, pathIncludes: "/sites/x/" })).toBe(0);
  });
});

describe("SharePoint list items with ETags", () => {
  it("creates, lists (every page) and updates agenda items", async () => {
    await createListItem(client, FAKE_SITE_ID, LIST, { Title: "Dossier A", Statut: "inscrit" });
    await createListItem(client, FAKE_SITE_ID, LIST, { Title: "Dossier B", Statut: "inscrit" });
    const created = await createListItem(client, FAKE_SITE_ID, LIST, {
      Title: "Dossier C",
      Statut: "inscrit",
    });
    const all = await getListItems<{ Title: string }>(client, FAKE_SITE_ID, LIST, { top: 2 });
    expect(all.map((item) => item.fields.Title)).toEqual(["Dossier A", "Dossier B", "Dossier C"]);
    expect(fake.count({ method: "GET", pathIncludes: "/items" })).toBe(2);
    const updated = await updateListItemFields(client, FAKE_SITE_ID, LIST, created, { Statut: "examiné" });
    expect(updated.etag).not.toBe(created.etag);
    expect(fake.itemFields(LIST, created.id)).toMatchObject({ Statut: "examiné" });
  });

  it("refuses an update when someone else changed the item, writes nothing, and hands back their version", async () => {
    const mine = await createListItem(client, FAKE_SITE_ID, LIST, { Title: "Dossier A", Decision: "" });
    fake.editAsSomeoneElse(LIST, mine.id, { Decision: "ajourné" });
    const error = await updateListItemFields(client, FAKE_SITE_ID, LIST, mine, { Decision: "validé" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ListItemConflictError);
    const conflict = error as ListItemConflictError<{ Decision: string }>;
    expect(conflict).toMatchObject({ code: "GRAPH_PRECONDITION_FAILED", status: 412 });
    expect(conflict.current?.fields.Decision).toBe("ajourné");
    expect(conflict.current?.etag).not.toBe(mine.etag);
    expect(conflict.message).toContain("Quelqu'un d'autre a modifié cet élément");
    expect(fake.itemFields(LIST, mine.id)).toMatchObject({ Decision: "ajourné" });
    // Retrying on top of the server version succeeds.
    const current = conflict.current;
    if (!current) throw new Error("expected the server version");
    await expect(
      updateListItemFields(client, FAKE_SITE_ID, LIST, current, { Decision: "validé" }),
    ).resolves.toMatchObject({ fields: { Decision: "validé" } });
  });
});
