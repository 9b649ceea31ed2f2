import { describe, expect, it } from "vitest";
import { makeDossier, makeSession } from "../../tests/fixtures/agenda/records";
import { getPolicy } from "../policies";
import { cadenceInDays, checkDossiersPerYear, committeesOf, getCommittee } from "./committees";

const illeEtVilaine = getPolicy("ille-et-vilaine");

describe("committees from the presets", () => {
  it("lists Ille-et-Vilaine's quarterly comité de revue des achats first", () => {
    expect(committeesOf(illeEtVilaine)[0]?.id).toBe("comite-revue-des-achats");
    expect(cadenceInDays(getCommittee(illeEtVilaine, "comite-revue-des-achats"))).toBe(91);
  });

  it("names the known committees when asked for an unknown one", () => {
    expect(() => getCommittee(illeEtVilaine, "cao")).toThrow(
      "Comité « cao » inconnu dans le préréglage « ille-et-vilaine ». Comités disponibles : comite-achat-strategique, comite-revue-des-achats, copil-suivi.",
    );
  });

  it.each([
    [8, "en-dessous"],
    [10, "dans-la-cible"],
    [20, "dans-la-cible"],
    [21, "au-dessus"],
  ] as const)("counts %i dossiers a year against Ille-et-Vilaine's 10 to 20: %s", (n, status) => {
    const committee = getCommittee(illeEtVilaine, "comite-revue-des-achats");
    const sessions = [
      makeSession({ id: "q1", date: "2026-03-10" }),
      makeSession({ id: "q2", date: "2026-06-09" }),
      makeSession({ id: "old", date: "2025-12-09" }),
    ];
    const dossiers = [
      ...Array.from({ length: n }, (_, i) => makeDossier({ id: `d${i}`, sessionId: i % 2 ? "q1" : "q2" })),
      makeDossier({ id: "d0", sessionId: "q1" }), // deferred from q2 to q1: counted once
      makeDossier({ id: "x", sessionId: "old" }),
    ];
    const check = checkDossiersPerYear(committee, sessions, dossiers, 2026);
    expect(check).toMatchObject({ status, count: n });
    expect(check.message).toContain("cible de 10 à 20");
  });
});
