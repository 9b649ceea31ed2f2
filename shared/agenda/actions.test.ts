import { describe, expect, it } from "vitest";
import { makeAction, makeSession } from "../../tests/fixtures/agenda/records";
import { actionsForSession, isOverdue, nextSessionOf } from "./actions";

describe("actions carried over to the next sessions", () => {
  const march = makeSession({ id: "s-mars", date: "2026-03-10" });
  const june = makeSession({ id: "s-juin", date: "2026-06-09" });
  const september = makeSession({ id: "s-sept", date: "2026-09-15" });
  const otherCommittee = makeSession({ id: "s-copil", committeeId: "copil-suivi", date: "2026-02-01" });
  const sessions = [march, june, september, otherCommittee];

  const open = makeAction({ id: "open", sessionId: "s-mars", status: "en-cours" });
  const closedInMay = makeAction({ id: "may", sessionId: "s-mars", status: "fait", closedOn: "2026-05-20" });
  const closedInJuly = makeAction({
    id: "july",
    sessionId: "s-mars",
    status: "abandonnee",
    closedOn: "2026-07-01",
  });
  const raisedInJune = makeAction({ id: "june", sessionId: "s-juin" });
  const copilAction = makeAction({ id: "copil", sessionId: "s-copil", committeeId: "copil-suivi" });
  const actions = [open, closedInMay, closedInJuly, raisedInJune, copilAction];

  it.each([
    [march, [], ["open", "may", "july"]],
    [june, ["open", "july"], ["june"]],
    [september, ["june", "open"], []],
  ])("session %#: carries %j and raises %j", (session, carried, raised) => {
    const result = actionsForSession(session, sessions, actions);
    expect(result.carriedOver.map((a) => a.id).sort()).toEqual([...carried].sort());
    expect(result.raised.map((a) => a.id)).toEqual(raised);
  });

  it("never carries another committee's actions", () => {
    const result = actionsForSession(june, sessions, actions);
    expect(result.carriedOver.map((a) => a.id)).not.toContain("copil");
  });

  it("finds the committee's next session", () => {
    expect(nextSessionOf(march, sessions)?.id).toBe("s-juin");
    expect(nextSessionOf(september, sessions)).toBeUndefined();
  });

  it("marks an open action past its due date as overdue, never a closed one", () => {
    expect(isOverdue(open, "2026-05-02")).toBe(true);
    expect(isOverdue(open, "2026-05-01")).toBe(false);
    expect(isOverdue(closedInMay, "2026-12-31")).toBe(false);
  });
});
