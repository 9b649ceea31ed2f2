import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { makeDecision, makeDossier } from "../../tests/fixtures/agenda/records";
import { SpaserError } from "../errors";
import { IndexedDbAgendaRepository } from "./indexeddb";
import { InMemoryAgendaRepository } from "./memory";
import type { AgendaRepository } from "./repository";
import { WriteQueue, retryAfterMsOf, withPendingWrites } from "./write-queue";

/** A repository that fails while `offline` is true, as a store behind a dropped network would. */
function flaky(inner: AgendaRepository, options: { retryAfterMs?: number } = {}) {
  const state = { offline: false, calls: 0 };
  const fail = () => {
    state.calls += 1;
    if (state.offline) {
      throw new SpaserError("STORAGE_UNAVAILABLE", {
        detail: "réseau indisponible",
        ...(options.retryAfterMs !== undefined ? { retryAfterMs: options.retryAfterMs } : {}),
      });
    }
  };
  const repo: AgendaRepository = {
    label: "flaky",
    list: (kind, query) => inner.list(kind, query),
    get: (kind, id) => inner.get(kind, id),
    save: async (kind, record, etag) => {
      fail();
      return inner.save(kind, record, etag);
    },
    remove: async (kind, id, etag) => {
      fail();
      return inner.remove(kind, id, etag);
    },
    loadSession: (id) => inner.loadSession(id),
  };
  return { repo, state };
}

function fakeClock() {
  let now = 1_000_000;
  const timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => now,
    schedule: (callback: () => void, delayMs: number) => {
      const timer = { at: now + delayMs, callback };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.callback();
      }
    },
    timers,
  };
}

