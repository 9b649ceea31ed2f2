// Workbook time for a large grid: write the « Nouvelle grille » workbook with 300 offers × 40 criteria
// pre-filled, read it back and check it (what the standalone pane does with a file from disk).
import { checkGrid, newGridDefinition, type CriterionDefinition } from "../shared/grid";
import { getPolicy } from "../shared/policies";
import { readGridWorkbook, writeGridWorkbook, type OfferInput } from "../shared/xlsx";
import { ms, summarize } from "./stats";

async function timeAsync(fn: () => Promise<unknown>, iterations: number): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function run(): Promise<void> {
  const criteria: CriterionDefinition[] = [
    { code: "C1", label: "Prix", category: "prix", weight: 40, scale: 10 },
    { code: "C2", label: "Environnement", category: "environnemental", weight: 20, scale: 10 },
    ...Array.from({ length: 38 }, (_, i) => ({
      code: `C${i + 3}`,
      label: `Critère technique ${i + 3}`,
      category: "valeur-technique" as const,
      weight: i < 2 ? 2 : 1,
      scale: 10,
    })),
  ];
  const definition = newGridDefinition({
    policy: getPolicy("national"),
    lots: 3,
    criteria,
    launchDate: "2026-10-01",
  });
  const offers: OfferInput[] = Array.from({ length: 300 }, (_, i) => ({
    lot: String((i % 3) + 1),
    candidate: `Entreprise ${i}`,
    price: 100_000 + ((i * 7919) % 50_000),
    marks: Object.fromEntries(criteria.map((c, k) => [c.code, (i + k) % 11])),
  }));
  const bytes = await writeGridWorkbook(definition, { offers, rowsPerLot: 100 });
  const write = summarize(
    await timeAsync(() => writeGridWorkbook(definition, { offers, rowsPerLot: 100 }), 5),
  );
  const read = summarize(
    await timeAsync(async () => checkGrid(await readGridWorkbook(bytes), getPolicy("national")), 5),
  );
  console.log(`writeGridWorkbook 300 offers × 40 criteria: median ${ms(write.median)}, p95 ${ms(write.p95)}`);
  console.log(`readGridWorkbook + checkGrid: median ${ms(read.median)}, p95 ${ms(read.p95)}`);
  console.log(`  workbook size: ${(bytes.length / 1024).toFixed(0)} KB`);
}
