// The definition of a new grid (« Nouvelle grille », `spaser grid new`): consultation, lots, criteria.
// Default criteria respect the active policy's environmental weighting for the chosen family.
import { environmentalRuleFor, type Policy } from "../policies";
import type { IsoDate } from "../text";
import type { CriterionCategory, PriceMethod, RawGrid, RawLot } from "./model";

export interface CriterionDefinition {
  readonly code: string;
  readonly parent?: string;
  readonly label: string;
  readonly category: CriterionCategory;
  /** Percentage points of the final mark. */
  readonly weight: number;
  readonly scale: number;
}

export interface GridDefinition {
  readonly consultation: {
    readonly title: string;
    readonly launchDate?: IsoDate;
    readonly procedure?: string;
    readonly policyId: string;
    readonly family?: string;
    readonly scale: number;
    readonly priceMethod: PriceMethod;
  };
  readonly lots: readonly RawLot[];
  readonly criteria: readonly CriterionDefinition[];
  /** True when the policy breaks ties (Clermont): the workbook gets a « Départage » column. */
  readonly tieBreak: boolean;
}

export interface NewGridOptions {
  readonly policy: Policy;
  readonly family?: string;
  readonly lots?: number;
  readonly criteria?: readonly CriterionDefinition[];
  readonly priceMethod?: PriceMethod;
  readonly scale?: number;
  readonly title?: string;
  readonly launchDate?: IsoDate;
  readonly procedure?: string;
}

/**
 * Price 40 %, environment at 20 % brought within the policy's bounds for the family, technical value
 * for the rest; every criterion marked out of 10.
 */
export function defaultCriteria(policy: Policy, family?: string): CriterionDefinition[] {
  const rule = environmentalRuleFor(policy, family);
  const env = Math.min(Math.max(20, rule.minPercent), rule.maxPercent ?? 100);
  return [
    { code: "C1", label: "Prix", category: "prix", weight: 40, scale: 10 },
    { code: "C2", label: "Valeur technique", category: "valeur-technique", weight: 60 - env, scale: 10 },
    {
      code: "C3",
      label: "Performance environnementale",
      category: "environnemental",
      weight: env,
      scale: 10,
    },
  ];
}

export function newGridDefinition(options: NewGridOptions): GridDefinition {
  const lotCount = options.lots ?? 1;
  return {
    consultation: {
      title: options.title ?? "",
      ...(options.launchDate ? { launchDate: options.launchDate } : {}),
      ...(options.procedure ? { procedure: options.procedure } : {}),
      policyId: options.policy.id,
      ...(options.family ? { family: options.family } : {}),
      scale: options.scale ?? 100,
      priceMethod: options.priceMethod ?? "proportional",
    },
    lots: Array.from({ length: lotCount }, (_, i) => ({ id: String(i + 1), label: `Lot ${i + 1}` })),
    criteria: options.criteria ?? defaultCriteria(options.policy, options.family),
    tieBreak: options.policy.tieBreak !== undefined,
  };
}

/** The raw grid of a definition without offers: lets the engine check a grid before it is filled. */
export function definitionToRawGrid(definition: GridDefinition): RawGrid {
  const c = definition.consultation;
  return {
    consultation: {
      title: c.title,
      ...(c.launchDate ? { launchDate: { value: c.launchDate } } : {}),
      ...(c.procedure ? { procedure: c.procedure } : {}),
      policyId: c.policyId,
      ...(c.family ? { family: c.family } : {}),
      scale: { value: c.scale },
      priceMethod: { value: c.priceMethod },
    },
    lots: definition.lots,
    criteria: definition.criteria.map((criterion) => ({
      code: criterion.code,
      ...(criterion.parent ? { parent: criterion.parent } : {}),
      label: criterion.label,
      category: { value: criterion.category },
      weight: { value: criterion.weight },
      scale: { value: criterion.scale },
    })),
    offers: [],
  };
}
