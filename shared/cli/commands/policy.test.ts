import { describe, expect, it } from "vitest";
import { formatAmount, formatPercent } from "../../text";
import type { CliIo } from "../io";
import { main } from "../main";

/** Runs `spaser …args` and returns its exit code and what it printed. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const amount = (value: number) => formatAmount(value, { tax: "HT", wholeEuros: true });

describe("spaser policy list", () => {
  it("lists the six presets, national first", async () => {
    const { code, out } = await run("policy", "list");
    expect(code).toBe(0);
    const ids = out
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/)[0]);
    expect(ids).toEqual([
      "national",
      "ille-et-vilaine",
      "drome",
      "val-de-marne",
      "valence-romans",
      "clermont",
    ]);
  });

  it("lists them as JSON for scripts", async () => {
    const { code, out } = await run("policy", "list", "--json");
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string }[];
    expect(list).toHaveLength(6);
  });
});

describe("spaser policy show", () => {
  it("shows Ille-et-Vilaine's 15 % environmental minimum with its source as JSON", async () => {
    const { code, out } = await run("policy", "show", "ille-et-vilaine", "--json");
    expect(code).toBe(0);
    const policy = JSON.parse(out) as { environmentalCriterion: unknown };
    expect(policy.environmentalCriterion).toMatchObject({
      kind: "minimum",
      minPercent: 15,
      source: {
        kind: "seed",
        file: "004_e11d47e0dbad50ea.txt",
        section: expect.stringContaining("objectif n°12"),
        quote: expect.stringContaining("15% minimum de la note finale"),
      },
    });
  });

  it("shows Val-de-Marne's 10 to 20 % range for each purchase family", async () => {
    const { code, out } = await run("policy", "show", "val-de-marne");
    expect(code).toBe(0);
    const range = `${formatPercent(10)} à ${formatPercent(20)}`;
    expect(out).toContain(`entre ${formatPercent(10)} et ${formatPercent(20)} selon la famille d'achat`);
    for (const family of ["Restauration collective", "Mobilité", "Bâtiments", "Mobilier", "Fournitures"]) {
      expect(out).toContain(`  - ${family} : ${range}`);
    }
    expect(out).toContain(`  - autres familles : ${range}`);
    expect(out).toContain("SPASER du Département du Val-de-Marne 2023-2028");
  });

  it("shows Clermont's 90 000 € HT insertion and reservation thresholds and its 2024 and 2026 targets", async () => {
    const { code, out } = await run("policy", "show", "clermont");
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`clause d'insertion.*: plus de ${amount(90000)}`));
    expect(out).toMatch(new RegExp(`Réservation.*: ${amount(90000)} au plus`));
    expect(out).toContain(`de ${amount(10000)} à ${amount(40000)}`);
    expect(out).toContain(
      `Contrats avec un critère environnemental — 2024 : ${formatPercent(30)}, 2026 : ${formatPercent(70)}`,
    );
    expect(out).toContain(
      `Contrats avec des considérations environnementales — 2024 : ${formatPercent(50)}, 2026 : ${formatPercent(100)}`,
    );
    expect(out).toContain("Départage des ex æquo : Dispositions mises en œuvre par le soumissionnaire");
  });

  it("shows a committee's cadence, timing and yearly dossiers", async () => {
    const { out } = await run("policy", "show", "ille-et-vilaine");
    expect(out).toContain(
      "Comité de revue des achats (4 séance(s) par an, avant la publication de la consultation, 10 à 20 dossiers par an)",
    );
  });

  it("fails with the known ids when the preset does not exist", async () => {
    const { code, err } = await run("policy", "show", "lyon");
    expect(code).toBe(1);
    expect(err).toContain("Préréglage inconnu : « lyon »");
    expect(err).toContain("val-de-marne");
  });
});
