import { SpaserError } from "../errors";
import type { Policy } from "./schema";
import { parsePolicy } from "./validate";
import clermont from "./presets/clermont.json";
import drome from "./presets/drome.json";
import illeEtVilaine from "./presets/ille-et-vilaine.json";
import national from "./presets/national.json";
import valDeMarne from "./presets/val-de-marne.json";
import valenceRomans from "./presets/valence-romans.json";

// The embedded presets, validated once at first use: a malformed file fails loudly with the field named.
// One per SPASER of ../shared/seeds, plus the national frame.
const rawPresets: readonly unknown[] = [national, clermont, drome, illeEtVilaine, valDeMarne, valenceRomans];

let cache: readonly Policy[] | undefined;

/** All embedded presets: national first, then the collectivités in alphabetical order of their label. */
export function listPolicies(): readonly Policy[] {
  cache ??= orderPolicies(rawPresets.map((raw, index) => parsePolicy(raw, `preset #${index}`)));
  return cache;
}

function orderPolicies(policies: readonly Policy[]): readonly Policy[] {
  const national = policies.filter((p) => p.kind === "national");
  const local = policies
    .filter((p) => p.kind !== "national")
    .sort((a, b) => a.label.localeCompare(b.label, "fr", { sensitivity: "base" }));
  return [...national, ...local];
}

export function findPolicy(id: string): Policy | undefined {
  return listPolicies().find((policy) => policy.id === id);
}

/** The preset with this id, or a French error listing the known ones. */
export function getPolicy(id: string): Policy {
  const policy = findPolicy(id);
  if (!policy) {
    throw new SpaserError("POLICY_UNKNOWN", {
      id,
      known: listPolicies()
        .map((p) => p.id)
        .join(", "),
    });
  }
  return policy;
}

export const DEFAULT_POLICY_ID = "national";
