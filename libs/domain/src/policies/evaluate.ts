import { assertUnreachable } from '../shared/errors.js';
import { evaluateAllOf } from './all-of.policy.js';
import { type Determination } from './determination.js';
import { type EvaluationContext, evaluationContext } from './evaluation-context.js';
import { type EvaluationInput } from './evaluation-input.js';
import { evaluateHoursTiersByAge } from './hours-tiers-by-age.policy.js';
import { evaluateHoursTiers } from './hours-tiers.policy.js';
import { type PolicySet } from './policy-set.js';
import { type EligibilityPolicy, isEligibilityPolicy } from './policy.types.js';
import { evaluateServiceCredits } from './service-credits.policy.js';

/** One policy version's answer for one volunteer. Pure: same policy and input, same determination. */
export function evaluate(policy: EligibilityPolicy, input: EvaluationInput): Determination {
  return evaluateIn(policy, evaluationContext(input));
}

/**
 * Several policy versions' answers for one input, the input checked and dated once: what judging a
 * volunteer under every policy in force costs, instead of once per policy.
 */
export function evaluateEach(
  policies: readonly EligibilityPolicy[],
  input: EvaluationInput,
): Determination[] {
  if (policies.length === 0) return [];
  const context = evaluationContext(input);
  return policies.map((policy) => evaluateIn(policy, context));
}

function evaluateIn(policy: EligibilityPolicy, context: EvaluationContext): Determination {
  switch (policy.kind) {
    case 'hours-tiers':
      return evaluateHoursTiers(policy, context);
    case 'hours-tiers-by-age':
      return evaluateHoursTiersByAge(policy, context);
    case 'service-credits':
      return evaluateServiceCredits(policy, context);
    case 'all-of':
      return evaluateAllOf(policy, context);
    default:
      return assertUnreachable(policy);
  }
}

/**
 * The answer of the version in force on the evaluation date, so a later version never changes an earlier
 * answer. Undefined when no version was in force yet, or the id names a points policy (nothing to be
 * eligible for). Points conditions find their points policy in the same set.
 */
export function evaluateInForce(
  policies: PolicySet,
  policyId: string,
  input: EvaluationInput,
): Determination | undefined {
  const context = evaluationContext({ pointsPolicies: policies, ...input });
  const policy = policies.inForce(policyId, context.evaluationDate);
  if (!policy || !isEligibilityPolicy(policy)) return undefined;
  return evaluateIn(policy, context);
}
