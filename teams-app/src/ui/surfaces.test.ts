import { describe, expect, it } from "vitest";
import { getPolicy } from "../../../shared/policies";
import type { Dossier, Session } from "../../../shared/agenda";
import { parseAttendees } from "../state/attendees";
import { tabConfigFor } from "../state/tab-config";
import { agendaState, pickSession } from "./current-item";
import { stageUrl, todayIso, viewOf } from "./navigation";
import { countdown, frenchSlot } from "./time";

const session = (id: string, date: string, agenda: string[] = []): Session => ({
  id,
  policyId: "national",
  committeeId: "c",
  date,
  startTime: "09:00",
  attendees: [],
  agenda,
  status: "planifiee",
});
const dossier = (id: string, durationMinutes = 15): Dossier => ({
  id,
  sessionId: "s1",
  object: `Dossier ${id}`,
  direction: "Achats",
  segmentId: "numerique",
  procedure: "appel-offres-ouvert",
  durationMinutes,
  proposedLevers: [],
  recurring: false,
  targeted: false,
});

describe("which surface a page shows", () => {
  it.each([
    ["", "content"],
    ["?view=sidePanel", "sidePanel"],
    ["?view=stage", "stage"],
    ["?view=config", "config"],
    ["?view=nonsense", "content"],
  ])("in a plain browser, %s opens the %s view", (search, view) => {
    expect(viewOf(search, { kind: "standalone" })).toBe(view);
  });

  it("follows Teams' frame context over the URL flag", () => {
    const info = { kind: "teams", theme: "light", frameContext: "meetingStage", surface: "stage" } as const;
    expect(viewOf("?view=sidePanel", info)).toBe("stage");
    expect(viewOf("", { ...info, frameContext: "settings", surface: "settings" })).toBe("config");
  });

  it("builds the stage URL on the app's own origin (validDomains)", () => {
    expect(stageUrl("https://app.example/teams-app/index.html?view=sidePanel#x", "s 1", "d1")).toBe(
      "https://app.example/teams-app/index.html?view=stage&session=s+1&dossier=d1",
    );
  });

  it("saves a tab configuration pointing at the content page with the chosen preset", () => {
    expect(tabConfigFor(getPolicy("national"), "https://app.example")).toEqual({
      contentUrl: "https://app.example/teams-app/index.html?policy=national",
      websiteUrl: "https://app.example/teams-app/index.html?policy=national",
      entityId: "spaser-comites-national",
      suggestedDisplayName: "Comités achats — National",
    });
  });
});

describe("the meeting's current item", () => {
  it("follows today's session, else the next one, else the last one", () => {
    const sessions = [session("a", "2026-03-01"), session("b", "2026-06-01"), session("c", "2026-09-01")];
    expect(pickSession(sessions, null, "2026-06-01")?.id).toBe("b");
    expect(pickSession(sessions, null, "2026-04-01")?.id).toBe("b");
    expect(pickSession(sessions, null, "2027-01-01")?.id).toBe("c");
    expect(pickSession(sessions, "a", "2026-06-01")?.id).toBe("a");
  });

  it("starts on the first item still without a decision", () => {
    const s = session("s1", "2026-06-01", ["d1", "d2"]);
    const decisions = [
      {
        id: "x",
        sessionId: "s1",
        dossierId: "d1",
        outcome: "validee" as const,
        conditions: [],
        provisions: [],
        decidedOn: "2026-06-01",
      },
    ];
    const { items, firstOpen } = agendaState(s, [dossier("d1"), dossier("d2", 20)], decisions);
    expect(firstOpen).toBe(1);
    expect(items[1]?.slot).toEqual({ start: "09:15", end: "09:35" });
  });
});

describe("French times and people", () => {
  it("writes slots and countdowns the French way", () => {
    expect(frenchSlot({ start: "09:00", end: "09:15" })).toBe("9\u00A0h\u00A000 – 9\u00A0h\u00A015");
    expect(countdown(15 * 60)).toBe("15:00");
    expect(countdown(-30)).toBe("\u22120:30");
  });

  it("reads attendees « Nom — rôle », guests marked (invité)", () => {
    expect(
      parseAttendees("Claire Martin — élue\n\nJeanne Roux - direction des routes (invitée)\nPaul"),
    ).toEqual([
      { name: "Claire Martin", role: "élue", member: true, presence: "present" },
      { name: "Jeanne Roux", role: "direction des routes", member: false, presence: "present" },
      { name: "Paul", role: "Membre", member: true, presence: "present" },
    ]);
  });

  it("gives today's date in the user's time zone", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
