import { environmentalRuleFor, type Policy } from "../policies";
import { formatAmount, formatNumber, formatPercent } from "../text";
import type { Clause, Placeholder } from "./schema";

// Placeholder values: the default a drafter starts from (the active SPASER first, then the clause's
// own default) and the French text a renderer prints for a value. Word, .docx and Teams share these
// so « 30 % » or « 500 heures » reads the same everywhere.

export type PlaceholderValue = string | number;

export interface ResolvedDefault {
  readonly value?: PlaceholderValue;
  /** `policy` when the active SPASER supplied the value, `clause` for the clause's own default. */
  readonly from: "policy" | "clause" | "none";
}

/** The value the active SPASER gives to a `policyDefault`, if it sets one. */
export function policyValue(placeholder: Placeholder, policy: Policy, familyId?: string): number | undefined {
  switch (placeholder.policyDefault) {
    case undefined:
      return undefined;
    case "sme-advance-percent":
      return policy.smeAdvance?.percent;
    case "environmental-min-percent": {
      const min = environmentalRuleFor(policy, familyId).minPercent;
      return min > 0 ? min : undefined; // no SPASER minimum: the clause's default stands
    }
    case "insertion-study-threshold":
      return policy.thresholds.find((t) => t.id === "insertion-study")?.amountHT;
  }
}

/** The starting value of a placeholder under the active SPASER (`policy` optional). */
export function placeholderDefault(
  placeholder: Placeholder,
  policy?: Policy,
  familyId?: string,
): ResolvedDefault {
  const fromPolicy = policy ? policyValue(placeholder, policy, familyId) : undefined;
  if (fromPolicy !== undefined) return { value: fromPolicy, from: "policy" };
  if (placeholder.default !== undefined) return { value: placeholder.default, from: "clause" };
  return { from: "none" };
}

/** Starting values of every placeholder of a clause, by name. */
export function clauseDefaults(
  clause: Pick<Clause, "placeholders">,
  policy?: Policy,
  familyId?: string,
): Record<string, ResolvedDefault> {
  return Object.fromEntries(
    clause.placeholders.map((p) => [p.name, placeholderDefault(p, policy, familyId)]),
  );
}

/** The French text printed for a value: « 15 % », « 1 500,00 € HT », « 30 jours », « trimestrielle ». */
export function formatPlaceholderValue(placeholder: Placeholder, value: PlaceholderValue): string {
  if (typeof value === "string") return value;
  switch (placeholder.type) {
    case "percent":
      return formatPercent(value);
    case "amount":
      return formatAmount(value, { tax: placeholder.tax });
    case "integer":
    case "number":
      return placeholder.unit ? `${formatNumber(value)}\u00A0${placeholder.unit}` : formatNumber(value);
    case "text":
    case "choice":
      return String(value);
  }
}
