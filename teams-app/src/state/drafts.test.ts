import { describe, expect, it } from "vitest";
import {
  clauseKeyOf,
  decisionDraftOf,
  dossierDraftOf,
  dossierFromDraft,
  leversOfDraft,
  parseLevers,
  provisionClauseChoices,
  provisionsFromDraft,
} from "./drafts";

const base = { id: "d1", sessionId: "s1" };

describe("dossier form", () => {
  it("reads a French amount and French dates", () => {
    const draft = {
      ...dossierDraftOf(),
      object: "Nettoyage des bâtiments",
      direction: "Direction du patrimoine",
      amount: "1 250 000,50 € HT",
      publication: "15/03/2027",
      contractEnd: "31.12.27",
      duration: "20",
    };
    const result = dossierFromDraft(draft, base);
    expect(result.errors).toBeUndefined();
    expect(result.dossier).toMatchObject({
      estimatedAmountHT: 1_250_000.5,
      plannedPublicationDate: "2027-03-15",
      currentContractEnd: "2027-12-31",
      durationMinutes: 20,
    });
  });

  it("names each field it cannot read, in French", () => {
    const draft = { ...dossierDraftOf(), amount: "beaucoup", publication: "31/02/2027", duration: "0" };
    const result = dossierFromDraft(draft, base);
    expect(result.errors).toMatchObject({
      object: expect.stringContaining("objet"),
      direction: expect.stringContaining("direction"),
      amount: expect.stringContaining("« beaucoup »"),
      publication: expect.stringContaining("31/02/2027"),
      duration: expect.stringContaining("minutes"),
    });
  });

  it("refuses an amount given TTC: the dossier's amount is HT", () => {
    const draft = { ...dossierDraftOf(), object: "x", direction: "y", amount: "12 000 € TTC" };
    expect(dossierFromDraft(draft, base).errors?.amount).toContain("HT");
  });

  it("gives back the same dossier after a round trip through the form", () => {
    const first = dossierFromDraft(
      {
        ...dossierDraftOf(),
        object: "Repas",
        direction: "Éducation",
        amount: "90 000,5",
        award: "01/09/2027",
        levers: [{ clauseId: "clause-bio", version: 2 }],
      },
      base,
    ).dossier;
    expect(first).toBeDefined();
    if (first) expect(dossierFromDraft(dossierDraftOf(first), base).dossier).toEqual(first);
  });

  it("shows a recorded amount with French digit grouping", () => {
    const result = dossierFromDraft(
      { ...dossierDraftOf(), object: "x", direction: "y", amount: "1250000" },
      base,
    );
    expect(result.dossier && dossierDraftOf(result.dossier).amount).toBe("1\u202F250\u202F000");
  });
});

describe("proposed levers", () => {
  it("reads clause ids with or without a version", () => {
    expect(parseLevers("clause-insertion-btp v2, critere-env\nmarche-reserve-siae")).toEqual({
      levers: [
        { clauseId: "clause-insertion-btp", version: 2 },
        { clauseId: "critere-env", version: 1 },
        { clauseId: "marche-reserve-siae", version: 1 },
      ],
      errors: [],
    });
  });

  it("rejects something that is not a clause id", () => {
    expect(parseLevers("Clause Insertion!").errors).toHaveLength(1);
  });

  it("reads a draft kept from before the lever picker, whose levers were typed as text", () => {
    expect(leversOfDraft("clause-insertion-btp v2\nClause Insertion!")).toEqual([
      { clauseId: "clause-insertion-btp", version: 2 },
    ]);
  });

  it("keeps the well-formed levers of a draft and drops the rest", () => {
    expect(
      leversOfDraft([{ clauseId: "tr-soc-insertion", version: 1 }, { clauseId: "x", version: 0 }, null, "y"]),
    ).toEqual([{ clauseId: "tr-soc-insertion", version: 1 }]);
    expect(leversOfDraft(undefined)).toEqual([]);
  });

  it("records an old draft's typed levers when the dossier is saved", () => {
    const draft = { ...dossierDraftOf(), object: "x", direction: "y", levers: "ancienne-clause" as unknown };
    expect(
      dossierFromDraft(draft as ReturnType<typeof dossierDraftOf>, base).dossier?.proposedLevers,
    ).toEqual([{ clauseId: "ancienne-clause", version: 1 }]);
  });
});

describe("decision provisions", () => {
  it("reads insertion hours and a criterion weight written the French way", () => {
    const { provisions, errors } = provisionsFromDraft([
      { kind: "clause-insertion", hours: "1 200", weight: "", clause: "", note: "" },
      { kind: "critere-environnemental", hours: "", weight: "15 %", clause: "", note: "bilan carbone" },
    ]);
    expect(errors).toEqual([]);
    expect(provisions).toEqual([
      { kind: "clause-insertion", plannedHours: 1200 },
      { kind: "critere-environnemental", weightPercent: 15, note: "bilan carbone" },
    ]);
  });

  it("rejects a weight above 100 %", () => {
    expect(
      provisionsFromDraft([{ kind: "critere-social", hours: "", weight: "120", clause: "", note: "" }])
        .errors,
    ).toHaveLength(1);
  });

  const proposed = [
    { clauseId: "net-soc-insertion", version: 1 },
    { clauseId: "net-env-produits-ecolabel", version: 2 },
  ];

  it("offers the dossier's proposed levers as the clauses a provision may name", () => {
    expect(provisionClauseChoices(proposed, "").map((c) => c.key)).toEqual([
      "net-soc-insertion v1",
      "net-env-produits-ecolabel v2",
    ]);
  });

  it("keeps the clause of a decision recorded before the select, even when it is no proposed lever", () => {
    const draft = decisionDraftOf({
      id: "dec",
      sessionId: "s",
      dossierId: "d",
      outcome: "validee",
      conditions: [],
      decidedOn: "2026-03-10",
      provisions: [{ kind: "clause-insertion", clause: { clauseId: "insertion-travaux", version: 2 } }],
    });
    const clause = draft.provisions[0]?.clause ?? "";
    expect(provisionClauseChoices(proposed, clause).at(-1)).toEqual({
      key: "insertion-travaux v2",
      ref: { clauseId: "insertion-travaux", version: 2 },
    });
    expect(provisionsFromDraft(draft.provisions).provisions[0]?.clause).toEqual({
      clauseId: "insertion-travaux",
      version: 2,
    });
  });

  it("reads an id typed without its version as version 1, and keeps unreadable text for saving to flag", () => {
    expect(clauseKeyOf(" net-soc-insertion ")).toBe("net-soc-insertion v1");
    expect(provisionClauseChoices(proposed, "net-soc-insertion")).toHaveLength(2);
    expect(provisionClauseChoices(proposed, "Clause BTP !").at(-1)).toEqual({ key: "Clause BTP !" });
    expect(
      provisionsFromDraft([
        { kind: "clause-insertion", hours: "", weight: "", clause: "Clause BTP !", note: "" },
      ]).errors,
    ).toHaveLength(1);
  });
});
