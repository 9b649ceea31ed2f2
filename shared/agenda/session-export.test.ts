import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeAction, makeDecision, makeDossier, makeSession } from "../../tests/fixtures/agenda/records";
import { actionsForSession } from "./actions";
import { exportSession, parseSessionExport } from "./session-export";

describe("session export", () => {
  const december = makeSession({ id: "s-dec", date: "2025-12-09" });
  const march = makeSession({ id: "s-mars", date: "2026-03-10", agenda: ["d2", "d1"] });
  const records = {
    sessions: [december, march],
    dossiers: [
      makeDossier({ id: "d1", sessionId: "s-mars" }),
      makeDossier({ id: "d2", sessionId: "s-mars" }),
    ],
    decisions: [makeDecision({ id: "x", sessionId: "s-mars", dossierId: "d1" })],
    actions: [
      makeAction({ id: "old", sessionId: "s-dec" }),
      makeAction({ id: "new", sessionId: "s-mars", dossierId: "d1" }),
    ],
  };

  it("holds the session's dossiers in agenda order, its decisions, its actions and the carried-over ones", () => {
    const data = exportSession(march, records);
    expect(data.dossiers.map((d) => d.id)).toEqual(["d2", "d1"]);
    expect(data.actions.map((a) => a.id)).toEqual(["new"]);
    expect(data.carriedOver.map((a) => a.id)).toEqual(["old"]);
    expect(parseSessionExport(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it("names the file and the field when an export is wrong", () => {
    const data = exportSession(march, records);
    expect(() =>
      parseSessionExport({ ...data, decisions: [{ ...data.decisions[0], dossierId: "ghost" }] }, "mars.json"),
    ).toThrow(
      "Export de séance « mars.json » invalide — decisions.0.dossierId : dossier « ghost » absent de l'export",
    );
    expect(() =>
      parseSessionExport({ ...data, session: { ...data.session, date: "10/03/2026" } }, "mars.json"),
    ).toThrow("session.date : date attendue au format AAAA-MM-JJ");
  });

  it("carries an open action to every later session of its committee, never to an earlier one", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        (days, pick) => {
          const sessions = days.map((day) =>
            makeSession({ id: `s${day}`, date: `2026-02-${String(day).padStart(2, "0")}` }),
          );
          const origin = sessions[pick % sessions.length] ?? sessions[0];
          if (!origin) return;
          const action = makeAction({ sessionId: origin.id, status: "en-cours" });
          for (const session of sessions) {
            const carried = actionsForSession(session, sessions, [action]).carriedOver.length === 1;
            expect(carried).toBe(session.date > origin.date);
          }
        },
      ),
    );
  });
});
