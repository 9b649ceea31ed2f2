import { describe, expect, it } from "vitest";
import { getPolicy } from "../policies";
import { makeDossier } from "../../tests/fixtures/agenda/records";
import { getCommittee } from "./committees";
import { checkSessionTiming, checkTiming } from "./timing";

const revue = getCommittee(getPolicy("ille-et-vilaine"), "comite-revue-des-achats");
const cad = getCommittee(getPolicy("clermont"), "comite-annuel-achats-durables");
const copil = getCommittee(getPolicy("ille-et-vilaine"), "copil-suivi");

describe("timing checks from the policy", () => {
  it.each([
    ["2026-03-11", []],
    ["2026-03-10", ["after-publication"]],
    ["2026-02-01", ["after-publication"]],
    [undefined, ["publication-date-missing"]],
  ])(
    "Ille-et-Vilaine: a dossier published on %j and reviewed on 10 March 2026 gives %j",
    (publication, codes) => {
      const dossier = makeDossier({ plannedPublicationDate: publication });
      expect(checkTiming(revue, "2026-03-10", dossier).map((f) => f.code)).toEqual(codes);
    },
  );

  it("flags a dossier reaching the comité de revue des achats after its publication, citing the SPASER", () => {
    const [flag] = checkTiming(revue, "2026-03-10", makeDossier({ plannedPublicationDate: "2026-02-15" }));
    expect(flag?.severity).toBe("alerte");
    expect(flag?.message).toBe(
      "« Entretien des espaces verts des collèges » passe au Comité de revue des achats le 10 mars 2026, alors que sa publication est prévue le 15 février 2026 : la stratégie d'achat doit être validée avant la publication de la consultation (SPASER du Département d'Ille-et-Vilaine 2024-2028, II.B — L'implication des élus.es du management et des pilotes de chantier).",
    );
  });

  it.each([
    [{ plannedAwardDate: "2027-03-10" }, []],
    [{ plannedAwardDate: "2027-03-09" }, ["too-close-to-award"]],
    [{ currentContractEnd: "2026-09-30" }, ["too-close-to-award"]],
    [{ currentContractEnd: "2027-12-31" }, []],
    [{ plannedAwardDate: "2027-06-01", currentContractEnd: "2026-06-01" }, []],
    [{}, ["award-date-missing"]],
  ])("Clermont: a dossier with %j shown to the CAD on 10 March 2026 gives %j", (dates, codes) => {
    expect(checkTiming(cad, "2026-03-10", makeDossier(dates)).map((f) => f.code)).toEqual(codes);
  });

  it("says how many months were left before award and cites Clermont's action", () => {
    const [flag] = checkTiming(cad, "2026-03-10", makeDossier({ plannedAwardDate: "2026-11-15" }));
    expect(flag?.message).toContain("8 mois avant son attribution prévue le 15 novembre 2026");
    expect(flag?.message).toContain("au moins 12 mois avant");
    expect(flag?.message).toContain(
      "SPASER de Clermont-Ferrand et Clermont Auvergne Métropole, Objectif 1, action 2",
    );
  });

  it("flags nothing for a committee whose SPASER sets no timing", () => {
    expect(checkSessionTiming(copil, { date: "2026-03-10" }, [makeDossier()])).toEqual([]);
  });
});
