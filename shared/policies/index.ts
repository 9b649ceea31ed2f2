export * from "./schema";
export { parsePolicy, describeIssues } from "./validate";
export { listPolicies, findPolicy, getPolicy, DEFAULT_POLICY_ID } from "./registry";
export { environmentalRuleFor, type EnvironmentalWeightRule } from "./environmental-rule";
export { describeSource } from "./describe-source";
