import { evaluateCondition } from './condition.evaluate.js';
import { parseCondition } from './condition.parse.js';
import { type Determination } from './determination.js';
import { type EvaluationContext } from './evaluation-context.js';
import { type JsonObject } from './json-cursor.js';
import { POLICY_ID, parseLocalizedText, requireUnique } from './policy-fields.js';
import { PolicyValidationError } from './policy-validation.error.js';
import { type AllOfPolicy, type PolicyHeader } from './policy.types.js';
import { determinationOf } from './tiered-determination.js';

export const ALL_OF_FIELDS = { required: ['tier', 'headline', 'conditions'], optional: [] } as const;

export function parseAllOfPolicy(header: PolicyHeader, fields: JsonObject): AllOfPolicy {
  const tierFields = fields.get('tier').object(['id', 'title']);
  const items = fields.get('conditions').array(1);
  const conditions = items.map((item) => parseCondition(item));
  requireUnique(
    items.map((item) => item.child('name')),
    conditions.map((condition) => condition.name),
    'condition name',
  );
  const headlineCursor = fields.get('headline');
  const headline = headlineCursor.string();
  const named = conditions.find((condition) => condition.name === headline);
  // The headline is the figure `measured` reports, so it must be a quantity: minutes or points.
  if (named?.type !== 'hours' && named?.type !== 'points') {
    headlineCursor.fail('must name an hours or points condition of this policy');
  }
  return {
    ...header,
    kind: 'all-of',
    tier: { id: tierFields.get('id').string(POLICY_ID), title: parseLocalizedText(tierFields.get('title')) },
    headline,
    conditions,
  };
}

/** Eligible when every condition holds; the headline condition supplies measured, threshold and evidence. */
export function evaluateAllOf(policy: AllOfPolicy, context: EvaluationContext): Determination {
  const target = context.input.targetTier;
  if (target !== undefined && target !== policy.tier.id) {
    throw new PolicyValidationError(
      'evaluation input',
      '$.targetTier',
      `no tier ${JSON.stringify(target)}; expected ${policy.tier.id}`,
    );
  }
  const conditions = policy.conditions.map((condition, index) =>
    evaluateCondition(policy, index, condition, context),
  );
  const headline = conditions.find((condition) => condition.name === policy.headline);
  const unit = headline?.unit;
  if (!headline || typeof headline.measured !== 'number' || headline.threshold.atLeast === undefined) {
    throw new Error(`policy ${policy.id} v${policy.version}: headline ${policy.headline} is not a quantity`);
  }
  if (unit !== 'minutes' && unit !== 'points') throw new Error(`policy ${policy.id}: headline unit ${unit}`);
  const eligible = conditions.every((condition) => condition.met);
  const missing = headline.missing ?? 0;
  return determinationOf(
    policy,
    context,
    {
      eligible,
      tier: eligible ? policy.tier.id : null,
      unit,
      measured: headline.measured,
      threshold: headline.threshold.atLeast,
      missing,
      evidence: headline.evidence,
      nextTier: eligible ? null : { tier: policy.tier.id, threshold: headline.threshold.atLeast, missing },
      period: headline.period ?? null,
    },
    conditions,
  );
}
