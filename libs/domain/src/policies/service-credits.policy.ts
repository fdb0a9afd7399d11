import { type ConditionResult, type Determination } from './determination.js';
import { type EvaluationContext, minutesInPeriod } from './evaluation-context.js';
import { type JsonObject } from './json-cursor.js';
import { parseCategories } from './policy-fields.js';
import { type PolicyHeader, type ServiceCreditsPolicy, type PolicyTier } from './policy.types.js';
import { parseWindow, resolveWindow } from './service-window.js';
import { determinationOf } from './tiered-determination.js';
import { decideTiers } from './tiers.js';

export const SERVICE_CREDITS_FIELDS = {
  required: ['window', 'requiredMinutes', 'minutesPerCredit', 'maxCredits'],
  optional: ['categories'],
} as const;

export function parseServiceCreditsPolicy(header: PolicyHeader, fields: JsonObject): ServiceCreditsPolicy {
  return {
    ...header,
    kind: 'service-credits',
    window: parseWindow(fields.get('window')),
    ...parseCategories(fields),
    requiredMinutes: fields.get('requiredMinutes').integer(1),
    minutesPerCredit: fields.get('minutesPerCredit').integer(1),
    maxCredits: fields.get('maxCredits').integer(1, 100),
  };
}

/** Credit tiers are implied: "k-credit" at k × minutesPerCredit, up to the cap. */
export function creditTiers(policy: ServiceCreditsPolicy): PolicyTier[] {
  return Array.from({ length: policy.maxCredits }, (_, index) => {
    const credits = index + 1;
    return {
      id: `${credits}-credit`,
      title: { zh: `${credits} 学分`, en: `${credits} credit${credits === 1 ? '' : 's'}` },
      minutes: credits * policy.minutesPerCredit,
    };
  });
}

/**
 * Eligibility is the school's requirement (`requiredMinutes`) unless a credit tier is asked for; the
 * credits earned are reported either way, capped at `maxCredits` for the window.
 */
export function evaluateServiceCredits(
  policy: ServiceCreditsPolicy,
  context: EvaluationContext,
): Determination {
  const period = resolveWindow(policy.window, context.evaluationDate, context.overrides);
  const counted = minutesInPeriod(context, period, policy.categories);
  const credits = Math.min(policy.maxCredits, Math.floor(counted.minutes / policy.minutesPerCredit));
  const decision = decideTiers(creditTiers(policy), counted.minutes, context.input.targetTier);
  const threshold = context.input.targetTier === undefined ? policy.requiredMinutes : decision.goal.minutes;
  const missing = Math.max(0, threshold - counted.minutes);
  const hours: ConditionResult = {
    name: 'hours',
    met: missing === 0,
    unit: 'minutes',
    measured: counted.minutes,
    threshold: { atLeast: threshold },
    missing,
    evidence: counted.evidence,
    period,
  };
  return determinationOf(
    policy,
    context,
    {
      eligible: hours.met,
      tier: decision.reached?.id ?? null,
      unit: 'minutes',
      measured: counted.minutes,
      threshold,
      missing,
      evidence: counted.evidence,
      nextTier: decision.next,
      period,
      credits,
    },
    [hours],
  );
}
