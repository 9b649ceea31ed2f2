import { mkdtempSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main";
import type { CliIo } from "../io";

const FIXTURES = join(import.meta.dirname, "../../../tests/fixtures/referentiel");

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("spaser referentiel check", () => {
  it("accepts the embedded référentiel", async () => {
    const { code, out, err } = await run(["referentiel", "check"]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/^Référentiel valide : 12 segments/);
  });

  it("accepts a valid référentiel folder", async () => {
    const { code, out } = await run(["referentiel", "check", join(FIXTURES, "valid")]);
    expect(code).toBe(0);
    expect(out).toEqual([
      "Référentiel valide : 2 segments, 2 textes juridiques, 1 clauses (1 validées, 1 identifiants).",
    ]);
  });

  // Each broken fixture is the valid one with one defect; the line names file, JSON path and reason.
  it.each([
    [
      "bad-schema",
      [
        "clauses/batiment.json › clauses[0].pillar : clause « batiment-insertion-heures » v1 : valeur non admise « ecologique » (valeurs admises : environnemental, social, economique)",
        "clauses/batiment.json › clauses[0].notes : clause « batiment-insertion-heures » v1 : champ obligatoire manquant",
      ],
    ],
    [
      "duplicate-id",
      [
        "clauses/numerique.json › clauses[0].version : la clause « batiment-insertion-heures » version 1 est déjà définie (clauses/batiment.json › clauses[0]) : changez l'identifiant ou le numéro de version",
      ],
    ],
    [
      "undeclared-placeholder",
      [
        "clauses/batiment.json › clauses[0].body[0].text : clause « batiment-insertion-heures » v1 : le champ {{facilitateur}} est utilisé dans le texte mais n'est pas déclaré dans « placeholders »",
      ],
    ],
    [
      "unused-placeholder",
      [
        "clauses/batiment.json › clauses[0].placeholders[1].name : clause « batiment-insertion-heures » v1 : le champ « publicsCibles » est déclaré dans « placeholders » mais n'apparaît pas dans le texte ({{publicsCibles}})",
      ],
    ],
    [
      "unknown-legal",
      [
        "clauses/batiment.json › clauses[0].legalBases[1] : clause « batiment-insertion-heures » v1 : référence juridique inconnue « ccp-l2112-22 » : ajoutez-la à la table legal/*.json ou corrigez l'identifiant (vouliez-vous dire « ccp-l2112-2 » ?)",
      ],
    ],
    [
      "unknown-segment",
      [
        "clauses/batiment.json › clauses[0].segments[1] : clause « batiment-insertion-heures » v1 : segment inconnu « batimant » : segments admis : batiment, numerique, ou « transverse » (vouliez-vous dire « batiment » ?)",
      ],
    ],
    [
      "draft-insertable",
      [
        "clauses/batiment.json › clauses[0].governance.insertable : clause « batiment-insertion-heures » v1 : une clause au statut « brouillon » ne peut pas être insérable : retirez « insertable » ou faites valider la clause",
      ],
    ],
    [
      "bad-supersedes",
      [
        "clauses/batiment.json › clauses[1].governance.supersedes : clause « batiment-insertion-heures » v3 : « supersedes » désigne la version 2 de « batiment-insertion-heures », qui n'existe pas (versions connues : 1)",
      ],
    ],
    [
      "bad-markup",
      [
        "clauses/batiment.json › clauses[0].body[0].text : clause « batiment-insertion-heures » v1 : « ** » (gras) ouvert sans être refermé",
        "clauses/batiment.json › clauses[0].body[1].items[0] : clause « batiment-insertion-heures » v1 : « {{ » sans « }} » correspondant",
      ],
    ],
    [
      "bad-defaults",
      [
        "clauses/batiment.json › clauses[0].placeholders[0].default : clause « batiment-insertion-heures » v1 : la valeur par défaut 10 est inférieure au minimum 35",
        "clauses/batiment.json › clauses[0].placeholders[1].default : clause « batiment-insertion-heures » v1 : la valeur par défaut « mise à disposition » ne fait pas partie des choix (« direct », « sous-traitance »)",
      ],
    ],
    [
      "validated-without-validator",
      [
        "clauses/batiment.json › clauses[0].governance : clause « batiment-insertion-heures » v1 : une clause validée indique qui l'a validée et quand : renseignez « validatedBy » et « validatedOn »",
      ],
    ],
    [
      "article-not-in-legal-bases",
      [
        "clauses/batiment.json › clauses[0].body[0].text : clause « batiment-insertion-heures » v1 : l'article L5132-4 est cité dans le texte mais ne figure pas dans « legalBases » : ajoutez sa référence",
      ],
    ],
    [
      "duplicate-legal",
      [
        "legal/core.json › legalTexts[2].id : le texte juridique « ccp-l2112-2 » est déjà défini (legal/core.json › legalTexts[0]) : gardez une seule entrée",
      ],
    ],
  ])("rejects the %s fixture with exit code 1 and the precise French reason", async (name, expected) => {
    const folder = join(FIXTURES, name);
    const { code, err } = await run(["referentiel", "check", folder]);
    expect(code).toBe(1);
    expect(err.slice(0, -1)).toEqual(expected);
    expect(err.at(-1)).toBe(
      `${expected.length} problème(s) dans le référentiel (${folder}). Corrigez-les puis relancez la vérification.`,
    );
  });

  it("reports a file that is not valid JSON without stopping at it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "referentiel-"));
    cpSync(join(FIXTURES, "unknown-segment"), folder, { recursive: true });
    writeFileSync(join(folder, "clauses", "numerique.json"), '{"clauses": [ { "id": "x", } ]');
    const { code, err } = await run(["referentiel", "check", folder]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^clauses\/numerique\.json › \(racine\) : JSON illisible : /);
    expect(err[1]).toMatch(/^clauses\/batiment\.json › clauses\[0\]\.segments\[1\] : /);
  });

  it("reports a missing segments.json", async () => {
    const folder = mkdtempSync(join(tmpdir(), "referentiel-"));
    const { code, err } = await run(["referentiel", "check", folder]);
    expect(code).toBe(1);
    expect(err[0]).toBe("segments.json › (racine) : fichier manquant : segments.json");
  });

  it("explains a folder that does not exist", async () => {
    const { code, err } = await run(["referentiel", "check", join(FIXTURES, "nope")]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^Erreur : Dossier de référentiel illisible : /);
  });
});

