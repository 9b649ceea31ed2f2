import { SpaserError } from "../errors";
import type { Policy } from "./schema";
import { parsePolicy } from "./validate";
import national from "./presets/national.json";

// The embedded presets, validated once at first use: a malformed file fails loudly with the field named.
const rawPresets: readonly unknown[] = [national];

let cache: readonly Policy[] | undefined;

/** All embedded presets, national first. */
export function listPolicies(): readonly Policy[] {
  cache ??= rawPresets.map((raw, index) => parsePolicy(raw, `preset #${index}`));
  return cache;
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
