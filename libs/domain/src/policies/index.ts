export * from './policy.types.js';
export * from './policy-validation.error.js';
export { parsePolicy } from './parse-policy.js';
export { formatPolicySource, type ProvenanceOptions } from './policy-sources.js';
export { PolicySet } from './policy-set.js';
export type * from './evaluation-input.js';
export * from './determination.js';
export { evaluate, evaluateEach, evaluateInForce } from './evaluate.js';
export {
  DEFAULT_POINTS_POLICY_ID,
  honourPointsFor,
  pointsFor,
  versionCents,
  type GrantedHonour,
  type PointsBreakdown,
  type PointsBucket,
  type PointsOptions,
} from './points.calculator.js';
export { creditTiers } from './service-credits.policy.js';
export { summarizePolicy, type PolicySummary, type PolicyTierSummary } from './policy-summary.js';
export { necessaryService, type NecessaryService } from './necessary-service.js';
