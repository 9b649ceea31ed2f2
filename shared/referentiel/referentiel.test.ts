import { describe, expect, it } from "vitest";
import { loadEmbeddedReferentiel } from "./data";
import { leverLabel, pillarLabel, statusLabel, versionStatusLabel, documentLabel } from "./labels";
import { createReferentiel } from "./referentiel";
import { clauseSchema, documentTypes, levers, pillars, statuses, type Clause } from "./schema";
import { versionStatuses } from "./referentiel";

function clause(
  id: string,
  version: number,
  status: Clause["governance"]["status"],
  extra: Partial<Clause> = {},
): Clause {
  return clauseSchema.parse({
    id,
    version,
    title: `Clause ${id} v${version}`,
    pillar: "social",
    lever: "condition-execution",
    documents: ["ccap"],
    segments: ["batiment"],
    body: [{ type: "paragraph", text: "Texte de la clause." }],
    legalBases: ["ccp-l2112-2"],
    notes: { whenToUse: "Toujours utile.", pitfalls: "Aucun piège.", executionCheck: "Bilan annuel." },
    governance:
      status === "validee"
        ? { status, validatedBy: "COTECH", validatedOn: "2026-01-01" }
        : status === "retiree"
          ? { status, validatedBy: "COTECH", validatedOn: "2025-01-01", retiredReason: "Texte abrogé." }
          : { status },
    ...extra,
  });
}

const library = createReferentiel({
  segments: [],
  legalTexts: [],
  clauses: [
    clause("insertion", 1, "validee"),
    clause("insertion", 2, "validee", {
      governance: { status: "validee", validatedBy: "COTECH", validatedOn: "2026-06-01", supersedes: 1 },
    }),
    clause("insertion", 3, "brouillon"),
    clause("ancienne", 1, "validee"),
    clause("ancienne", 2, "retiree"),
    clause("projet", 1, "brouillon"),
    clause("transverse-egalite", 1, "validee", {
      segments: ["transverse"],
      pillar: "social",
      documents: ["ccap", "rc"],
    }),
    clause("numerique-reemploi", 1, "validee", {
      segments: ["numerique"],
      pillar: "environnemental",
      lever: "specification-technique",
      documents: ["cctp"],
    }),
  ],
});

describe("Referentiel", () => {
  it("resolves a given version, and the highest one when no version is given", () => {
    expect(library.getClause("insertion", 1)?.version).toBe(1);
    expect(library.getClause("insertion")?.version).toBe(3);
    expect(library.getClause("insertion", 9)).toBeUndefined();
    expect(library.getClause("inconnue")).toBeUndefined();
  });

  it("offers the latest validated version for insertion, never a draft nor a retired clause", () => {
    expect(library.latestValidated("insertion")?.version).toBe(2);
    expect(library.latestValidated("ancienne")).toBeUndefined();
    expect(library.latestValidated("projet")).toBeUndefined();
    expect(library.insertableClauses().map((c) => `${c.id}@${c.version}`)).toEqual([
      "insertion@2",
      "numerique-reemploi@1",
      "transverse-egalite@1",
    ]);
  });

  it("tells an audit whether a document's clause version is current, outdated, retired or unknown", () => {
    expect(library.versionStatus("insertion", 2)).toBe("a-jour");
    expect(library.versionStatus("insertion", 1)).toBe("version-depassee");
    expect(library.versionStatus("ancienne", 1)).toBe("retiree");
    expect(library.versionStatus("ancienne", 2)).toBe("retiree");
    expect(library.versionStatus("insertion", 7)).toBe("inconnue");
    expect(library.versionStatus("jamais-vue", 1)).toBe("inconnue");
  });

  it("keeps retired clauses resolvable so old documents can be audited", () => {
    expect(library.getClause("ancienne", 1)?.governance.status).toBe("validee");
    expect(library.getClause("ancienne")?.governance.retiredReason).toBe("Texte abrogé.");
  });

  it("includes transverse clauses when filtering by segment, and combines filters", () => {
    expect(library.clausesFor({ segment: "numerique", status: "validee" }).map((c) => c.id)).toEqual([
      "numerique-reemploi",
      "transverse-egalite",
    ]);
    expect(
      library.clausesFor({ segment: "numerique", pillar: "social", status: "validee" }).map((c) => c.id),
    ).toEqual(["transverse-egalite"]);
    expect(library.clausesFor({ segment: "batiment", document: "rc" }).map((c) => c.id)).toEqual([
      "transverse-egalite",
    ]);
    expect(library.clausesFor({ status: "validee" }).map((c) => c.id)).not.toContain("ancienne");
    expect(library.clausesFor({ status: "retiree" }).map((c) => c.id)).toEqual(["ancienne"]);
    expect(library.clausesFor({ status: "brouillon" }).map((c) => `${c.id}@${c.version}`)).toEqual([
      "insertion@3",
      "projet@1",
    ]);
  });

  it("has a French label for every pillar, lever, document, status and version status", () => {
    for (const p of pillars) expect(pillarLabel(p)).not.toMatch(/^referentiel\./);
    for (const l of levers) expect(leverLabel(l)).not.toMatch(/^referentiel\./);
    for (const d of documentTypes) expect(documentLabel(d)).not.toMatch(/^referentiel\./);
    for (const s of statuses) expect(statusLabel(s)).not.toMatch(/^referentiel\./);
    for (const v of versionStatuses) expect(versionStatusLabel(v)).not.toMatch(/^referentiel\./);
    expect(leverLabel("condition-execution")).toBe("Condition d'exécution");
  });
});

describe("the embedded référentiel", () => {
  const referentiel = loadEmbeddedReferentiel();

  it("marks the first environmental-criterion clause as outdated by its version 2", () => {
    expect(referentiel.versionStatus("tr-env-critere-environnemental", 1)).toBe("version-depassee");
    expect(referentiel.versionStatus("tr-env-critere-environnemental", 2)).toBe("a-jour");
    expect(referentiel.latestValidated("tr-env-critere-environnemental")?.governance.supersedes).toBe(1);
  });

  it("keeps the clause citing the repealed décret 2021-254 retired, with its reason", () => {
    expect(referentiel.versionStatus("tr-env-agec-decret-2021-254", 1)).toBe("retiree");
    expect(referentiel.getClause("tr-env-agec-decret-2021-254")?.governance.retiredReason).toMatch(
      /2024-134/,
    );
    expect(referentiel.insertableClauses().some((c) => c.id === "tr-env-agec-decret-2021-254")).toBe(false);
  });

  it("never cites the repealed décret 2021-254 in an insertable clause", () => {
    for (const c of referentiel.insertableClauses()) expect(c.legalBases).not.toContain("decret-2021-254");
  });

  it("takes the SME advance and the environmental weight from the active SPASER", () => {
    const advance = referentiel
      .latestValidated("tr-eco-avance-pme")
      ?.placeholders.find((p) => p.name === "tauxAvancePme");
    expect(advance?.policyDefault).toBe("sme-advance-percent");
    const weight = referentiel
      .latestValidated("tr-env-critere-environnemental")
      ?.placeholders.find((p) => p.name === "ponderationEnvironnement");
    expect(weight?.policyDefault).toBe("environmental-min-percent");
  });
});
