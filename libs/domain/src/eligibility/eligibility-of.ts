import { calendarDate } from '../shared/time.js';
import { DomainError } from '../shared/errors.js';
import { type Determination } from '../policies/determination.js';
import { evaluateEach } from '../policies/evaluate.js';
import { type EvaluationInput } from '../policies/evaluation-input.js';
import {
  DEFAULT_POINTS_POLICY_ID,
  honourPointsFor,
  type GrantedHonour,
} from '../policies/points.calculator.js';
import { type PolicySet } from '../policies/policy-set.js';
import { summarizePolicy } from '../policies/policy-summary.js';
import { type EligibilityPolicy, isEligibilityPolicy } from '../policies/policy.types.js';

export interface EligibilityQuestion extends Omit<EvaluationInput, 'pointsPolicies' | 'honourPoints'> {
  /** Honours granted and not revoked by the evaluation instant: they may carry points. */
  readonly honours?: readonly GrantedHonour[];
}

/** The eligibility policies in force on a calendar date, or the one named (refused when unknown). */
export function eligibilityPoliciesInForce(
  policies: PolicySet,
  date: string,
  policyId?: string,
): EligibilityPolicy[] {
  if (policyId === undefined) return policies.allInForce(date).filter(isEligibilityPolicy);
  return [requireEligibilityPolicy(policies, policyId, date)];
}

export function requireEligibilityPolicy(
  policies: PolicySet,
  policyId: string,
  date: string,
): EligibilityPolicy {
  const policy = policies.inForce(policyId, date);
  if (!policy || !isEligibilityPolicy(policy)) {
    throw new DomainError(
      'POLICY_NOT_FOUND',
      `no award policy ${JSON.stringify(policyId)} is in force on ${date}`,
      'policy',
    );
  }
  return policy;
}

/** Refuses a tier the policy version does not have, before the engine is asked about it. */
export function requireTier(policy: EligibilityPolicy, tier: string, field = 'tier'): string {
  const tiers = [...new Set(summarizePolicy(policy).tiers.map((candidate) => candidate.id))];
  if (!tiers.includes(tier)) {
    throw new DomainError(
      'TIER_NOT_FOUND',
      `${policy.id} v${policy.version} has no tier ${JSON.stringify(tier)}; its tiers are ${tiers.join(', ')}`,
      field,
    );
  }
  return tier;
}

/**
 * One policy's determination for a question, with the points of honours already granted. The volunteer's
 * birth date after the evaluation date is a bad question (asOf before the volunteer was born), not a crash.
 */
export function determine(
  policies: PolicySet,
  policy: EligibilityPolicy,
  question: EligibilityQuestion,
): Determination {
  const [determination] = determineEach(policies, [policy], question);
  if (!determination) throw new Error(`no determination for ${policy.id}`);
  return determination;
}

/** `determine` for several policies at once, in their order; the question is checked and dated once. */
export function determineEach(
  policies: PolicySet,
  list: readonly EligibilityPolicy[],
  question: EligibilityQuestion,
): Determination[] {
  const evaluationDate = calendarDate(question.asOf, question.timeZone);
  if (question.volunteer.birthDate > evaluationDate) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${evaluationDate} is before volunteer ${question.volunteer.volunteerId} was born`,
      'asOf',
    );
  }
  if (question.targetTier !== undefined) {
    const tier = question.targetTier;
    list.forEach((policy) => requireTier(policy, tier));
  }
  const { honours = [], ...input } = question;
  const hasPoints = policies.versions(DEFAULT_POINTS_POLICY_ID).length > 0;
  const honourPoints =
    hasPoints && honours.length > 0 ? honourPointsFor(honours, policies, { timeZone: question.timeZone }) : 0;
  return evaluateEach(list, { ...input, pointsPolicies: policies, honourPoints });
}

/** What a refusal says is missing: the bar, the figure, and each unmet condition. */
export function describeShortfall(determination: Determination, tier: string): string {
  const { policyId, version, unit, measured, threshold, missing } = determination;
  const unmet = determination.unmet
    .map((condition) =>
      condition.missing === null
        ? `${condition.name} (cannot be met by more service)`
        : `${condition.name} (${condition.missing} ${condition.unit} missing)`,
    )
    .join(', ');
  const bar = threshold === null ? 'no tier applies' : `${measured} of ${threshold} ${unit}`;
  const short = missing === null ? '' : `, ${missing} ${unit} missing`;
  return `not eligible for ${policyId} v${version} tier ${tier}: ${bar}${short}; unmet: ${unmet || 'none'}`;
}
