import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getPolicy } from "../../policies";
import { newGridDefinition } from "../../grid";
import { readGridWorkbook, writeGridWorkbook, type OfferInput } from "../../xlsx";
import type { CliIo } from "../io";
import { main } from "../main";
import { parseCriteriaSpec } from "./grid";

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}
const dir = () => mkdtempSync(join(tmpdir(), "spaser-grid-cli-"));

async function filledGrid(offers: readonly OfferInput[]): Promise<string> {
  const definition = newGridDefinition({ policy: getPolicy("national"), lots: 2, launchDate: "2026-10-01" });
  const file = join(dir(), "grille.xlsx");
  writeFileSync(file, await writeGridWorkbook(definition, { offers }));
  return file;
}

describe("spaser grid new", () => {
  it("writes a grid workbook with the default criteria", async () => {
    const file = join(dir(), "grille.xlsx");
    const io = capture();
    expect(
      await main(
        ["grid", "new", "--policy", "national", "--lots", "3", "--launch-date", "01/10/2026", "--out", file],
        io,
      ),
    ).toBe(0);
    expect(io.lines[0]).toContain("3 lot(s), 3 critère(s)");
    const raw = await readGridWorkbook(new Uint8Array(readFileSync(file)));
    expect(raw.lots.map((l) => l.id)).toEqual(["1", "2", "3"]);
    expect(raw.criteria.map((c) => [c.code, c.category.value, c.weight.value])).toEqual([
      ["C1", "prix", 40],
      ["C2", "valeur technique", 40],
      ["C3", "environnemental", 20],
    ]);
    expect(raw.consultation).toMatchObject({ policyId: "national" });
    expect(raw.consultation.priceMethod?.value).toBe("proportionnelle");
  });

  it("takes criteria with sub-criteria and the linear price method from the command line", async () => {
    const file = join(dir(), "grille.xlsx");
    const spec =
      "Prix:prix:40;Valeur technique:valeur-technique:45;>Méthodologie:valeur-technique:30;>Moyens:valeur-technique:15:20;Environnement:environnemental:15";
    expect(
      await main(["grid", "new", "--criteria", spec, "--price-method", "linear", "--out", file], capture()),
    ).toBe(0);
    const raw = await readGridWorkbook(new Uint8Array(readFileSync(file)));
    expect(raw.criteria.map((c) => [c.code, c.parent ?? "", c.scale.value])).toEqual([
      ["C1", "", 10],
      ["C2", "", 10],
      ["C2.1", "C2", 10],
      ["C2.2", "C2", 20],
      ["C3", "", 10],
    ]);
    expect(raw.consultation.priceMethod?.value).toBe("linéaire");
  });

  it("warns at once about criteria the law refuses (no environmental criterion)", async () => {
    const io = capture();
    const file = join(dir(), "grille.xlsx");
    expect(
      await main(
        ["grid", "new", "--criteria", "Prix:prix:60,Technique:valeur-technique:40", "--out", file],
        io,
      ),
    ).toBe(0);
    expect(io.lines.join("\n")).toContain("[bloquant] GRID_NO_ENV_CRITERION");
  });

  it.each([
    [["--criteria", "Prix:tarif:100"], "Spécification de critères illisible : « Prix:tarif:100 »"],
    [["--lots", "0"], "Nombre de lots invalide"],
    [["--price-method", "estimation"], "Méthode de notation du prix inconnue"],
    [["--policy", "inconnue"], "Préréglage inconnu"],
  ])("refuses %j with a French message", async (extra, message) => {
    const io = capture();
    expect(await main(["grid", "new", ...extra, "--out", join(dir(), "g.xlsx")], io)).toBe(1);
    expect(io.errors.join("\n")).toContain(message);
  });

  it("explains its usage without --out", async () => {
    const io = capture();
    expect(await main(["grid", "new"], io)).toBe(2);
    expect(io.errors[0]).toContain("Usage : npx spaser grid new");
  });

  it("parses a criteria spec with French decimals when items are separated by semicolons", () => {
    expect(
      parseCriteriaSpec("Prix:prix:37,5;Environnement:environnemental:62,5").map((c) => c.weight),
    ).toEqual([37.5, 62.5]);
  });
});

