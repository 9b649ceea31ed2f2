import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeAction, makeDecision, makeDossier, makeSession } from "../../../tests/fixtures/agenda/records";
import { dateFromColumn, fieldsToRecord, odataString, recordToFields } from "./mapping";

describe("record ↔ list item fields", () => {
  it("gives every record type back unchanged, nested data included", () => {
    const records = {
      session: makeSession({
        place: "Hôtel du Département, salle 2",
        attendees: [{ name: "Mme A", role: "Élue", member: true, presence: "present" }],
        agenda: ["d2", "d1"],
      }),
      dossier: makeDossier({
        estimatedAmountHT: 480_000,
        plannedPublicationDate: "2026-09-01",
        proposedLevers: [{ clauseId: "clause-insertion-1", version: 2 }],
        cotation: { environmental: 3, social: 2, economic: 1, supplyMaturity: 2 },
        recurring: true,
        slot: { start: "09:15", end: "09:30" },
      }),
      decision: makeDecision({
        conditions: ["Critère environnemental à 15 %"],
        provisions: [{ kind: "clause-insertion", plannedHours: 700 }],
      }),
      action: makeAction({ dossierId: "d1", closedOn: "2026-04-30", status: "fait" }),
    } as const;
    for (const [kind, record] of Object.entries(records)) {
      const k = kind as keyof typeof records;
      expect(fieldsToRecord(k, recordToFields(k, record), "7")).toEqual(record);
    }
  });

  it("clears a field removed in the app (null), so SharePoint does not keep the old value", () => {
    const fields = recordToFields("dossier", makeDossier());
    expect(fields.SpaserAmountHT).toBeNull();
    expect(fields.SpaserCotation).toBeNull();
    expect(fields.Title).toBe("Entretien des espaces verts des collèges");
  });

  it("reads back the calendar day of a date-only column for every site zone from UTC−11 to UTC+11", () => {
    const day = fc.integer({
      min: Date.UTC(2020, 0, 1) / 86_400_000,
      max: Date.UTC(2035, 0, 1) / 86_400_000,
    });
    fc.assert(
      fc.property(day, fc.integer({ min: -11, max: 11 }), (d, offset) => {
        const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
        const localMidnight = new Date(Date.parse(`${date}T00:00:00Z`) - offset * 3_600_000).toISOString();
        expect(dateFromColumn(localMidnight)).toBe(date);
        expect(dateFromColumn(`${date}T12:00:00Z`)).toBe(date);
      }),
    );
  });

  it("quotes OData strings", () => {
    expect(odataString("l'atelier")).toBe("'l''atelier'");
  });
});
