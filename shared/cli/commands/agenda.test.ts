import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main";
import type { CliIo } from "../io";

const SESSION = "tests/fixtures/agenda/session.json";
const DOSSIERS = "tests/fixtures/agenda/dossiers-2026.json";

function capture(): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (l) => out_.push(l), err: (l) => err_.push(l) };
}

describe("spaser agenda", () => {
  it("writes the minutes of a session export as a .docx", async () => {
    const io = capture();
    const out = join(mkdtempSync(join(tmpdir(), "spaser-minutes-")), "releve.docx");
    expect(await main(["agenda", "minutes", SESSION, "--out", out], io)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(io.out_[0]).toContain("3 dossier(s), 3 décision(s)");
  });

  it("fails with the file and field named when the export is malformed", async () => {
    const io = capture();
    const file = join(mkdtempSync(join(tmpdir(), "spaser-bad-")), "seance.json");
    writeFileSync(
      file,
      JSON.stringify({ format: "spaser-agenda-session", version: 1, session: { id: "s" } }),
    );
    expect(await main(["agenda", "minutes", file, "--out", join(tmpdir(), "x.docx")], io)).toBe(1);
    expect(io.err_[0]).toContain(
      "Export de séance « seance.json » invalide — session.policyId : champ obligatoire manquant",
    );
  });

  it("flags the dossier reviewed after its planned publication and exits 1", async () => {
    const io = capture();
    expect(await main(["agenda", "check", SESSION], io)).toBe(1);
    expect(io.out_.join("\n")).toContain("ALERTE : « Nettoyage des locaux");
  });

  it("prints the year's indicators against the preset's targets, or JSON", async () => {
    const io = capture();
    expect(await main(["agenda", "indicators", DOSSIERS, "--policy", "national", "--year", "2026"], io)).toBe(
      0,
    );
    expect(io.out_.join("\n")).toContain(
      "au moins une considération environnementale : 80\u00A0% (4/5) — objectif 100\u00A0% — en retard",
    );
    const json = capture();
    await main(["agenda", "indicators", DOSSIERS, "--policy", "national", "--year", "2026", "--json"], json);
    const report = JSON.parse(json.out_.join("\n")) as { settled: number; results: { id: string }[] };
    expect(report.settled).toBe(5);
    expect(report.results.map((r) => r.id)).toEqual([
      "env-consideration-share",
      "social-consideration-share",
    ]);
  });

  it("explains its usage when arguments are missing", async () => {
    const io = capture();
    expect(await main(["agenda", "indicators", DOSSIERS], io)).toBe(2);
    expect(io.err_[0]).toContain("--policy <id> --year <AAAA>");
  });
});
