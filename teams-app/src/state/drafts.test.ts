import { describe, expect, it } from "vitest";
import { dossierDraftOf, dossierFromDraft, leversOfDraft, parseLevers, provisionsFromDraft } from "./drafts";

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
});
