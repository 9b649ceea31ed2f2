// Engine time for a large grid: 300 offers × 40 criteria (10 main criteria of 4 sub-criteria each),
// parsed from raw cells (numbers, one mark in ten and every price typed as French text), checked, scored
// and ranked. Goal: median < 20 ms.
import { checkGrid, type RawGrid, type RawOffer } from "../shared/grid";
import { parsePolicy } from "../shared/policies";
import { ms, summarize, time } from "./stats";

function largeGrid(offerCount: number, mainCount: number, subCount: number): RawGrid {
  const criteria: RawGrid["criteria"][number][] = [];
  const leaves: string[] = [];
  for (let m = 0; m < mainCount; m++) {
    const code = `C${m + 1}`;
    const category = m === 0 ? "prix" : m === 1 ? "environnemental" : "valeur-technique";
    criteria.push({
      code,
      label: code,
      category: { value: category },
      weight: { value: "10 %" },
      scale: { value: 10 },
    });
    for (let s = 0; s < subCount; s++) {
      const sub = `${code}.${s + 1}`;
      criteria.push({
        code: sub,
        parent: code,
        label: sub,
        category: { value: category },
        weight: { value: "2,5" },
        scale: { value: 10 },
      });
      leaves.push(sub);
    }
  }
  const offers: RawOffer[] = Array.from({ length: offerCount }, (_, i) => ({
    lot: String((i % 3) + 1),
    candidate: { value: `Entreprise ${i}`, ref: { sheet: "Offres", address: `B${i + 2}` } },
    status: { value: i % 17 === 0 ? "irrégulière" : "régulière" },
    price: { value: `${100_000 + ((i * 7919) % 50_000)} € HT` },
    // As a workbook reads: number cells are numbers; one mark in ten typed as French text (« 7,5 »).
    marks: Object.fromEntries(
      leaves.map((code, k) => {
        const mark = ((i + k) % 21) / 2;
        const value = (i + k) % 10 === 0 ? String(mark).replace(".", ",") : mark;
        return [code, { value, ref: { sheet: "Offres", address: `R${i + 2}C${k + 5}` } }];
      }),
    ),
    tieBreak: { value: i % 5 },
  }));
  return {
    consultation: { title: "Bench", launchDate: { value: "2026-10-01" }, scale: { value: 100 } },
    lots: [],
    criteria,
    offers,
  };
}

export async function run(): Promise<void> {
  const grid = largeGrid(300, 10, 4);
  const policy = parsePolicy({
    id: "bench",
    label: "Bench policy",
    shortLabel: "Bench",
    kind: "collectivite",
    period: { from: 2024 },
    adoptedDocument: "Bench",
    purchaseFamilies: [],
    environmentalCriterion: { kind: "minimum", minPercent: 10, source: { kind: "law", text: "Bench" } },
    tieBreak: {
      criterion: "anti-discrimination",
      label: "Départage",
      source: { kind: "law", text: "Bench" },
    },
    thresholds: [],
    targets: [],
    committees: [],
  });
  const report = checkGrid(grid, policy);
  const samples = time(() => checkGrid(grid, policy), 100);
  const { median, p95, min, max } = summarize(samples);
  console.log(
    `checkGrid 300 offers × 40 criteria (wall): median ${ms(median)}, p95 ${ms(p95)} (min ${ms(min)}, max ${ms(max)})`,
  );
  // CPU time of this process only: what the engine costs when other processes load the machine.
  const cpu: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = process.cpuUsage();
    checkGrid(grid, policy);
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  }
  const c = summarize(cpu);
  console.log(`checkGrid 300 offers × 40 criteria (CPU): median ${ms(c.median)}, p95 ${ms(c.p95)}`);
  console.log(
    `  ranked ${report.ranking.length} offers, ${report.violations.length} violations; goal: median < 20 ms`,
  );
}
