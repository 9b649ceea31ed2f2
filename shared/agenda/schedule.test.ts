import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDossier, makeSession } from "../../tests/fixtures/agenda/records";
import { agendaEnd, moveAgendaItem, scheduleAgenda, toMinutes } from "./schedule";

describe("agenda order and time slots", () => {
  const session = makeSession({ startTime: "09:30", agenda: ["d1", "d2", "d3"] });
  const dossiers = [
    makeDossier({ id: "d1", durationMinutes: 20 }),
    makeDossier({ id: "d2", durationMinutes: 15 }),
    makeDossier({ id: "d3", durationMinutes: 30 }),
  ];

  it("gives back-to-back slots from the session's start", () => {
    expect(scheduleAgenda(session, dossiers).map((d) => [d.id, d.slot?.start, d.slot?.end])).toEqual([
      ["d1", "09:30", "09:50"],
      ["d2", "09:50", "10:05"],
      ["d3", "10:05", "10:35"],
    ]);
    expect(agendaEnd(session, dossiers)).toBe("10:35");
  });

  it("recomputes the slots when the last dossier moves to the top", () => {
    const moved = { ...session, agenda: moveAgendaItem(session.agenda, 2, 0) };
    expect(scheduleAgenda(moved, dossiers).map((d) => [d.id, d.slot?.start])).toEqual([
      ["d3", "09:30"],
      ["d1", "10:00"],
      ["d2", "10:20"],
    ]);
  });

  it("puts a dossier of the session missing from the agenda at the end, and ignores other sessions' dossiers", () => {
    const extra = [...dossiers, makeDossier({ id: "d4" }), makeDossier({ id: "x", sessionId: "other" })];
    expect(scheduleAgenda(session, extra).map((d) => d.id)).toEqual(["d1", "d2", "d3", "d4"]);
  });

  it("refuses a move outside the agenda with positions counted from 1", () => {
    expect(() => moveAgendaItem(["a", "b"], 0, 2)).toThrow(
      "vers la position 3 : l'ordre du jour compte 2 point(s)",
    );
  });

  it("keeps the same items and no overlap whatever the moves", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
        (durations, moves) => {
          const ds = durations.map((durationMinutes, i) => makeDossier({ id: `d${i}`, durationMinutes }));
          let agenda = ds.map((d) => d.id);
          for (const [from, to] of moves)
            agenda = moveAgendaItem(agenda, from % agenda.length, to % agenda.length);
          expect([...agenda].sort()).toEqual(ds.map((d) => d.id).sort());
          const slots = scheduleAgenda({ ...session, startTime: "08:00", agenda }, ds);
          slots.forEach((d, i) => {
            const next = slots[i + 1];
            if (next?.slot && d.slot) expect(next.slot.start).toBe(d.slot.end);
            if (d.slot) expect(toMinutes(d.slot.start) % 1).toBe(0);
          });
        },
      ),
    );
  });
});
