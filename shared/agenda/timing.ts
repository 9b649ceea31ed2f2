import { t } from "../i18n";
import { describeSource, type Committee } from "../policies";
import { formatLongDate, monthsBetween } from "../text";
import type { Dossier, Session } from "./schema";

// A dossier must reach its committee in time for the committee to change something:
// - Ille-et-Vilaine's comité de revue des achats validates the strategy « avant leur lancement et
//   publication de la consultation » (seed 004, gouvernance) → committee.timing.kind "before-publication";
// - Clermont's CAD sees recurring contracts at programming time, J-12 months before award (seed 002,
//   objectif 1 action 2) → committee.timing.kind "months-before-award".

export type TimingFlagCode =
  "after-publication" | "publication-date-missing" | "too-close-to-award" | "award-date-missing";

export interface TimingFlag {
  readonly dossierId: string;
  readonly code: TimingFlagCode;
  /** « alerte » when the rule is broken, « info » when it cannot be checked. */
  readonly severity: "alerte" | "info";
  /** French, citing the SPASER section the rule comes from. */
  readonly message: string;
}

/** The day the contract should be awarded: the planned award, else the end of the current contract. */
export function awardDateOf(dossier: Pick<Dossier, "plannedAwardDate" | "currentContractEnd">) {
  return dossier.plannedAwardDate ?? dossier.currentContractEnd;
}

/** Timing flags of one dossier examined at `sessionDate` by `committee` (none when it sets no timing). */
export function checkTiming(
  committee: Committee,
  sessionDate: Session["date"],
  dossier: Dossier,
): TimingFlag[] {
  const timing = committee.timing;
  if (!timing) return [];
  // The timing rule's own quote when the preset gives one, else the committee's.
  const source = describeSource(timing.source ?? committee.source);
  const base = {
    object: dossier.object,
    committee: committee.label,
    source,
    session: formatLongDate(sessionDate),
  };
  switch (timing.kind) {
    case "before-publication": {
      const publication = dossier.plannedPublicationDate;
      if (!publication) {
        return [
          flag(dossier, "publication-date-missing", "info", t("agenda.timing.publicationMissing", base)),
        ];
      }
      // The committee must meet strictly before publication: on the day itself it can no longer reorient.
      if (sessionDate < publication) return [];
      return [
        flag(
          dossier,
          "after-publication",
          "alerte",
          t("agenda.timing.afterPublication", { ...base, publication: formatLongDate(publication) }),
        ),
      ];
    }
    case "months-before-award": {
      const award = awardDateOf(dossier);
      if (!award) {
        return [flag(dossier, "award-date-missing", "info", t("agenda.timing.awardMissing", base))];
      }
      const months = monthsBetween(sessionDate, award);
      if (months >= timing.months) return [];
      return [
        flag(
          dossier,
          "too-close-to-award",
          "alerte",
          t("agenda.timing.tooCloseToAward", {
            ...base,
            award: formatLongDate(award),
            months: Math.max(0, months),
            required: timing.months,
          }),
        ),
      ];
    }
  }
}

function flag(
  dossier: Dossier,
  code: TimingFlagCode,
  severity: TimingFlag["severity"],
  message: string,
): TimingFlag {
  return { dossierId: dossier.id, code, severity, message };
}

/** Every timing flag of a session's dossiers, in the order given. */
export function checkSessionTiming(
  committee: Committee,
  session: Pick<Session, "date">,
  dossiers: readonly Dossier[],
): TimingFlag[] {
  return dossiers.flatMap((dossier) => checkTiming(committee, session.date, dossier));
}
