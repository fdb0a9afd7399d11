import { type ConditionResult, type CountedPeriod, type Determination } from './determination.js';
import { type EvaluationContext, type MinutesInPeriod } from './evaluation-context.js';
import { type EligibilityPolicy, type PolicySource, type PolicyTier } from './policy.types.js';
import { decideTiers } from './tiers.js';

type DeterminationBody = Omit<
  Determination,
  'policyId' | 'version' | 'kind' | 'sources' | 'asOf' | 'conditions' | 'unmet'
>;

const NO_SOURCES: readonly PolicySource[] = Object.freeze([]);

/**
 * A determination: the policy version's head, the figures, and the conditions with those not met.
 * Properties are written out one by one: spreading parts into the literal made V8 build each
 * determination many times more slowly, and the publisher judges every volunteer after every change.
 */
export function determinationOf(
  policy: EligibilityPolicy,
  context: EvaluationContext,
  body: DeterminationBody,
  conditions: readonly ConditionResult[],
): Determination {
  const determination: { -readonly [K in keyof Determination]: Determination[K] } = {
    policyId: policy.id,
    version: policy.version,
    kind: policy.kind,
    sources: policy.sources ?? NO_SOURCES,
    asOf: context.input.asOf,
    eligible: body.eligible,
    tier: body.tier,
    unit: body.unit,
    measured: body.measured,
    threshold: body.threshold,
    missing: body.missing,
    evidence: body.evidence,
    nextTier: body.nextTier,
    period: body.period,
    conditions,
    unmet: conditions.filter((condition) => !condition.met),
  };
  if (body.ageBand !== undefined) determination.ageBand = body.ageBand;
  if (body.credits !== undefined) determination.credits = body.credits;
  return determination;
}

/** Minutes counted in a period, judged against ascending tiers. */
export function tieredDetermination(
  policy: EligibilityPolicy,
  context: EvaluationContext,
  period: CountedPeriod,
  counted: MinutesInPeriod,
  tiers: readonly PolicyTier[],
  before: readonly ConditionResult[] = [],
  ageBand?: string,
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
  const determination = determinationOf(
    policy,
    context,
    {
      eligible: conditions.every((condition) => condition.met),
      tier: decision.reached?.id ?? null,
      unit: 'minutes',
      measured: counted.minutes,
      threshold: decision.goal.minutes,
      missing: decision.missing,
      evidence: counted.evidence,
      nextTier: decision.next,
      period,
    },
    conditions,
  );
  return ageBand === undefined ? determination : Object.assign(determination, { ageBand });
}
