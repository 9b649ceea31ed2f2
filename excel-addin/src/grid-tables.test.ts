import { describe, expect, it } from "vitest";
import { excelSerialToIso, parseAddress, rawGridFromTables } from "./grid-tables";

describe("reading the grid's tables as Office.js returns them", () => {
  it("finds the sheet and first cell of a quoted or plain address", () => {
    expect(parseAddress("'Critères'!A2:G4")).toEqual({ sheet: "Critères", row: 2, column: 1 });
    expect(parseAddress("Offres!AB10:AC12")).toEqual({ sheet: "Offres", row: 10, column: 28 });
    expect(parseAddress("'L''offre'!B3")).toEqual({ sheet: "L'offre", row: 3, column: 2 });
  });

  it("turns a launch date typed in a date cell (serial number) back into a day", () => {
    expect(excelSerialToIso(46296)).toBe("2026-10-01");
  });

  it("keeps French-typed values as typed, with their cells, and skips empty prepared rows", () => {
    const raw = rawGridFromTables({
      parameters: {
        headers: ["Paramètre", "Valeur"],
        address: "'Paramètres'!A2:B4",
        values: [
          ["Intitulé de la consultation", "Nettoyage"],
          ["Date de lancement", 46296],
          ["Préréglage SPASER", "ille-et-vilaine"],
        ],
      },
      criteria: {
        headers: ["Code", "Parent", "Libellé", "Catégorie", "Pondération (%)", "Barème"],
        address: "'Critères'!A2:F3",
        values: [
          ["C1", "", "Prix", "prix", "40 %", 10],
          ["C2", "", "Environnement", "environnemental", "0,6", 10],
        ],
      },
      offers: {
        headers: ["Lot", "Candidat", "Statut", "Prix (€ HT)", "C2 — Environnement"],
        address: "'Offres'!A2:E4",
        values: [
          [1, "Alpha", "régulière", "1 000,50", "sept"],
          [1, "", "", "", ""],
          [1, "Bêta", "", 900, 8],
        ],
      },
    });
    expect(raw.consultation.launchDate?.value).toBe("2026-10-01");
    expect(raw.consultation.policyId).toBe("ille-et-vilaine");
    expect(raw.criteria.map((c) => [c.code, c.weight.value, c.weight.ref?.address])).toEqual([
      ["C1", "40 %", "E2"],
      ["C2", "0,6", "E3"],
    ]);
    expect(
      raw.offers.map((o) => [o.candidate.value, o.price.value, o.marks.C2?.value, o.marks.C2?.ref]),
    ).toEqual([
      ["Alpha", "1 000,50", "sept", { sheet: "Offres", address: "E2" }],
      ["Bêta", 900, 8, { sheet: "Offres", address: "E4" }],
    ]);
  });
});
