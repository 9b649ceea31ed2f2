import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkGrid, newGridDefinition } from "../grid";
import { testPolicies } from "../../tests/fixtures/grid/build";
import { readGridWorkbook } from "./read-grid";
import { writeGridWorkbook } from "./write-grid";

const definition = (policy = testPolicies["ille-et-vilaine"]) =>
  newGridDefinition({ policy, lots: 2, title: "Nettoyage des collèges", launchDate: "2026-10-01" });

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("grid workbook", () => {
  it("writes the parameters, criteria, offers and scores sheets with named tables", async () => {
    const bytes = await writeGridWorkbook(definition());
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Paramètres", "Critères", "Offres", "Notes"]);
    const zip = await JSZip.loadAsync(bytes);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path))
        .map(async (path) => /name="(\w+)"/.exec((await zip.file(path)?.async("string")) ?? "")?.[1]),
    );
    expect(tables.sort()).toEqual(["Criteres", "Offres", "Parametres"]);
    const criteria = workbook.getWorksheet("Critères");
    expect(criteria?.getCell("D4").value).toBe("environnemental");
    expect(criteria?.getCell("E4").value).toBe(20);
    const offers = workbook.getWorksheet("Offres");
    expect(offers?.getRow(1).values).toEqual([
      undefined,
      "Lot",
      "Candidat",
      "Statut",
      "Prix (€ HT)",
      "C2 — Valeur technique",
      "C3 — Performance environnementale",
    ]);
    expect(offers?.getCell("A12").value).toBe(2);
    expect(offers?.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"régulière,irrégulière,inacceptable,inappropriée,écartée"'],
    });
    expect(offers?.getCell("F2").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 10] });
  });

  it("writes live formulas for price marks, totals and ranks", async () => {
    const workbook = await open(await writeGridWorkbook(definition()));
    const scores = workbook.getWorksheet("Notes");
    expect(scores?.getRow(1).values).toEqual([
      undefined,
      "Lot",
      "Candidat",
      "Régulière (1/0)",
      "Prix retenu",
      "Inverse du prix",
      "Prix le plus bas du lot",
      "Note prix C1",
      "Total",
      "Total (rang)",
      "Rang",
    ]);
    const formula = (address: string) =>
      (scores?.getCell(address).value as { formula?: string } | null)?.formula ?? "";
    expect(formula("G2")).toContain("'Critères'!$F$2*F2/D2");
    expect(formula("H2")).toContain("'Critères'!$G$3/100*'Offres'!E2/'Critères'!$F$3");
    expect(formula("J2")).toContain("SUMPRODUCT");
  });

  it("adds a tie-break column under a policy that breaks ties (Clermont)", async () => {
    const workbook = await open(await writeGridWorkbook(definition(testPolicies.clermont)));
    expect(workbook.getWorksheet("Offres")?.getCell("E1").value).toBe("Départage");
    expect(workbook.getWorksheet("Notes")?.getCell("J1").value).toBe("Départage");
  });

  it("reads back what was written and the engine ranks it", async () => {
    const bytes = await writeGridWorkbook(definition(), {
      offers: [
        { lot: "1", candidate: "Alpha", price: "100 000", marks: { C2: 6, C3: "5,5" } },
        { lot: "1", candidate: "Bêta", status: "régulière", price: 95_000, marks: { C2: 5, C3: 5 } },
        { lot: "2", candidate: "Gamma", price: 12_000, marks: { C2: 9, C3: 9 } },
      ],
    });
    const raw = await readGridWorkbook(bytes);
    expect(raw.consultation).toMatchObject({ title: "Nettoyage des collèges", policyId: "ille-et-vilaine" });
    expect(raw.consultation.launchDate?.value).toBe("01/10/2026");
    expect(raw.lots.map((l) => l.id)).toEqual(["1", "2"]);
    expect(raw.offers.map((o) => [o.lot, o.candidate.value, o.candidate.ref?.address])).toEqual([
      ["1", "Alpha", "B2"],
      ["1", "Bêta", "B3"],
      ["2", "Gamma", "B12"],
    ]);
    expect(raw.offers[0]?.marks.C3).toEqual({ value: "5,5", ref: { sheet: "Offres", address: "F2" } });
    const report = checkGrid(raw, testPolicies["ille-et-vilaine"]);
    expect(report.violations).toEqual([]);
    expect(report.ranking.map((r) => [r.lot, r.candidate, r.rank])).toEqual([
      ["1", "Alpha", 1],
      ["1", "Bêta", 2],
      ["2", "Gamma", 1],
    ]);
  });

  it("names the cells of a violation found in the workbook", async () => {
    const raw = await readGridWorkbook(
      await writeGridWorkbook(definition(), {
        offers: [{ lot: "1", candidate: "Alpha", price: 1000, marks: { C2: "quinze", C3: 12 } }],
      }),
    );
    const report = checkGrid(raw, testPolicies["ille-et-vilaine"]);
    expect(report.violations.map((v) => [v.rule, v.cells.map((c) => `${c.sheet}!${c.address}`)])).toEqual([
      ["GRID_NOT_A_NUMBER", ["Offres!E2"]],
      ["GRID_MARK_OUT_OF_SCALE", ["Offres!F2"]],
    ]);
  });

  it.each(['=HYPERLINK("http://exemple.test";"clic")', "+33 1 23", 'Société "Le Val"', "@SUM(A1)", "-1+1"])(
    "keeps the candidate name %j as text",
    async (name) => {
      const bytes = await writeGridWorkbook(definition(), {
        offers: [{ lot: "1", candidate: name, price: 1000 }],
      });
      const cell = (await open(bytes)).getWorksheet("Offres")?.getCell("B2");
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(name);
      expect((await readGridWorkbook(bytes)).offers[0]?.candidate.value).toBe(name);
    },
  );

  it("reports a workbook without an offers sheet in French", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Paramètres");
    workbook.addWorksheet("Critères").getRow(1).values = [
      "Code",
      "Libellé",
      "Catégorie",
      "Pondération (%)",
      "Barème",
    ];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(readGridWorkbook(bytes)).rejects.toThrow("Le classeur n'a pas de feuille « Offres »");
  });

  it("reports bytes that are not a workbook", async () => {
    await expect(readGridWorkbook(new TextEncoder().encode("pas un classeur"))).rejects.toThrow(
      "Classeur de grille illisible",
    );
  });
});

describe("numbers typed as text in the workbook", () => {
  it("warns once, naming the cells, that the workbook's formulas ignore them", async () => {
    const raw = await readGridWorkbook(
      await writeGridWorkbook(definition(), {
        offers: [{ lot: "1", candidate: "Alpha", price: "100 000 €", marks: { C2: 6, C3: "5,5" } }],
      }),
    );
    const report = checkGrid(raw, testPolicies["ille-et-vilaine"], { warnTextNumbers: true });
    expect(report.ok).toBe(true);
    expect(report.violations.map((v) => [v.rule, v.severity, v.cells.map((c) => c.address)])).toEqual([
      ["GRID_NUMBER_AS_TEXT", "alerte", ["D2", "F2"]],
    ]);
    expect(report.ranking[0]?.candidate).toBe("Alpha");
    expect(checkGrid(raw, testPolicies["ille-et-vilaine"]).violations).toEqual([]);
  });
});
