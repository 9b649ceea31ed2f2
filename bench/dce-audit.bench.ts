// Audit of a .docx holding 500 tagged SPASER clauses on the headless path (`spaser dce audit`): read
// the package, parse every w:sdt, then judge statuses, coverage and policy warnings.
import { auditDocument, fillClause, libraryFromReferentiel, renderClause } from "../shared/dce";
import { buildClausesDocx, readDocxControls } from "../shared/docx/dce-package";
import { getPolicy } from "../shared/policies";
import { loadReferentiel } from "../shared/referentiel";
import { readReferentielFolder } from "../shared/cli/commands/referentiel";
import { join } from "node:path";
import { ms, summarize } from "./stats";

export async function run(): Promise<void> {
  const { files } = readReferentielFolder(join(import.meta.dirname, "..", "shared", "referentiel", "data"));
  const referentiel = loadReferentiel(files).referentiel;
  const library = libraryFromReferentiel(referentiel);
  const policy = getPolicy("national");
  const insertable = referentiel.insertableClauses();
  const rendered = Array.from({ length: 500 }, (_, i) => {
    const clause = insertable[i % insertable.length];
    if (!clause) throw new Error("référentiel vide");
    return renderClause(clause, fillClause(clause, {}, policy).values);
  });
  const bytes = await buildClausesDocx(rendered, { title: "CCAP de 500 clauses" });

  const samples: number[] = [];
  const engineOnly: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    const reading = await readDocxControls(bytes);
    const mid = performance.now();
    const report = auditDocument({ ...reading, documentType: "ccap" }, library, policy);
    const end = performance.now();
    if (report.clauses.length !== 500)
      throw new Error(`${report.clauses.length} clauses auditées au lieu de 500`);
    if (i >= 5) {
      samples.push(end - start);
      engineOnly.push(end - mid);
    }
  }
  const total = summarize(samples);
  const engine = summarize(engineOnly);
  console.log(
    `audit .docx, 500 clauses balisées (${(bytes.length / 1024).toFixed(0)} Ko, ${insertable.length} clauses du référentiel)`,
  );
  console.log(`  lecture + audit : médiane ${ms(total.median)}, p95 ${ms(total.p95)}`);
  console.log(
    `  audit seul (moteur partagé avec Word) : médiane ${ms(engine.median)}, p95 ${ms(engine.p95)}`,
  );
}
