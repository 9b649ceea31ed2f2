import { describe, expect, it } from "vitest";
import { makeSession } from "../../tests/fixtures/agenda/records";
import { checkQuorum, parseQuorum } from "./quorum";
import type { Attendee } from "./schema";

const attendee = (presence: Attendee["presence"], member = true): Attendee => ({
  name: "X",
  role: "Élu",
  member,
  presence,
});

describe("quorum", () => {
  it.each([
    ["la majorité des membres", { kind: "majority" }],
    ["la moitié des membres", { kind: "share", percent: 50 }],
    ["60 % des membres", { kind: "share", percent: 60 }],
    ["3 membres", { kind: "count", members: 3 }],
    ["selon le règlement intérieur", undefined],
  ])("reads %j", (text, rule) => {
    expect(parseQuorum(text)).toEqual(rule);
  });

  it("reaches a majority quorum with 3 of 5 members, counting a represented one and not guests", () => {
    const session = makeSession({
      attendees: [
        attendee("present"),
        attendee("represente"),
        attendee("present"),
        attendee("excuse"),
        attendee("absent"),
        attendee("present", false),
      ],
    });
    expect(checkQuorum({ quorum: "la majorité des membres" }, session)).toMatchObject({
      status: "atteint",
      present: 3,
      members: 5,
      required: 3,
    });
    expect(checkQuorum({ quorum: "4 membres" }, session).status).toBe("non-atteint");
  });

  it("says when no quorum is set and when its wording cannot be checked", () => {
    const session = makeSession({ attendees: [attendee("present")] });
    expect(checkQuorum({}, session).status).toBe("non-requis");
    expect(checkQuorum({ quorum: "selon le règlement" }, session).status).toBe("non-verifiable");
  });
});
