// The relevé de décisions opened by LibreOffice: if it converts it to text, an office suite opens it,
// and every decision, condition and action of the session must be in that text.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { outcomeLabel, parseSessionExport } from "../../shared/agenda";
import { sofficeConvert } from "../support/soffice";

const run = promisify(execFile);
const SESSION = join(import.meta.dirname, "..", "fixtures", "agenda", "session.json");

describe("agenda minutes opened by LibreOffice", () => {
  it("contains every decision, condition and action of the session, carried-over ones included", async () => {
    const docx = join(mkdtempSync(join(tmpdir(), "spaser-minutes-e2e-")), "releve-de-decisions.docx");
    await run("node", [
      join(import.meta.dirname, "..", "..", "bin", "spaser.mjs"),
      "agenda",
      "minutes",
      SESSION,
      "--out",
      docx,
    ]);

    const txt = await sofficeConvert(docx, "txt:Text (encoded):UTF8");
    const text = readFileSync(txt, "utf8").replace(/\s+/g, " ");
    const data = parseSessionExport(JSON.parse(readFileSync(SESSION, "utf8")));
    const squash = (s: string) => s.replace(/\s+/g, " ");

    expect(text).toContain("Relevé de décisions");
    expect(text).toContain("Séance du 10 mars 2026");
    for (const decision of data.decisions) {
      expect(text).toContain(`Décision : ${outcomeLabel(decision.outcome)}`);
      for (const condition of decision.conditions) expect(text).toContain(squash(condition));
    }
    for (const action of [...data.actions, ...data.carriedOver]) {
      expect(text).toContain(squash(action.label));
      expect(text).toContain(squash(action.owner));
    }
    for (const dossier of data.dossiers) expect(text).toContain(squash(dossier.object));
    // Clauses are named by their title in the embedded référentiel, with the version decided.
    expect(text).toContain("Clause d'insertion dans les marchés de nettoyage (v1)");
  });
});
