import { assertUnreachable } from '../shared/errors.js';
import { type LeagueStatus } from '../volunteer/volunteer.events.js';
import { type ConditionResult } from './determination.js';
import { type EvaluationContext, minutesInPeriod } from './evaluation-context.js';
import { pointsInCents } from './points.calculator.js';
import { PolicyValidationError } from './policy-validation.error.js';
import {
  type AgeCondition,
  type AllOfPolicy,
  type PolicyCondition,
  type LeagueStatusCondition,
} from './policy.types.js';
import { resolveWindow } from './service-window.js';

export function evaluateCondition(
  policy: AllOfPolicy,
  index: number,
  condition: PolicyCondition,
  context: EvaluationContext,
): ConditionResult {
  switch (condition.type) {
    case 'age':
      return ageResult(condition, context.age);
    case 'league-status':
      return leagueStatusResult(condition, context.input.volunteer.leagueStatus);
    case 'hours': {
      const period = resolveWindow(condition.window, context.evaluationDate, context.overrides);
      const counted = minutesInPeriod(context, period, condition.categories);
      const missing = Math.max(0, condition.minutes - counted.minutes);
      return {
        name: condition.name,
        met: missing === 0,
        unit: 'minutes',
        measured: counted.minutes,
        threshold: { atLeast: condition.minutes },
        missing,
        evidence: counted.evidence,
        period,
      };
    }
    case 'points': {
      const policies = context.input.pointsPolicies;
      if (!policies) {
        throw new PolicyValidationError(
          `policy ${policy.id} v${policy.version}`,
          `$.conditions[${index}].pointsPolicyId`,
          `evaluation needs pointsPolicies holding ${JSON.stringify(condition.pointsPolicyId)}`,
        );
      }
      const { cents, breakdown } = pointsInCents(
        context.entries,
        policies,
        condition.pointsPolicyId,
        context.honourCents,
      );
      const minimumCents = Math.round(condition.minimum * 100);
      const missingCents = Math.max(0, minimumCents - cents);
      return {
        name: condition.name,
        met: missingCents === 0,
        unit: 'points',
        measured: cents / 100,
        threshold: { atLeast: condition.minimum },
        missing: missingCents / 100,
        evidence: breakdown.buckets.flatMap((bucket) => bucket.entryIds),
      };
    }
    default:
      return assertUnreachable(condition);
  }
}

function ageResult(condition: AgeCondition, age: number): ConditionResult {
  const tooYoung = condition.minAge !== null && age < condition.minAge;
  const tooOld = condition.maxAge !== null && age > condition.maxAge;
  return {
    name: condition.name,
    met: !tooYoung && !tooOld,
    unit: 'years',
    measured: age,
    threshold: {
      ...(condition.minAge === null ? {} : { atLeast: condition.minAge }),
      ...(condition.maxAge === null ? {} : { atMost: condition.maxAge }),
    },
    // Youth passes with time; age past the bound never comes back.
    missing: tooOld ? null : tooYoung && condition.minAge !== null ? condition.minAge - age : 0,
    evidence: [],
  };
}

function leagueStatusResult(condition: LeagueStatusCondition, status: LeagueStatus): ConditionResult {
  const met = condition.in ? condition.in.includes(status) : !(condition.notIn ?? []).includes(status);
  return {
    name: condition.name,
    met,
    unit: 'status',
    measured: status,
    threshold: condition.in ? { oneOf: condition.in } : { noneOf: condition.notIn ?? [] },
    missing: met ? 0 : null,
    evidence: [],
  };
}
