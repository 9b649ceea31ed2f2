import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { newGridDefinition } from "../../shared/grid";
import { getPolicy } from "../../shared/policies";
import { checkWorkbook, createGrid, markRanges, MARK_TAG, selectCells, selectionOf, watchGrid } from "./host";
import { FakeSheet, FakeWorkbook } from "./testing/fake-excel";
import { installExcel } from "./testing/office-mock";

const definition = (lots = 1) =>
  newGridDefinition({
    policy: getPolicy("national"),
    lots,
    title: "Nettoyage des collèges",
    launchDate: "2026-10-01",
  });

let workbook: FakeWorkbook;
beforeEach(() => {
  workbook = new FakeWorkbook();
  workbook.sheets.push(new FakeSheet("Feuil1"));
  installExcel(workbook);
});
afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

/** A new grid with `count` offers of lot 1: prices 1000, 1010…, marks 7 and 6 (columns E and F). */
async function gridWithOffers(count: number): Promise<void> {
  await createGrid(definition(), Math.max(count, 10));
  const offers = workbook.sheet("Offres");
  for (let i = 0; i < count; i++) {
    const row = i + 2;
    offers.set(`B${row}`, `Entreprise ${i + 1}`);
    offers.set(`C${row}`, "régulière");
    offers.set(`D${row}`, 1000 + 10 * i);
    offers.set(`E${row}`, 7);
    offers.set(`F${row}`, 6);
  }
  workbook.syncs = 0;
}

const ourMarks = (sheet: string) =>
  workbook.sheet(sheet).conditionalFormats.filter((cf) => cf.formula?.includes(MARK_TAG));

describe("Nouvelle grille", () => {
  it("writes the four sheets, named tables, validations and live formulas in 3 syncs with events off", async () => {
    await createGrid(definition(2), 5);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      "Feuil1",
      "Paramètres",
      "Critères",
      "Offres",
      "Notes",
    ]);
    expect(workbook.tables.map((tb) => tb.name)).toEqual(["Parametres", "Criteres", "Offres"]);
    expect(workbook.syncs).toBe(3);
    expect(workbook.eventsAtSync).toEqual([true, false, true]);
    expect(workbook.suspendCalls).toBe(1);
    expect(workbook.active).toBe("Offres");

    const parameters = workbook.sheet("Paramètres");
    expect(parameters.get("B2")).toBe("Nettoyage des collèges");
    expect(parameters.get("B3")).toBe("01/10/2026");
    expect(parameters.numberFormats.get("B3")).toBe("@");
    const criteria = workbook.sheet("Critères");
    expect([criteria.get("D2"), criteria.get("E2"), criteria.get("E4")]).toEqual(["prix", 40, 20]);
    expect(criteria.formula("G2")).toBe("=IF(ISNUMBER(E2),IF(ABS(E2)<=1,E2*100,E2),0)");
    expect(criteria.validations.map((v) => v.address)).toEqual(["D2:D4", "E2:E4", "F2:F4"]);

    const offers = workbook.sheet("Offres");
    expect(offers.matrix({ top: 1, left: 1, bottom: 1, right: 6 })[0]).toEqual([
      "Lot",
      "Candidat",
      "Statut",
      "Prix (€ HT)",
      "C2 — Valeur technique",
      "C3 — Performance environnementale",
    ]);
    expect([offers.get("A2"), offers.get("A7"), offers.get("A11")]).toEqual([1, 2, 2]);
    expect(workbook.table("Offres").box).toMatchObject({ top: 1, bottom: 11, right: 6 });
    expect(offers.validations.find((v) => v.address === "C2:C11")?.rule).toEqual({
      list: { inCellDropDown: true, source: "régulière,irrégulière,inacceptable,inappropriée,écartée" },
    });

    const notes = workbook.sheet("Notes");
    expect(notes.matrix({ top: 1, left: 7, bottom: 1, right: 10 })[0]).toEqual([
      "Note prix C1",
      "Total",
      "Total (rang)",
      "Rang",
    ]);
    expect(notes.formula("G2")).toContain("'Paramètres'!$B$8");
    expect(notes.formula("J11")).toContain("SUMPRODUCT");
  });

  it("refuses to build over an existing « Offres » sheet and writes nothing", async () => {
    workbook.sheets.push(new FakeSheet("Offres"));
    workbook.sheet("Offres").set("B2", "Saisie de l'analyste");
    await expect(createGrid(definition())).rejects.toThrow(/déjà une feuille « Offres »/);
    expect(workbook.sheet("Offres").get("B2")).toBe("Saisie de l'analyste");
    expect(workbook.sheets).toHaveLength(2);
  });
});

