import { evaluate } from './evaluate.js';
import { type EvaluationInput } from './evaluation-input.js';
import { defaultPolicySet, eligibilityPolicy, entry, inputOf } from './policy.fixtures.spec.js';
import { type EligibilityPolicy } from './policy.types.js';

describe('evaluation input checks', () => {
  let star: EligibilityPolicy;
  beforeAll(async () => {
    star = eligibilityPolicy(await defaultPolicySet(), 'star-volunteer');
  });

  it.each([
    [
      'an asOf without offset',
      { asOf: '2024-12-31T12:00:00' },
      '$.asOf: must be an ISO 8601 instant with an offset',
    ],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, '$.timeZone: unknown time zone "Mars/Olympus"'],
    [
      'an impossible birth date',
      { volunteer: { volunteerId: 'v', birthDate: '2010-02-30', leagueStatus: 'none' } },
      '$.volunteer.birthDate: must be a calendar date',
    ],
    [
      'a birth date after the evaluation date',
      { volunteer: { volunteerId: 'v', birthDate: '2025-01-01', leagueStatus: 'none' } },
      '$.volunteer.birthDate: must not be after the evaluation date 2024-12-31',
    ],
    [
      'the same entry twice',
      {
        entries: [
          entry('2024-01-01T09:00:00+08:00', 60, { entryId: 'a' }),
          entry('2024-01-02T09:00:00+08:00', 60, { entryId: 'a' }),
        ],
      },
      '$.entries[1].entryId: duplicate entry "a"',
    ],
    [
      'fractional minutes',
      { entries: [entry('2024-01-01T09:00:00+08:00', 1.5)] },
      '$.entries[0].minutes: must be a whole number',
    ],
    [
      'negative minutes',
      { entries: [entry('2024-01-01T09:00:00+08:00', -5)] },
      '$.entries[0].minutes: must be between 0',
    ],
    [
      'an unreadable service time',
      { entries: [entry('yesterday', 60)] },
      '$.entries[0].servedAt: must be an ISO 8601 instant',
    ],
    ['negative honour points', { honourPoints: -1 }, '$.honourPoints: must be zero or more'],
    [
      'a period ending before it starts',
      { period: { from: '2024-05-01', to: '2024-04-30' } },
      '$.period.to: must not be before from',
    ],
  ] as [string, Partial<EvaluationInput>, string][])('refuses %s', (_, overrides, expected) => {
    expect(() => evaluate(star, inputOf(overrides))).toThrow(`evaluation input: ${expected}`);
  });
});
