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
  if (problems.length > 0) throw new SpaserError("POLICY_INVALID", { id, problems: problems.join(" ; ") });
  return policy;
}