describe("Vérifier", () => {
  it("checks a 10-offer and a 300-offer grid in the same number of syncs", async () => {
    await gridWithOffers(10);
    const small = await checkWorkbook();
    const smallSyncs = workbook.syncs;

    workbook = new FakeWorkbook();
    installExcel(workbook);
    await gridWithOffers(300);
    const large = await checkWorkbook();

    expect(small.report.ranking).toHaveLength(10);
    expect(large.report.ranking).toHaveLength(300);
    expect(workbook.syncs).toBe(smallSyncs);
    expect(smallSyncs).toBe(4);
    expect(workbook.eventsAtSync.slice(-4)).toEqual([true, true, false, true]);
  });

  it("writes the « Contrôles » sheet with the report and the ranking", async () => {
    await gridWithOffers(3);
    const { report } = await checkWorkbook();
    expect(report.ok).toBe(true);
    const controls = workbook.sheet("Contrôles");
    const rows = controls.matrix({ top: 1, left: 1, bottom: controls.usedRows(), right: 5 });
    expect(rows[0]?.[0]).toBe("Contrôles SPASER de la grille d'analyse des offres");
    expect(rows.find((r) => r[0] === "Résultat")?.[1]).toBe("Grille conforme : aucune anomalie bloquante.");
    expect(rows.find((r) => r[0] === "Poids du critère environnemental")?.[1]).toBe("20\u00A0%");
    const ranking = rows.slice(rows.findIndex((r) => r[0] === "Lot") + 1);
    expect(ranking.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1", 1, "Entreprise 1"],
      ["1", 2, "Entreprise 2"],
      ["1", 3, "Entreprise 3"],
    ]);
  });

  it("marks a weight typed as text and the broken sum, then clears the marks once fixed", async () => {
    await gridWithOffers(3);
    const criteria = workbook.sheet("Critères");
    criteria.set("E3", "quarante");
    const first = await checkWorkbook();
    expect(first.report.ok).toBe(false);
    expect(first.report.violations.map((v) => v.rule)).toContain("GRID_NOT_A_NUMBER");
    const marks = ourMarks("Critères");
    expect(marks.map((m) => m.address)).toContain("E3");
    expect(marks.find((m) => m.address === "E3")?.fill).toBe("#F8C8C8");
    const controls = workbook.sheet("Contrôles");
    const text = controls
      .matrix({ top: 1, left: 1, bottom: controls.usedRows(), right: 5 })
      .flat()
      .join("\n");
    expect(text).toContain("« quarante » n'est pas un nombre lisible");
    expect(text).toContain("Critères!E3");

    criteria.set("E3", 40);
    const second = await checkWorkbook();
    expect(second.report.ok).toBe(true);
    expect(ourMarks("Critères")).toEqual([]);
  });

  it("leaves the analyst's own conditional formats and values alone", async () => {
    await gridWithOffers(3);
    workbook.sheet("Offres").conditionalFormats.push({
      id: 999,
      address: "D2:D4",
      type: "Custom",
      formula: "=D2>1000",
      fill: "#00FF00",
    });
    workbook.sheet("Offres").set("E3", 12); // out of the 0–10 scale
    const before = new Map(workbook.sheet("Offres").cells);
    const { report } = await checkWorkbook();
    expect(report.violations.map((v) => v.rule)).toContain("GRID_MARK_OUT_OF_SCALE");
    expect(ourMarks("Offres").map((m) => m.address)).toEqual(["E3"]);
    await checkWorkbook();
    const offers = workbook.sheet("Offres");
    expect(offers.conditionalFormats.filter((cf) => cf.id === 999)).toHaveLength(1);
    expect(ourMarks("Offres")).toHaveLength(1);
    expect(offers.cells).toEqual(before);
  });

  it("writes a candidate named like a formula into « Contrôles » as text", async () => {
    await gridWithOffers(2);
    workbook.sheet("Offres").set("B3", '=HYPERLINK("http://exemple.invalid","Bêta")');
    await checkWorkbook();
    const controls = workbook.sheet("Contrôles");
    const cells = [...controls.cells.values()];
    expect(cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(cells.map((c) => c.value)).toContain('=HYPERLINK("http://exemple.invalid","Bêta")');
  });

  it("applies the grid's own preset, or the pane's when the grid names none", async () => {
    await gridWithOffers(2);
    expect((await checkWorkbook({ fallbackPolicyId: "ille-et-vilaine" })).policy.id).toBe("national");
    workbook.sheet("Paramètres").set("B5", "");
    const { policy, report } = await checkWorkbook({ fallbackPolicyId: "ille-et-vilaine" });
    expect(policy.id).toBe("ille-et-vilaine");
    expect(report.ok).toBe(true); // 20 % environment ≥ 15 %
  });

  it("never clears an analyst's own « Contrôles » sheet", async () => {
    await gridWithOffers(2);
    workbook.sheets.push(new FakeSheet("Contrôles"));
    workbook.sheet("Contrôles").set("A1", "Mes contrôles internes");
    await expect(checkWorkbook()).rejects.toThrow(/« Contrôles » n'a pas été écrite par SPASER 365/);
    expect(workbook.sheet("Contrôles").get("A1")).toBe("Mes contrôles internes");
    expect(ourMarks("Offres")).toEqual([]);
  });

  it("says which table is missing when the workbook holds no grid", async () => {
    await expect(checkWorkbook()).rejects.toThrow(/Tableau « Parametres » introuvable/);
  });

  it("selects the cells of a violation on their sheet in one sync", async () => {
    await gridWithOffers(3);
    await selectCells([
      { sheet: "Offres", address: "E3" },
      { sheet: "Offres", address: "E2" },
    ]);
    expect(workbook.selection).toEqual({ sheet: "Offres", address: "E2:E3" });
    expect(workbook.active).toBe("Offres");
    expect(workbook.syncs).toBe(1);
  });

  it("re-checks once, 800 ms after the last change to the grid's tables", async () => {
    await gridWithOffers(3);
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      const stop = await watchGrid(onChange);
      await workbook.edit("Offres", "E2", 8);
      await vi.advanceTimersByTimeAsync(500);
      await workbook.edit("Offres", "E3", 9);
      await vi.advanceTimersByTimeAsync(799);
      expect(onChange).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(onChange).toHaveBeenCalledTimes(1);
      await stop();
      await workbook.edit("Offres", "E2", 5);
      await vi.advanceTimersByTimeAsync(1000);
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("mark ranges", () => {
  it("merges consecutive cells of a column with the same severity", () => {
    expect(
      markRanges([
        { sheet: "Offres", address: "E2", severity: "bloquant" },
        { sheet: "Offres", address: "E3", severity: "bloquant" },
        { sheet: "Offres", address: "E5", severity: "bloquant" },
        { sheet: "Offres", address: "E4", severity: "alerte" },
        { sheet: "Critères", address: "A3:F3", severity: "bloquant" },
      ]),
    ).toEqual([
      { sheet: "Critères", address: "A3:F3", severity: "bloquant" },
      { sheet: "Offres", address: "E2:E3", severity: "bloquant" },
      { sheet: "Offres", address: "E5", severity: "bloquant" },
      { sheet: "Offres", address: "E4", severity: "alerte" },
    ]);
  });

  it("selects the first cell when a violation's cells are scattered", () => {
    expect(
      selectionOf([
        { sheet: "Offres", address: "E3" },
        { sheet: "Offres", address: "F9" },
      ]),
    ).toEqual({ sheet: "Offres", address: "E3" });
  });
});