describe("write queue: a decision is never lost", () => {
  it("shows a write as pending, then saved", async () => {
    const queue = new WriteQueue(new InMemoryAgendaRepository());
    const seen: string[] = [];
    queue.subscribe((writes) => seen.push(writes.map((w) => w.state).join(",")));
    expect(queue.save("decision", makeDecision(), null).state).toBe("pending");
    expect(await queue.flush()).toEqual({ saved: 1, conflicts: 0, failed: 0 });
    expect(queue.stateOf("decision", "dec1")).toMatchObject({ state: "saved", savedEtag: '"1"' });
    expect(seen).toEqual(["pending", "saved"]);
  });

  it("keeps a failed write, says why, and retries it when its delay is over", async () => {
    const store = new InMemoryAgendaRepository();
    const { repo, state } = flaky(store);
    const clock = fakeClock();
    const queue = new WriteQueue(repo, { now: clock.now, schedule: clock.schedule, retryDelaysMs: [5_000] });
    state.offline = true;
    queue.save("decision", makeDecision(), null);
    await queue.flush();
    expect(queue.stateOf("decision", "dec1")).toMatchObject({ state: "failed", attempts: 1 });
    expect(queue.stateOf("decision", "dec1")?.error).toContain("réseau indisponible");
    expect(queue.unsaved()).toHaveLength(1);

    // Not yet due: a plain flush leaves it alone.
    await queue.flush();
    expect(state.calls).toBe(1);

    state.offline = false;
    clock.advance(5_000);
    await eventually(() => queue.stateOf("decision", "dec1")?.state === "saved");
    expect((await store.get("decision", "dec1"))?.record.outcome).toBe("validee");
  });

  it("waits as long as the store's Retry-After asks", async () => {
    const { repo, state } = flaky(new InMemoryAgendaRepository(), { retryAfterMs: 42_000 });
    const clock = fakeClock();
    const queue = new WriteQueue(repo, { now: clock.now, schedule: clock.schedule });
    state.offline = true;
    queue.save("dossier", makeDossier(), null);
    await queue.flush();
    expect(queue.stateOf("dossier", "d1")?.nextAttemptAt).toBe(clock.now() + 42_000);
    expect(clock.timers.map((t) => t.at - clock.now())).toEqual([42_000]);
  });

  it("reads Graph's retryAfterSeconds as well", () => {
    const graphLike = Object.assign(new Error("429"), { retryAfterSeconds: 7 });
    expect(retryAfterMsOf(graphLike)).toBe(7_000);
    expect(retryAfterMsOf(new SpaserError("STORAGE_UNAVAILABLE", { detail: "x", retryAfterMs: 500 }))).toBe(
      500,
    );
    expect(retryAfterMsOf(new Error("x"))).toBeUndefined();
  });

  it("sends everything at once when the browser comes back online (forced flush)", async () => {
    const { repo, state } = flaky(new InMemoryAgendaRepository());
    const clock = fakeClock();
    const queue = new WriteQueue(repo, { now: clock.now, schedule: clock.schedule, retryDelaysMs: [60_000] });
    state.offline = true;
    queue.save("dossier", makeDossier({ id: "d1" }), null);
    queue.save("dossier", makeDossier({ id: "d2" }), null);
    queue.save("decision", makeDecision(), null);
    expect(await queue.flush()).toEqual({ saved: 0, conflicts: 0, failed: 3 });
    state.offline = false;
    expect(await queue.flush({ force: true })).toEqual({ saved: 3, conflicts: 0, failed: 0 });
    expect(queue.unsaved()).toEqual([]);
  });

  it("merges successive edits of the same record into one write based on the version first read", async () => {
    const store = new InMemoryAgendaRepository();
    const base = await store.save("decision", makeDecision(), null);
    const queue = new WriteQueue(store);
    queue.save("decision", makeDecision({ outcome: "ajournee" }), base.etag);
    queue.save(
      "decision",
      makeDecision({ outcome: "validee-avec-reserves", conditions: ["Lot réservé"] }),
      base.etag,
    );
    expect(queue.list()).toHaveLength(1);
    await queue.flush();
    expect((await store.get("decision", "dec1"))?.record.outcome).toBe("validee-avec-reserves");
    // The next edit, made on the copy read before the save, chains on the saved version.
    queue.save("decision", makeDecision({ outcome: "validee" }), base.etag);
    await queue.flush();
    expect(queue.stateOf("decision", "dec1")?.state).toBe("saved");
    expect((await store.get("decision", "dec1"))?.record.outcome).toBe("validee");
  });

  it("keeps an edit made while its record was being saved, and sends it next", async () => {
    const store = new InMemoryAgendaRepository();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: AgendaRepository = {
      ...flaky(store).repo,
      save: async (kind, record, etag) => {
        await gate;
        return store.save(kind, record, etag);
      },
    };
    const queue = new WriteQueue(slow);
    queue.save("decision", makeDecision({ conditions: ["première saisie"] }), null);
    const first = queue.flush();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the save is now in flight
    queue.save("decision", makeDecision({ conditions: ["seconde saisie"] }), null);
    release();
    await first;
    expect(queue.stateOf("decision", "dec1")?.state).toBe("pending");
    await queue.flush();
    expect((await store.get("decision", "dec1"))?.record.conditions).toEqual(["seconde saisie"]);
  });

  describe("conflicts", () => {
    async function conflicted() {
      const store = new InMemoryAgendaRepository();
      const base = await store.save("decision", makeDecision({ conditions: ["A"] }), null);
      const queue = new WriteQueue(store);
      // Someone else records their version first.
      await store.save("decision", makeDecision({ outcome: "ajournee", conditions: ["B"] }), base.etag);
      queue.save(
        "decision",
        makeDecision({ outcome: "validee-avec-reserves", conditions: ["C"] }),
        base.etag,
      );
      expect(await queue.flush()).toEqual({ saved: 0, conflicts: 1, failed: 0 });
      return { store, queue };
    }

    it("keeps both sides and tells the user in French", async () => {
      const { store, queue } = await conflicted();
      const write = queue.stateOf("decision", "dec1");
      expect(write?.state).toBe("conflict");
      expect(write?.record).toMatchObject({ conditions: ["C"] });
      expect(write?.theirs?.record).toMatchObject({ conditions: ["B"] });
      expect(write?.error).toContain("a été modifié par quelqu'un d'autre");
      expect((await store.get("decision", "dec1"))?.record.conditions).toEqual(["B"]);
      // A conflict waits for the user: flushing again does not overwrite.
      await queue.flush({ force: true });
      expect(queue.stateOf("decision", "dec1")?.state).toBe("conflict");
    });

    it.each([
      [{ keep: "mine" } as const, ["C"]],
      [{ keep: "theirs" } as const, ["B"]],
      [{ merged: makeDecision({ outcome: "validee-avec-reserves", conditions: ["B", "C"] }) }, ["B", "C"]],
    ])("resolves %j by storing %j", async (resolution, conditions) => {
      const { store, queue } = await conflicted();
      await queue.resolve("decision:dec1", resolution);
      expect((await store.get("decision", "dec1"))?.record.conditions).toEqual(conditions);
      expect(queue.unsaved()).toEqual([]);
    });
  });

  it("keeps unsaved writes across a reload in the IndexedDB outbox", async () => {
    const repo = await IndexedDbAgendaRepository.open("spaser-agenda-outbox-test");
    const { repo: offline, state } = flaky(repo);
    state.offline = true;
    const before = new WriteQueue(offline, { persistence: repo.outbox(), schedule: () => () => undefined });
    before.save("decision", makeDecision({ conditions: ["Clause d'insertion de 1 200 h"] }), null);
    await before.flush();
    before.dispose();
    await eventually(async () => (await repo.outbox().load()).length === 1);

    // « Reload »: a new queue restores the outbox and, back online, saves it.
    state.offline = false;
    const after = new WriteQueue(offline, { persistence: repo.outbox() });
    await after.restore();
    expect(after.stateOf("decision", "dec1")?.state).toBe("failed");
    await after.flush({ force: true });
    expect((await repo.get("decision", "dec1"))?.record.conditions).toEqual([
      "Clause d'insertion de 1 200 h",
    ]);
    await eventually(async () => (await repo.outbox().load()).length === 0);
    after.dispose();
  });
});

/** Polls a condition (the queue's retries and outbox writes are asynchronous). */
async function eventually(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error("condition never met");
}

describe("what a screen shows while writes are queued", () => {
  it("shows unsaved edits and new records with their state, and hides queued removals", async () => {
    const store = new InMemoryAgendaRepository();
    const d1 = await store.save("dossier", makeDossier({ id: "d1" }), null);
    const d2 = await store.save("dossier", makeDossier({ id: "d2" }), null);
    const { repo, state } = flaky(store);
    const queue = new WriteQueue(repo, { schedule: () => () => undefined });
    state.offline = true;
    queue.save("dossier", makeDossier({ id: "d1", object: "Objet modifié hors ligne" }), d1.etag);
    queue.remove("dossier", "d2", d2.etag);
    queue.save("dossier", makeDossier({ id: "d3", object: "Nouveau dossier" }), null);
    await queue.flush();
    const shown = withPendingWrites("dossier", await store.list("dossier"), queue.list());
    expect(shown.map((s) => [s.record.id, s.record.object, s.state])).toEqual([
      ["d1", "Objet modifié hors ligne", "failed"],
      ["d3", "Nouveau dossier", "failed"],
    ]);
  });
});
