// Round trip through LibreOffice: `spaser grid new` writes the workbook, the test fills candidates,
// prices and marks as an analyst would (exceljs), LibreOffice recalculates the workbook's own formulas
// and exports the « Notes » sheet; its totals and ranks must equal the engine's.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../shared/cli/main";
import { checkGrid, type GridReport } from "../../shared/grid";
import { getPolicy } from "../../shared/policies";
import { readGridWorkbook, SHEETS } from "../../shared/xlsx";
import { sofficeConvert } from "../support/soffice";

/** Exports one sheet (1-based) as CSV with LibreOffice, which recalculates the workbook's formulas. */
async function exportSheetCsv(file: string, sheetNumber: number): Promise<string[][]> {
  const csv = await sofficeConvert(
    file,
    `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetNumber}`,
  );
  return parseCsv(readFileSync(csv, "utf8"));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") [row, field] = [[...row, field], ""];
    else if (ch === "\n") [rows[rows.length], row, field] = [[...row, field], [], ""];
    else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

interface Fill {
  readonly lot: number;
  readonly candidate: string;
  readonly status?: string;
  readonly price: number;
  readonly marks: readonly number[];
  readonly tieBreak?: number;
}

/** Fills « Offres » from row 2 on, as an analyst would, and saves the workbook. */
async function fill(file: string, offers: readonly Fill[], tieBreak: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEETS.offers);
  if (!sheet) throw new Error("feuille Offres absente");
  offers.forEach((offer, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = offer.lot;
    row.getCell(2).value = offer.candidate;
    row.getCell(3).value = offer.status ?? null;
    row.getCell(4).value = offer.price;
    const first = tieBreak ? 6 : 5;
    if (tieBreak) row.getCell(5).value = offer.tieBreak ?? null;
    offer.marks.forEach((mark, k) => (row.getCell(first + k).value = mark));
  });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  writeFileSync(file, bytes);
  return bytes;
}

/** Deterministic marks (a small LCG) so a failure can be replayed. */
function offersFor(count: number, markCount: number, seed: number): Fill[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const statuses = ["", "régulière", "régulière", "irrégulière", "Régulière", "écartée"];
  return Array.from({ length: count }, (_, i) => ({
    lot: (i % 2) + 1,
    candidate: i === 3 ? '=HYPERLINK("http://exemple.test";"piège")' : `Entreprise ${i + 1}`,
    status: statuses[next(statuses.length)] ?? "",
    price: 50_000 + next(40) * 1_250,
    marks: Array.from({ length: markCount }, () => next(11)),
    tieBreak: next(3),
  }));
}

function compare(rows: string[][], report: GridReport, columns: { total: number; rank: number }): number {
  const header = rows[0] ?? [];
  expect(header[columns.total]).toBe("Total");
  expect(header[columns.rank]).toBe("Rang");
  let compared = 0;
  for (const offer of report.offers) {
    const rowNumber = Number(offer.cells.candidate?.address.slice(1));
    const row = rows[rowNumber - 1] ?? [];
    expect(row[1]).toBe(offer.candidate);
    if (offer.rank === undefined) {
      expect(row[columns.rank], `${offer.candidate} n'est pas classée`).toBe("");
      continue;
    }
    expect(Number(row[columns.total]), `total de ${offer.candidate}`).toBeCloseTo(
      offer.total ?? Number.NaN,
      6,
    );
    expect(Number(row[columns.rank]), `rang de ${offer.candidate}`).toBe(offer.rank);
    compared += 1;
  }
  return compared;
}

describe("grid workbook recalculated by LibreOffice", () => {
  it("gives the engine's totals and ranks (proportional price mark, sub-criteria, two lots)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "spaser-grid-e2e-")), "grille.xlsx");
    const spec =
      "Prix:prix:40;Valeur technique:valeur-technique:40;>Méthodologie:valeur-technique:25;>Moyens:valeur-technique:15:20;Environnement:environnemental:20";
    const code = await main(
      [
        "grid",
        "new",
        "--policy",
        "national",
        "--lots",
        "2",
        "--criteria",
        spec,
        "--launch-date",
        "01/10/2026",
        "--out",
        file,
      ],
      { out: () => undefined, err: () => undefined },
    );
    expect(code).toBe(0);
    const offers = offersFor(16, 3, 7).map((o) => ({
      ...o,
      marks: [o.marks[0] ?? 0, (o.marks[1] ?? 0) * 2, o.marks[2] ?? 0],
    }));
    const bytes = await fill(file, offers, false);
    const report = checkGrid(await readGridWorkbook(bytes), getPolicy("national"));
    expect(report.violations.filter((v) => v.severity === "bloquant")).toEqual([]);
    // Notes: Lot, Candidat, Régulière, Prix retenu, Inverse, Prix le plus bas, Note prix C1, Total, Total (rang), Rang.
    const rows = await exportSheetCsv(file, 4);
    expect(compare(rows, report, { total: 7, rank: 9 })).toBeGreaterThan(6);
    expect(rows[4]?.[1]).toBe('=HYPERLINK("http://exemple.test";"piège")');
  });

  it("gives the engine's totals and ranks with the linear method and Clermont's tie-break column", async () => {
    const policy = getPolicy("clermont");
    const file = join(mkdtempSync(join(tmpdir(), "spaser-grid-e2e-")), "grille.xlsx");
    const code = await main(
      ["grid", "new", "--policy", "clermont", "--lots", "2", "--price-method", "linear", "--out", file],
      { out: () => undefined, err: () => undefined },
    );
    expect(code).toBe(0);
    // Marks drawn from 0..2 and a few prices: many equal totals, for the tie-break to act.
    const offers = offersFor(20, 2, 11).map((o, i) => ({
      ...o,
      price: i % 3 === 0 ? 60_000 : 75_000,
      marks: o.marks.map((m) => m % 3),
    }));
    const bytes = await fill(file, offers, true);
    const report = checkGrid(await readGridWorkbook(bytes), policy);
    expect(report.offers.some((o) => o.tieBroken)).toBe(true);
    // Notes: Lot, Candidat, Régulière, Prix retenu, Inverse, Prix le plus bas, Note prix C1, Total, Total (rang), Départage, Rang.
    const rows = await exportSheetCsv(file, 4);
    expect(compare(rows, report, { total: 7, rank: 10 })).toBeGreaterThan(8);
  });
});