describe("spaser grid check", () => {
  it("prints the ranking of a sound grid and exits 0", async () => {
    const file = await filledGrid([
      { lot: "1", candidate: "Alpha", price: 100_000, marks: { C2: 6, C3: 5 } },
      { lot: "1", candidate: "Bêta", price: 95_000, marks: { C2: 5, C3: 5 } },
    ]);
    const io = capture();
    expect(await main(["grid", "check", file], io)).toBe(0);
    const text = io.lines.join("\n");
    expect(text).toContain("Grille conforme");
    expect(text).toContain("Classement du lot 1");
    expect(text).toMatch(/1\. Alpha — 72 \/ 100/);
  });

  it("prints JSON with the violations' cells and exits 1 on a blocking violation", async () => {
    const file = await filledGrid([
      { lot: "1", candidate: "Alpha", price: 100_000, marks: { C2: "quinze", C3: 5 } },
      { lot: "1", candidate: "Bêta", price: 95_000, marks: { C2: 5, C3: 5 } },
      { lot: "2", candidate: "Gamma", price: -4, marks: { C2: 5, C3: 5 } },
    ]);
    const io = capture();
    expect(await main(["grid", "check", file, "--json"], io)).toBe(1);
    const json = JSON.parse(io.lines.join("\n")) as {
      ok: boolean;
      violations: { rule: string; severity: string; message: string; cells: string[] }[];
      ranking: { lot: string; candidate: string; total: number; rank: number }[];
    };
    expect(json.ok).toBe(false);
    expect(json.violations.map((v) => [v.rule, v.severity, v.cells])).toEqual([
      ["GRID_NOT_A_NUMBER", "bloquant", ["Offres!E2"]],
      ["GRID_PRICE_NOT_POSITIVE", "bloquant", ["Offres!D12"]],
    ]);
    expect(json.ranking).toEqual([{ lot: "1", candidate: "Bêta", total: 70, rank: 1 }]);
  });

  it("refuses an unknown purchase family for a policy that has families", async () => {
    // The national frame declares no family: any family is accepted and ignored.
    const file = await filledGrid([]);
    expect(await main(["grid", "check", file, "--family", "travaux"], capture())).toBe(0);
  });

  it("explains a missing file argument", async () => {
    const io = capture();
    expect(await main(["grid", "check"], io)).toBe(2);
    expect(io.errors[0]).toContain("Usage : npx spaser grid check");
  });
});

describe("spaser grid with the SPASER presets", () => {
  it("writes default criteria that respect Ille-et-Vilaine's 15 % minimum", async () => {
    const io = capture();
    const file = join(dir(), "grille.xlsx");
    expect(
      await main(
        ["grid", "new", "--policy", "ille-et-vilaine", "--launch-date", "01/10/2026", "--out", file],
        io,
      ),
    ).toBe(0);
    expect(io.lines.slice(1)).toEqual([]);
    expect(await main(["grid", "check", file], capture())).toBe(0);
  });

  it("exits 1 when the grid's environmental criterion is below Ille-et-Vilaine's minimum", async () => {
    const file = join(dir(), "grille.xlsx");
    const spec = "Prix:prix:50,Technique:valeur-technique:38,Environnement:environnemental:12";
    await main(["grid", "new", "--policy", "ille-et-vilaine", "--criteria", spec, "--out", file], capture());
    const io = capture();
    expect(await main(["grid", "check", file, "--json"], io)).toBe(1);
    const json = JSON.parse(io.lines.join("\n")) as { violations: { rule: string; cells: string[] }[] };
    expect(json.violations.find((v) => v.rule === "GRID_ENV_WEIGHT_MIN")?.cells).toEqual(["Critères!E4"]);
  });

  it("refuses a purchase family Val-de-Marne does not know", async () => {
    const io = capture();
    expect(
      await main(
        [
          "grid",
          "new",
          "--policy",
          "val-de-marne",
          "--family",
          "espaces-verts",
          "--out",
          join(dir(), "g.xlsx"),
        ],
        io,
      ),
    ).toBe(1);
    expect(io.errors[0]).toContain("Famille d'achat inconnue");
  });

  it("adds the tie-break column for Clermont", async () => {
    const file = join(dir(), "grille.xlsx");
    await main(["grid", "new", "--policy", "clermont", "--out", file], capture());
    const raw = await readGridWorkbook(new Uint8Array(readFileSync(file)));
    expect(raw.consultation.policyId).toBe("clermont");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Offres")?.getCell("E1").value).toBe("Départage");
  });
});
