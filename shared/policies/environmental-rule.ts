import type { Policy, Source } from "./schema";

/** The environmental-criterion weighting a grid must respect, resolved for one purchase family. */
export interface EnvironmentalWeightRule {
  /** Minimum weight in percentage points of the final mark (0 when the policy sets none). */
  readonly minPercent: number;
  /** Maximum weight, when the policy sets a range. */
  readonly maxPercent?: number;
  /** True when the bounds come from the family's own range, false for a global rule or the fallback. */
  readonly familySpecific: boolean;
  readonly source: Source;
}

/**
 * Resolves the policy's environmental weighting for `familyId`. A range policy with an unknown or
 * missing family uses its fallback, else the loosest range it declares (never a stricter one).
 */
export function environmentalRuleFor(policy: Policy, familyId?: string): EnvironmentalWeightRule {
  const rule = policy.environmentalCriterion;
  switch (rule.kind) {
    case "none":
      return { minPercent: 0, familySpecific: false, source: rule.source };
    case "minimum":
      return { minPercent: rule.minPercent, familySpecific: false, source: rule.source };
    case "range-by-family": {
      const range = rule.ranges.find((r) => r.family === familyId);
      if (range) {
        return {
          minPercent: range.minPercent,
          maxPercent: range.maxPercent,
          familySpecific: true,
          source: rule.source,
        };
      }
      const loosest = rule.fallback ?? {
        minPercent: Math.min(...rule.ranges.map((r) => r.minPercent)),
        maxPercent: Math.max(...rule.ranges.map((r) => r.maxPercent)),
      };
      return { ...loosest, familySpecific: false, source: rule.source };
    }
  }
}
