import { describe, expect, it, vi } from "vitest";
import { InMemoryAgendaRepository, type PendingWrite, type QueuePersistence } from "../../../shared/storage";
import type { Session } from "../../../shared/agenda";
import { SpaserError } from "../../../shared/errors";
import { AgendaStore } from "./agenda-store";

const session: Session = {
  id: "s1",
  policyId: "national",
  committeeId: "comite-achats",
  date: "2026-12-10",
  startTime: "09:00",
  attendees: [],
  agenda: [],
  status: "planifiee",
};

function memoryOutbox(): QueuePersistence & { kept: PendingWrite[] } {
  const box = {
    kept: [] as PendingWrite[],
    load: () => Promise.resolve(box.kept),
    save: (writes: readonly PendingWrite[]) => {
      box.kept = [...writes];
      return Promise.resolve();
    },
  };
  return box;
}

describe("the tab's agenda store", () => {
  it("shows a new session at once and marks it saved once the store confirms", async () => {
    const repository = new InMemoryAgendaRepository();
    const store = new AgendaStore(repository);
    await store.load();
    store.save("session", session);
    expect(store.getSnapshot().sessions.map((s) => s.id)).toEqual(["s1"]);
    await vi.waitFor(() => expect(store.stateOf("session", "s1")?.state).toBe("saved"));
    await expect(repository.get("session", "s1")).resolves.toMatchObject({ record: session });
  });

  it("saves a second edit on top of the first one without a false conflict", async () => {
    const repository = new InMemoryAgendaRepository();
    const store = new AgendaStore(repository);
    await store.load();
    store.save("session", session);
    await vi.waitFor(() => expect(store.stateOf("session", "s1")?.state).toBe("saved"));
    store.save("session", { ...session, place: "Salle du conseil" });
    await vi.waitFor(() => expect(store.stateOf("session", "s1")?.state).toBe("saved"));
    await expect(repository.get("session", "s1")).resolves.toMatchObject({
      record: { place: "Salle du conseil" },
    });
  });

  it("keeps a write the store refused and shows it again after a reload", async () => {
    const broken = new InMemoryAgendaRepository();
    broken.save = () => Promise.reject(new SpaserError("STORAGE_UNAVAILABLE", { detail: "quota" }));
    const outbox = memoryOutbox();
    const first = new AgendaStore(broken, outbox);
    await first.load();
    first.save("session", session);
    await vi.waitFor(() => expect(first.stateOf("session", "s1")?.state).toBe("failed"));
    first.dispose();

    const healthy = new InMemoryAgendaRepository();
    const second = new AgendaStore(healthy, outbox);
    await second.load();
    expect(second.getSnapshot().sessions.map((s) => s.id)).toEqual(["s1"]);
    await vi.waitFor(() => expect(second.stateOf("session", "s1")?.state).toBe("saved"));
    second.dispose();
  });

  it("keeps both sides of a conflict until the user picks one", async () => {
    const repository = new InMemoryAgendaRepository();
    const store = new AgendaStore(repository);
    await store.load();
    store.save("session", session);
    await vi.waitFor(() => expect(store.stateOf("session", "s1")?.state).toBe("saved"));
    const stored = await repository.get("session", "s1");
    await repository.save("session", { ...session, place: "Salle B" }, stored?.etag ?? null);
    store.save("session", { ...session, place: "Salle A" });
    await vi.waitFor(() => expect(store.stateOf("session", "s1")?.state).toBe("conflict"));
    const write = store.stateOf("session", "s1");
    expect(write?.theirs?.record).toMatchObject({ place: "Salle B" });
    if (write) await store.resolve(write, { keep: "theirs" });
    expect(store.getSnapshot().sessions[0]?.place).toBe("Salle B");
  });

  it("takes what another window saved when the user comes back to the tab, keeping unsaved edits", async () => {
    const repository = new InMemoryAgendaRepository();
    const mine = new AgendaStore(repository);
    await mine.load();
    const other = new AgendaStore(repository);
    await other.load();
    other.save("session", session);
    await vi.waitFor(() => expect(other.stateOf("session", "s1")?.state).toBe("saved"));
    expect(mine.getSnapshot().sessions).toEqual([]);
    await mine.refresh();
    expect(mine.getSnapshot().sessions.map((s) => s.id)).toEqual(["s1"]);
    // An edit of mine made on the refreshed version saves without conflict.
    mine.save("session", { ...session, place: "Salle A" });
    await vi.waitFor(() => expect(mine.stateOf("session", "s1")?.state).toBe("saved"));
  });
});
