// The criteria tree and its weights. Convention (stated in the README): every weight is in percentage
// points of the final mark; the top-level criteria add up to 100 and the sub-criteria of a criterion
// add up to its weight (« Valeur technique 40 % = méthodologie 25 % + moyens 15 % »).
import { formatPercent } from "../text";
import { t } from "../i18n";
import type { Criterion, Violation } from "./model";
import { violation } from "./violation";

/** Weights are compared to a millionth of a point: 33,33 × 3 is not 100. */
export const WEIGHT_TOLERANCE = 1e-6;

export interface CriteriaTree {
  readonly roots: readonly Criterion[];
  readonly childrenOf: ReadonlyMap<string, readonly Criterion[]>;
  readonly leaves: readonly Criterion[];
  readonly byCode: ReadonlyMap<string, Criterion>;
}

export function criteriaTree(criteria: readonly Criterion[]): CriteriaTree {
  const byCode = new Map<string, Criterion>();
  for (const c of criteria) if (!byCode.has(c.code)) byCode.set(c.code, c);
  const childrenOf = new Map<string, Criterion[]>();
  const roots: Criterion[] = [];
  for (const c of criteria) {
    if (c.parent !== undefined && byCode.has(c.parent)) {
      const list = childrenOf.get(c.parent) ?? [];
      list.push(c);
      childrenOf.set(c.parent, list);
    } else {
      roots.push(c);
    }
  }
  const leaves = criteria.filter((c) => !childrenOf.has(c.code));
  return { roots, childrenOf, leaves, byCode };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Weight of the offers' environmental characteristics in the final mark: criteria of category
 * « environnemental », counted at the highest level where they appear (a sub-criterion under an
 * environmental criterion is not counted twice).
 */
export function environmentalWeight(tree: CriteriaTree): number {
  const walk = (nodes: readonly Criterion[]): number =>
    sum(
      nodes.map((c) =>
        c.category === "environnemental" ? (c.weight ?? 0) : walk(tree.childrenOf.get(c.code) ?? []),
      ),
    );
  return walk(tree.roots);
}

/** Structure and sums: unique codes, known parents, 0–100 weights, positive scales, 100 % per level. */
export function checkWeights(criteria: readonly Criterion[]): Violation[] {
  const out: Violation[] = [];
  const source = t("grid.source.grid");
  const seen = new Set<string>();
  const codes = new Set(criteria.map((c) => c.code));
  for (const c of criteria) {
    if (seen.has(c.code)) {
      out.push(violation("GRID_CRITERION_DUPLICATE", "bloquant", { code: c.code }, source, [c.cells.weight]));
    }
    seen.add(c.code);
    if (c.parent !== undefined && !codes.has(c.parent)) {
      out.push(violation("GRID_PARENT_UNKNOWN", "bloquant", { code: c.code, parent: c.parent }, source, []));
    }
    if (c.weight !== undefined && (c.weight < 0 || c.weight > 100)) {
      out.push(
        violation(
          "GRID_WEIGHT_OUT_OF_RANGE",
          "bloquant",
          { code: c.code, value: formatPercent(c.weight) },
          source,
          [c.cells.weight],
        ),
      );
    }
    if (c.scale !== undefined && c.scale <= 0) {
      out.push(
        violation("GRID_SCALE_NOT_POSITIVE", "bloquant", { code: c.code, value: c.scale }, source, [
          c.cells.scale,
        ]),
      );
    }
  }
  const tree = criteriaTree(criteria);
  // A level with an unreadable weight is already reported; its sum would only add noise.
  const known = (nodes: readonly Criterion[]) => nodes.every((c) => c.weight !== undefined);
  const total = (nodes: readonly Criterion[]) => sum(nodes.map((c) => c.weight ?? 0));
  if (tree.roots.length > 0 && known(tree.roots) && Math.abs(total(tree.roots) - 100) > WEIGHT_TOLERANCE) {
    out.push(
      violation(
        "GRID_WEIGHT_SUM",
        "bloquant",
        { sum: formatPercent(total(tree.roots), 4) },
        source,
        tree.roots.map((c) => c.cells.weight),
      ),
    );
  }
  for (const [code, children] of tree.childrenOf) {
    const parent = tree.byCode.get(code);
    if (parent?.weight === undefined || !known(children)) continue;
    if (Math.abs(total(children) - parent.weight) > WEIGHT_TOLERANCE) {
      out.push(
        violation(
          "GRID_SUBWEIGHT_SUM",
          "bloquant",
          { code, sum: formatPercent(total(children), 4), expected: formatPercent(parent.weight, 4) },
          source,
          [parent.cells.weight, ...children.map((c) => c.cells.weight)],
        ),
      );
    }
  }
  return out;
}
