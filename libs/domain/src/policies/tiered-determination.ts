import { type ConditionResult, type CountedPeriod, type Determination } from './determination.js';
import { type EvaluationContext, type MinutesInPeriod } from './evaluation-context.js';
import { type EligibilityPolicy, type PolicyTier } from './policy.types.js';
import { decideTiers } from './tiers.js';

/** The parts every determination shares, taken from the policy version and the evaluation. */
export function determinationHead(
  policy: EligibilityPolicy,
  context: EvaluationContext,
): Pick<Determination, 'policyId' | 'version' | 'kind' | 'asOf'> {
  return { policyId: policy.id, version: policy.version, kind: policy.kind, asOf: context.input.asOf };
}

export function withUnmet(
  conditions: readonly ConditionResult[],
): Pick<Determination, 'conditions' | 'unmet'> {
  return { conditions, unmet: conditions.filter((condition) => !condition.met) };
}

/** Minutes counted in a period, judged against ascending tiers. */
export function tieredDetermination(
  policy: EligibilityPolicy,
  context: EvaluationContext,
  period: CountedPeriod,
  counted: MinutesInPeriod,
  tiers: readonly PolicyTier[],
  before: readonly ConditionResult[] = [],
): Determination {
  const decision = decideTiers(tiers, counted.minutes, context.input.targetTier);
  const hours: ConditionResult = {
    name: 'hours',
    met: decision.eligible,
    unit: 'minutes',
    measured: counted.minutes,
    threshold: { atLeast: decision.goal.minutes },
    missing: decision.missing,
    evidence: counted.evidence,
    period,
  };
  const conditions = [...before, hours];
  return {
    ...determinationHead(policy, context),
    eligible: conditions.every((condition) => condition.met),
    tier: decision.reached?.id ?? null,
    unit: 'minutes',
    measured: counted.minutes,
    threshold: decision.goal.minutes,
    missing: decision.missing,
    evidence: counted.evidence,
    nextTier: decision.next,
    period,
    ...withUnmet(conditions),
  };
}
