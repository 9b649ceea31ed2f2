import type { z } from "zod";
import { SpaserError } from "../errors";
import { policySchema, type Policy } from "./schema";

/** Formats zod issues as « chemin.du.champ : raison » lines, the path being what an editor searches for. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "(racine)";
    return `${path} : ${frenchReason(issue)}`;
  });
}

function frenchReason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "champ obligatoire manquant" : `type attendu : ${issue.expected}`;
    case "invalid_value":
      return `valeur non admise (attendu : ${issue.values.map(String).join(", ")})`;
    case "unrecognized_keys":
      return `champ(s) inconnu(s) : ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "aucune des formes admises ne correspond";
    case "invalid_key":
      // A record key refused by its own schema (a target year written « fin 2026 »…).
      return `clé non admise (${issue.issues.map((inner) => inner.message).join(" ; ")})`;
    case "too_small":
    case "too_big":
    case "invalid_format":
    case "custom":
    default:
      // Our schemas carry French messages for these; zod's own text is the last resort.
      return issue.message;
  }
}

/** Validates raw preset data, checking also what a schema cannot (families referenced by the env rule). */
export function parsePolicy(data: unknown, label = "?"): Policy {
  const result = policySchema.safeParse(data);
  const id = typeof data === "object" && data !== null && "id" in data ? String(data.id) : label;
  if (!result.success) {
    throw new SpaserError("POLICY_INVALID", {
      id,
      problems: describeIssues(result.error.issues).join(" ; "),
    });
  }
  const policy = result.data;
  const families = new Set(policy.purchaseFamilies.map((f) => f.id));
  const problems: string[] = [];
  const rule = policy.environmentalCriterion;
  if (rule.kind === "range-by-family") {
    rule.ranges.forEach((range, index) => {
      if (!families.has(range.family)) {
        problems.push(
          `environmentalCriterion.ranges.${index}.family : famille « ${range.family} » non déclarée`,
        );
      }
      if (range.minPercent > range.maxPercent) {
        problems.push(`environmentalCriterion.ranges.${index} : le minimum dépasse le maximum`);
      }
    });
  }
  problems.push(...boundProblems(policy));
  if (problems.length > 0) throw new SpaserError("POLICY_INVALID", { id, problems: problems.join(" ; ") });
  return policy;
}

/** Bounds a schema cannot compare: a band's two ends, a range of sessions or dossiers, duplicate ids. */
function boundProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const fallback =
    policy.environmentalCriterion.kind === "range-by-family" && policy.environmentalCriterion.fallback;
  if (fallback && fallback.minPercent > fallback.maxPercent) {
    problems.push("environmentalCriterion.fallback : le minimum dépasse le maximum");
  }
  policy.thresholds.forEach((threshold, index) => {
    if (threshold.maxAmountHT !== undefined && threshold.maxAmountHT <= threshold.amountHT) {
      problems.push(`thresholds.${index}.maxAmountHT : la borne haute doit dépasser amountHT`);
    }
  });
  const committeeIds = new Set<string>();
  policy.committees.forEach((committee, index) => {
    if (committeeIds.has(committee.id))
      problems.push(`committees.${index}.id : identifiant « ${committee.id} » en double`);
    committeeIds.add(committee.id);
    if (
      committee.sessionsPerYearMax !== undefined &&
      committee.sessionsPerYearMax < committee.sessionsPerYear
    ) {
      problems.push(`committees.${index}.sessionsPerYearMax : inférieur à sessionsPerYear`);
    }
    if (committee.dossiersPerYear && committee.dossiersPerYear.min > committee.dossiersPerYear.max) {
      problems.push(`committees.${index}.dossiersPerYear : le minimum dépasse le maximum`);
    }
    const preparation =
      committee.timing?.kind === "months-before-award" ? committee.timing.preparation : undefined;
    if (preparation && preparation.fromMonths < preparation.toMonths) {
      problems.push(
        `committees.${index}.timing.preparation : fromMonths (début) doit être au moins égal à toMonths (fin), en mois avant l'attribution`,
      );
    }
  });
  return problems;
}
