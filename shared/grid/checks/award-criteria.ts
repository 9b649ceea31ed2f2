// Checks on the award criteria themselves: the active SPASER's environmental weighting and the law's
// requirements on the criteria (LEGAL.md: L2152-7, R2152-7, keyed on the consultation's launch date).
import { describeSource, environmentalRuleFor, type Policy } from "../../policies";
import { formatPercent } from "../../text";
import { t } from "../../i18n";
import type { Grid, Violation } from "../model";
import { violation } from "../violation";
import { criteriaTree, environmentalWeight, WEIGHT_TOLERANCE, type CriteriaTree } from "../weights";

/** Consultations launched from this day may not be awarded on price alone (décret 2022-767, art. 2). */
export const CLIMATE_LAW_DATE = "2026-08-21";

/** True when the consultation falls under the post-August-2026 rules; an unknown date is taken as recent. */
export function climateRulesApply(launchDate: string | undefined): boolean {
  return launchDate === undefined || launchDate >= CLIMATE_LAW_DATE;
}

/** Checks the environmental weight against the policy, resolved for the grid's purchase family. */
export function checkEnvironmentalWeight(
  grid: Grid,
  policy: Policy,
  tree: CriteriaTree = criteriaTree(grid.criteria),
): Violation[] {
  const out: Violation[] = [];
  const family = grid.consultation.family;
  const rule = environmentalRuleFor(policy, family);
  const source = describeSource(rule.source);
  const envCells = tree.leaves.filter((c) => c.category === "environnemental").map((c) => c.cells.weight);
  if (policy.environmentalCriterion.kind === "range-by-family" && !rule.familySpecific) {
    out.push(
      violation(
        "GRID_FAMILY_UNKNOWN",
        "alerte",
        {
          family: family ? `« ${family} »` : "(non choisie)",
          policy: policy.id,
          min: formatPercent(rule.minPercent),
          max: formatPercent(rule.maxPercent ?? 100),
        },
        source,
        [],
      ),
    );
  }
  const actual = environmentalWeight(tree);
  const tooLow = actual < rule.minPercent - WEIGHT_TOLERANCE;
  const tooHigh = rule.maxPercent !== undefined && actual > rule.maxPercent + WEIGHT_TOLERANCE;
  if (rule.maxPercent === undefined) {
    if (tooLow) {
      out.push(
        violation(
          "GRID_ENV_WEIGHT_MIN",
          "bloquant",
          { actual: formatPercent(actual), min: formatPercent(rule.minPercent) },
          source,
          envCells,
        ),
      );
    }
  } else if (tooLow || tooHigh) {
    const familyLabel =
      policy.purchaseFamilies.find((f) => f.id === family)?.label ?? family ?? "(non choisie)";
    out.push(
      violation(
        "GRID_ENV_WEIGHT_RANGE",
        "bloquant",
        {
          actual: formatPercent(actual),
          family: familyLabel,
          min: formatPercent(rule.minPercent),
          max: formatPercent(rule.maxPercent),
        },
        source,
        envCells,
      ),
    );
  }
  return out;
}

/** The law's requirements on the criteria: an environmental criterion, not price alone, a price or cost. */
export function checkLegalCriteria(
  grid: Grid,
  tree: CriteriaTree = criteriaTree(grid.criteria),
): Violation[] {
  const out: Violation[] = [];
  const recent = climateRulesApply(grid.consultation.launchDate);
  const severity = recent ? "bloquant" : "alerte";
  if (grid.consultation.launchDate === undefined) {
    out.push(violation("GRID_LAUNCH_DATE_MISSING", "alerte", {}, t("grid.source.R2152-7"), []));
  }
  const weighted = tree.leaves.filter((c) => (c.weight ?? 0) > 0);
  if (weighted.length === 0) return out;
  const hasLifeCycleCost = weighted.some((c) => c.category === "cout-cycle-de-vie");
  const priceCells = tree.leaves.filter((c) => c.category === "prix").map((c) => c.cells.weight);
  if (!hasLifeCycleCost && weighted.every((c) => c.category === "prix")) {
    out.push(violation("GRID_PRICE_ONLY", severity, {}, t("grid.source.R2152-7"), priceCells));
  } else if (!hasLifeCycleCost && environmentalWeight(tree) <= 0) {
    out.push(violation("GRID_NO_ENV_CRITERION", severity, {}, t("grid.source.L2152-7"), []));
  }
  if (!weighted.some((c) => c.category === "prix" || c.category === "cout-cycle-de-vie")) {
    out.push(violation("GRID_NO_PRICE_CRITERION", "alerte", {}, t("grid.source.R2152-7"), []));
  }
  return out;
}
