// The SharePoint lists provider against the in-process Graph fake (tests/support/graph-fake-lists.ts):
// Graph is faked here, no tenant is involved.
import { beforeEach, describe, expect, it } from "vitest";
import { createGraphClient, type GraphClient } from "../../graph";
import { describeRepositoryContract } from "../../../tests/fixtures/agenda/repository-contract";
import { makeAction, makeDecision, makeDossier, makeSession } from "../../../tests/fixtures/agenda/records";
import { FAKE_SITE_ID, GraphListsFake } from "../../../tests/support/graph-fake-lists";
import { AgendaConflictError } from "../conflict";
import { WriteQueue } from "../write-queue";
import { SharePointListsAgendaRepository } from "./provider";
import { provisionAgendaLists } from "./provision";
import { connectAgendaLists } from "./index";
import type { AgendaListIds } from "./schema";
import { SpaserError } from "../../errors";

const auth = { getAccessToken: async () => "test-token" };

interface Setup {
  fake: GraphListsFake;
  graph: GraphClient;
  repo: SharePointListsAgendaRepository;
  lists: AgendaListIds;
  /** Every wait the Graph client asked for, in ms (no real time passes). */
  sleeps: number[];
}

async function setup(options: { siteUtcOffsetHours?: number; pageSize?: number } = {}): Promise<Setup> {
  const fake = new GraphListsFake({
    ...(options.siteUtcOffsetHours !== undefined && { siteUtcOffsetHours: options.siteUtcOffsetHours }),
  });
  const sleeps: number[] = [];
  const graph = createGraphClient({
    auth,
    baseUrl: fake.baseUrl,
    fetch: fake.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const { listIds: lists } = await provisionAgendaLists(graph, FAKE_SITE_ID);
  const repo = new SharePointListsAgendaRepository({
    graph,
    siteId: FAKE_SITE_ID,
    lists,
    ...(options.pageSize !== undefined && { pageSize: options.pageSize }),
  });
  fake.resetLog();
  return { fake, graph, repo, lists, sleeps };
}

describeRepositoryContract("SharePoint lists (Graph fake)", async () => (await setup()).repo);

/** A session of the « revue des achats » with `count` dossiers, a decision on each and two actions. */
async function seedSession(repo: SharePointListsAgendaRepository, count: number): Promise<void> {
  const ids = Array.from({ length: count }, (_, i) => `d${String(i + 1).padStart(3, "0")}`);
  await repo.save("session", makeSession({ id: "s1", agenda: ids }), null);
  await repo.save("session", makeSession({ id: "s0", date: "2025-12-09" }), null);
  for (const id of ids) {
    await repo.save("dossier", makeDossier({ id, object: `Marché ${id}`, estimatedAmountHT: 120_000 }), null);
    await repo.save("decision", makeDecision({ id: `dec-${id}`, dossierId: id }), null);
  }
  await repo.save("action", makeAction({ id: "a1", sessionId: "s0" }), null);
  await repo.save("action", makeAction({ id: "a2", dossierId: "d001" }), null);
}

describe("loading a session from SharePoint lists", () => {
  for (const count of [2, 40]) {
    it(`opens a session of ${count} dossiers in 2 requests, and in 1 once the sessions were listed`, async () => {
      const { fake, graph, repo, lists } = await setup();
      await seedSession(repo, count);
      // A new tab: nothing known yet about the session.
      const fresh = new SharePointListsAgendaRepository({ graph, siteId: FAKE_SITE_ID, lists });
      fake.resetLog();
      const bundle = await fresh.loadSession("s1");
      expect(fake.count({ inner: false })).toBe(2);
      expect(fake.count({ inner: false, method: "POST", pathIncludes: "$batch" })).toBe(2);
      expect(bundle?.dossiers).toHaveLength(count);
      expect(bundle?.decisions).toHaveLength(count);
      expect(bundle?.committeeSessions.map((s) => s.record.id)).toEqual(["s0", "s1"]);
      expect(bundle?.actions.map((a) => a.record.id)).toEqual(["a1", "a2"]);

      // The usual path: the sessions list first, then the session: one $batch of five list queries.
      await fresh.list("session", { committeeId: "revue-des-achats" });
      fake.resetLog();
      const again = await fresh.loadSession("s1");
      expect(fake.count({ inner: false })).toBe(1);
      expect(fake.count({ inner: true })).toBe(5);
      expect(again).toEqual(bundle);
    });
  }

  it("filters on indexed columns with $expand=fields, never one request per dossier", async () => {
    const { fake, repo } = await setup();
    await seedSession(repo, 5);
    fake.resetLog();
    await repo.loadSession("s1");
    const inner = fake.requests.filter((r) => r.inner).map((r) => r.path);
    expect(inner.every((p) => p.includes("$expand=fields") && p.includes("$filter=fields/Spaser"))).toBe(
      true,
    );
    expect(inner.some((p) => /items\/\d+/.test(p))).toBe(false);
  });

  it("follows @odata.nextLink pages: 250 dossiers with pages of 100 load whole", async () => {
    const { fake, repo } = await setup({ pageSize: 100 });
    await seedSession(repo, 250);
    fake.resetLog();
    const bundle = await repo.loadSession("s1");
    expect(bundle?.dossiers).toHaveLength(250);
    expect(bundle?.decisions).toHaveLength(250);
    // One batch for the five queries, then one per round of next pages (dossiers and decisions together).
    expect(fake.count({ inner: false })).toBe(3);
  });

  it("gives back a date typed on a Guadeloupe site (UTC−4) or a Nouméa one (UTC+11) unchanged", async () => {
    for (const offset of [-4, 1, 11]) {
      const { repo } = await setup({ siteUtcOffsetHours: offset });
      const saved = await repo.save("session", makeSession({ date: "2026-03-10" }), null);
      expect((await repo.get("session", "s1"))?.record).toEqual(saved.record);
    }
  });

  it("reads a status changed by hand in the SharePoint list", async () => {
    const { fake, repo } = await setup();
    await repo.save("action", makeAction(), null);
    fake.editAsSomeoneElse("SPASER Actions", "a1", {
      SpaserStatus: "fait",
      SpaserClosedOn: "2026-04-01T22:00:00Z",
    });
    const action = await repo.get("action", "a1");
    expect(action?.record.status).toBe("fait");
    expect(action?.record.closedOn).toBe("2026-04-02");
  });

  it("reports an item made unreadable in SharePoint, naming the list and the column", async () => {
    const { fake, repo } = await setup();
    await repo.save("decision", makeDecision(), null);
    fake.editAsSomeoneElse("SPASER Décisions", "dec1", { SpaserConditions: "{pas du JSON" });
    const error = await repo.get("decision", "dec1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpaserError);
    expect((error as SpaserError).code).toBe("LISTS_ITEM_INVALID");
    expect((error as SpaserError).message).toContain("SPASER Décisions");
    expect((error as SpaserError).message).toContain("Conditions (JSON)");
  });

  it("refuses a 300-character owner before sending anything, saying which column", async () => {
    const { fake, repo } = await setup();
    const error = await repo
      .save("action", makeAction({ owner: "x".repeat(300) }), null)
      .catch((e: unknown) => e);
    expect((error as SpaserError).code).toBe("LISTS_TEXT_TOO_LONG");
    expect((error as SpaserError).message).toContain("Responsable");
    expect(fake.count()).toBe(0);
  });
});

describe("concurrent edits (ETag, 412)", () => {
  it("keeps both sides when a decision was changed in SharePoint meanwhile, and writes nothing", async () => {
    const { fake, repo } = await setup();
    const first = await repo.save("decision", makeDecision(), null);
    fake.editAsSomeoneElse("SPASER Décisions", "dec1", { SpaserOutcome: "ajournee" });
    fake.resetLog();
    const mine = makeDecision({
      outcome: "validee-avec-reserves",
      conditions: ["Critère environnemental à 15 %"],
    });
    const error = await repo.save("decision", mine, first.etag).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgendaConflictError);
    const conflict = error as AgendaConflictError;
    expect(conflict.mine).toEqual(mine);
    expect(conflict.theirs?.record).toEqual(makeDecision({ outcome: "ajournee" }));
    expect(conflict.theirs?.etag).not.toBe(first.etag);
    // The PATCH refused with 412, then the server version fetched once.
    expect(fake.requests.map((r) => r.method)).toEqual(["PATCH", "GET"]);
    expect(fake.itemBySpaserId("SPASER Décisions", "dec1")?.SpaserOutcome).toBe("ajournee");
  });

  it("lets the user keep their version through the write queue, on top of the other one", async () => {
    const { fake, repo } = await setup();
    const first = await repo.save("dossier", makeDossier(), null);
    fake.editAsSomeoneElse("SPASER Dossiers", "d1", { SpaserPresenter: "M. B" });
    const queue = new WriteQueue(repo, { now: () => 0, schedule: () => () => undefined });
    queue.save("dossier", makeDossier({ object: "Entretien des espaces verts et des cours" }), first.etag);
    expect(await queue.flush()).toEqual({ saved: 0, conflicts: 1, failed: 0 });
    expect(queue.stateOf("dossier", "d1")?.theirs?.record).toMatchObject({ presenter: "M. B" });
    expect(await queue.resolve("dossier:d1", { keep: "mine" })).toEqual({
      saved: 1,
      conflicts: 0,
      failed: 0,
    });
    expect((await repo.get("dossier", "d1"))?.record.object).toBe("Entretien des espaces verts et des cours");
  });
});

describe("replaying a write whose answer was lost", () => {
  it("takes a creation already stored identically as saved, not as a conflict", async () => {
    const { repo } = await setup();
    const first = await repo.save("decision", makeDecision(), null);
    // The tab never got the 201 and the write queue sends the same creation again.
    const replay = await repo.save("decision", makeDecision(), null);
    expect(replay).toEqual(first);
  });

  it("takes an update already stored identically as saved, with the server's ETag", async () => {
    const { repo } = await setup();
    const first = await repo.save("action", makeAction(), null);
    const done = makeAction({ status: "fait", closedOn: "2026-04-30" });
    const second = await repo.save("action", done, first.etag);
    const replay = await repo.save("action", done, first.etag);
    expect(replay.etag).toBe(second.etag);
    expect(replay.record).toEqual(done);
  });
});

describe("throttling (429/503 with Retry-After)", () => {
  it("waits the 7 seconds Graph asks for, then loads the session", async () => {
    const { fake, repo, sleeps } = await setup();
    await seedSession(repo, 3);
    fake.throttle("POST", "/$batch", 7);
    const bundle = await repo.loadSession("s1");
    expect(bundle?.dossiers).toHaveLength(3);
    expect(sleeps).toEqual([7000]);
  });

  it("retries only the throttled query of a batch after its own Retry-After", async () => {
    const { fake, repo, sleeps } = await setup();
    await seedSession(repo, 3);
    await repo.list("session");
    fake.throttle("GET", "/items", 4); // the first inner query of the batch
    fake.resetLog();
    const bundle = await repo.loadSession("s1");
    expect(bundle?.session.record.id).toBe("s1");
    expect(sleeps).toEqual([4000]);
    expect(fake.count({ inner: false })).toBe(2);
    expect(fake.count({ inner: true })).toBe(6);
  });

  it("saves a decision after a 503 with Retry-After: 3", async () => {
    const { fake, repo, sleeps } = await setup();
    const first = await repo.save("decision", makeDecision(), null);
    fake.throttle("PATCH", "/fields", 3, 503);
    const saved = await repo.save("decision", makeDecision({ outcome: "a-retravailler" }), first.etag);
    expect(sleeps).toEqual([3000]);
    expect((await repo.get("decision", "dec1"))?.etag).toBe(saved.etag);
  });

  it("hands the write queue Graph's wait when throttling lasts, and the queue retries then", async () => {
    const { fake, repo } = await setup();
    for (let i = 0; i < 4; i++) fake.throttle("POST", "/items", 30);
    let now = 1_000;
    const queue = new WriteQueue(repo, { now: () => now, schedule: () => () => undefined });
    queue.save("action", makeAction(), null);
    expect(await queue.flush()).toEqual({ saved: 0, conflicts: 0, failed: 1 });
    const failed = queue.stateOf("action", "a1");
    expect(failed?.state).toBe("failed");
    expect(failed?.nextAttemptAt).toBe(31_000);
    expect(failed?.error).toContain("limite temporairement");
    now = 31_000;
    expect(await queue.flush()).toEqual({ saved: 1, conflicts: 0, failed: 0 });
  });
});

describe("offline then online", () => {
  it("keeps a decision taken offline and saves it when the network is back", async () => {
    const { fake, repo } = await setup();
    await repo.save("session", makeSession(), null);
    const queue = new WriteQueue(repo, { now: () => 0, schedule: () => () => undefined });
    const states: string[] = [];
    queue.subscribe((writes) => states.push(writes.map((w) => w.state).join(",")));
    fake.goOffline();
    queue.save("decision", makeDecision({ outcome: "validee-avec-reserves" }), null);
    expect(queue.stateOf("decision", "dec1")?.state).toBe("pending");
    expect(await queue.flush()).toEqual({ saved: 0, conflicts: 0, failed: 1 });
    expect(queue.stateOf("decision", "dec1")?.error).toContain("injoignable");
    expect(queue.unsaved()).toHaveLength(1);
    fake.goOnline();
    expect(await queue.flush({ force: true })).toEqual({ saved: 1, conflicts: 0, failed: 0 });
    expect(states).toEqual(["pending", "failed", "saved"]);
    expect((await repo.get("decision", "dec1"))?.record.outcome).toBe("validee-avec-reserves");
  });
});

describe("connecting the Teams tab", () => {
  let fake: GraphListsFake;
  let graph: GraphClient;
  beforeEach(() => {
    fake = new GraphListsFake();
    graph = createGraphClient({ auth, baseUrl: fake.baseUrl, fetch: fake.fetch });
  });

  it("says the lists must be provisioned first, then provisions them on the first-run step", async () => {
    const site = { hostname: "contoso.sharepoint.com", path: "/sites/achats" };
    const error = await connectAgendaLists({ graph, site }).catch((e: unknown) => e);
    expect((error as SpaserError).code).toBe("LISTS_NOT_PROVISIONED");
    expect((error as SpaserError).message).toContain("contoso.sharepoint.com/sites/achats");
    const { repository, provisioned } = await connectAgendaLists({ graph, site, provision: true });
    expect(provisioned?.createdLists).toHaveLength(4);
    await repository.save("session", makeSession(), null);
    fake.resetLog();
    const again = await connectAgendaLists({ graph, site });
    expect(fake.count()).toBe(2); // site id, then the lists
    expect((await again.repository.get("session", "s1"))?.record).toEqual(makeSession());
  });
});