describe("spaser referentiel list", () => {
  it("lists the clauses of a segment, transverse ones included, filtered by pillar", async () => {
    const { code, out } = await run(["referentiel", "list", "--segment", "numerique", "--pillar", "social"]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^\d+ clause\(s\)$/);
    expect(out.some((line) => line.includes("tr-soc-insertion v1"))).toBe(true);
    expect(out.slice(1).every((line) => line.includes("[Social ·"))).toBe(true);
  });

  it("prints JSON with --json, filtered by document", async () => {
    const { code, out } = await run(["referentiel", "list", "--document", "rc", "--json"]);
    expect(code).toBe(0);
    const clauses = JSON.parse(out.join("\n")) as { id: string; documents: string[] }[];
    expect(clauses.length).toBeGreaterThan(0);
    expect(clauses.every((c) => c.documents.includes("rc"))).toBe(true);
  });

  it("rejects an unknown filter value with the admitted values", async () => {
    const { code, err } = await run(["referentiel", "list", "--pillar", "ecologique"]);
    expect(code).toBe(1);
    expect(err).toEqual([
      "Erreur : Valeur inconnue pour --pillar : « ecologique ». Valeurs admises : environnemental, social, economique.",
    ]);
  });
});

describe("spaser referentiel show", () => {
  it("prints a clause with its governance, fields, legal bases and notes", async () => {
    const { code, out } = await run(["referentiel", "show", "tr-env-critere-environnemental"]);
    expect(code).toBe(0);
    expect(out.slice(0, 4)).toEqual([
      "Critère de performance environnementale de l'offre, avec sous-critères annoncés (tr-env-critere-environnemental)",
      "Version 2 — Validée",
      "Validée par COTECH achats responsables le 15/09/2026",
      "Remplace la version 1",
    ]);
    const text = out.join("\n");
    expect(text).toContain(
      "[ponderationEnvironnement] Pondération du critère environnemental — pondération environnementale minimale du SPASER appliqué (à défaut : 15\u00A0%)",
    );
    expect(text).toContain("  - Art. L2152-7 du code de la commande publique : ");
    expect(text).toContain("Autres versions : v1 (Validée)");
  });

  it("shows an older version and a retired clause with its reason", async () => {
    const older = await run(["referentiel", "show", "tr-env-critere-environnemental", "--version", "1"]);
    expect(older.out[1]).toBe("Version 1 — Validée");
    const retired = await run(["referentiel", "show", "tr-env-agec-decret-2021-254"]);
    expect(retired.out.some((line) => line.startsWith("Retirée : Cite le décret n° 2021-254, abrogé"))).toBe(
      true,
    );
  });

  it("prints the clause as JSON with --json", async () => {
    const { code, out } = await run(["referentiel", "show", "tr-soc-insertion", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out.join("\n")) as { id: string }).id).toBe("tr-soc-insertion");
  });

  it("explains an unknown clause or version", async () => {
    expect((await run(["referentiel", "show", "inconnue"])).err).toEqual([
      "Erreur : Clause inconnue du référentiel : « inconnue ».",
    ]);
    expect((await run(["referentiel", "show", "tr-soc-insertion", "--version", "9"])).err).toEqual([
      "Erreur : La clause « tr-soc-insertion » n'a pas de version 9 (versions connues : 1).",
    ]);
  });
});
