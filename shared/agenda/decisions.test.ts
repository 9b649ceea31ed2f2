import { describe, expect, it } from "vitest";
import { makeDecision } from "../../tests/fixtures/agenda/records";
import { decisionProblems, latestDecisions, plannedInsertionHours } from "./decisions";
import { describeLeverRef, describeProvision } from "./labels";

describe("decisions", () => {
  it("keeps the latest decision of a dossier deferred then validated", () => {
    const deferred = makeDecision({ id: "a", outcome: "ajournee", decidedOn: "2026-03-10" });
    const validated = makeDecision({ id: "b", outcome: "validee", decidedOn: "2026-06-09" });
    expect(latestDecisions([validated, deferred]).get("d1")?.outcome).toBe("validee");
  });

  it("adds up the insertion hours of the insertion clauses only", () => {
    const decision = makeDecision({
      provisions: [
        { kind: "clause-insertion", plannedHours: 1200 },
        { kind: "clause-insertion", plannedHours: 300 },
        { kind: "clause-sociale", plannedHours: 999 },
      ],
    });
    expect(plannedInsertionHours(decision)).toBe(1500);
  });

  it.each([
    ["validee-avec-reserves", [], 1],
    ["validee-avec-reserves", ["Ajouter un critère environnemental de 15 %"], 0],
    ["a-retravailler", [], 1],
    ["validee", [], 0],
  ] as const)("asks a « %s » decision with %j conditions for %i fix(es)", (outcome, conditions, count) => {
    expect(decisionProblems(makeDecision({ outcome, conditions: [...conditions] }))).toHaveLength(count);
  });

  it("describes a provision in French with its hours and clause", () => {
    expect(
      describeProvision({
        kind: "clause-insertion",
        plannedHours: 1200,
        clause: { clauseId: "insertion-btp", version: 2 },
      }),
    ).toBe("Clause d'insertion — 1\u202F200 heures d'insertion prévues — insertion-btp v2");
  });

  it("names the provision's clause by its title and version when the référentiel knows it", () => {
    const titles: Record<string, string> = { "insertion-btp": "Insertion sur les chantiers" };
    const clauseTitle = (ref: { clauseId: string }) => titles[ref.clauseId];
    expect(
      describeProvision(
        { kind: "clause-insertion", clause: { clauseId: "insertion-btp", version: 2 } },
        clauseTitle,
      ),
    ).toBe("Clause d'insertion — Insertion sur les chantiers (v2)");
    // A clause the référentiel does not know keeps its id, so nothing recorded is hidden.
    expect(describeLeverRef({ clauseId: "clause-retiree", version: 1 }, clauseTitle)).toBe(
      "clause-retiree v1",
    );
  });
});
