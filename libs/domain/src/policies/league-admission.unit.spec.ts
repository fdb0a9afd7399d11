import { evaluate, evaluateInForce } from './evaluate.js';
import { parsePolicy } from './parse-policy.js';
import { defaultPolicySet, eligibilityPolicy, entry, hours, inputOf } from './policy.fixtures.spec.js';
import { PolicySet } from './policy-set.js';
import { type EligibilityPolicy } from './policy.types.js';
import { type EvaluationInput } from './evaluation-input.js';

describe('league admission by points (积分入团)', () => {
  let set: PolicySet;
  let league: EligibilityPolicy;
  beforeAll(async () => {
    set = await defaultPolicySet();
    league = eligibilityPolicy(set, 'league-admission');
  });

  const recent = (minutes: number, entryId = 'recent') =>
    entry('2024-10-01T09:00:00+08:00', minutes, { entryId });
  const judge = (overrides: Partial<EvaluationInput>) =>
    evaluate(league, inputOf({ pointsPolicies: set, ...overrides }));
  const unmetNames = (overrides: Partial<EvaluationInput>) =>
    judge(overrides).unmet.map((condition) => condition.name);

  it('积分入团 practice, 20 hours in 12 months and a points bar: qualifies an 18-year-old non-member with 30 recent hours (60 points)', () => {
    const result = judge({ entries: [recent(hours(30))] });
    expect(result).toMatchObject({
      policyId: 'league-admission',
      version: 1,
      eligible: true,
      tier: 'qualified',
      unit: 'points',
      measured: 60,
      threshold: 60,
      missing: 0,
      evidence: ['recent'],
      nextTier: null,
      unmet: [],
    });
    expect(result.conditions.map((condition) => [condition.name, condition.met])).toEqual([
      ['age', true],
      ['leagueStatus', true],
      ['minimumHours', true],
      ['points', true],
    ]);
  });

  it('floors points to hundredths: one minute under 30 hours is 59.96 points', () => {
    expect(judge({ entries: [recent(hours(30) - 1)] })).toMatchObject({
      eligible: false,
      measured: 59.96,
      missing: 0.04,
      nextTier: { tier: 'qualified', threshold: 60, missing: 0.04 },
    });
    expect(judge({ entries: [recent(hours(30) + 1)] })).toMatchObject({ eligible: true, measured: 60.03 });
  });

  it('adds the points carried by honours', () => {
    expect(judge({ entries: [recent(hours(29))] }).eligible).toBe(false);
    expect(judge({ entries: [recent(hours(29))], honourPoints: 2 })).toMatchObject({
      eligible: true,
      measured: 60,
    });
  });

  it('counts points over all time but the 20 hours only within the last 12 months', () => {
    const entries = [
      entry('2020-06-01T09:00:00+08:00', hours(100), { entryId: 'old' }),
      recent(hours(20) - 1),
    ];
    const result = judge({ entries });
    expect(result).toMatchObject({ eligible: false, measured: 239.96, missing: 0 });
    expect(result.unmet).toEqual([
      {
        name: 'minimumHours',
        met: false,
        unit: 'minutes',
        measured: 1199,
        threshold: { atLeast: 1200 },
        missing: 1,
        evidence: ['recent'],
        period: { from: '2024-01-01', to: '2024-12-31' },
      },
    ]);
  });

  it('draws the 12-month window on the Shanghai calendar', () => {
    const base = [entry('2020-06-01T09:00:00+08:00', hours(100)), recent(hours(19))];
    const inside = entry('2024-01-01T00:30:00+08:00', 60, { entryId: 'inside' });
    const outside = entry('2023-12-31T23:30:00+08:00', 60, { entryId: 'outside' });
    expect(unmetNames({ entries: [...base, inside] })).toEqual([]);
    // In UTC both fall on 2023-12-31; on the programme's calendar only the first is inside.
    expect(unmetNames({ entries: [...base, outside] })).toEqual(['minimumHours']);
  });

  describe('age 14 to 28 at the evaluation date', () => {
    const enough = [entry('2024-05-01T09:00:00+08:00', hours(30))];
    const ageFor = (birthDate: string, asOf = '2024-12-31T12:00:00+08:00') =>
      judge({ entries: enough, asOf, volunteer: { volunteerId: 'v', birthDate, leagueStatus: 'none' } });

    it('admits on the 14th birthday, not the day before', () => {
      expect(ageFor('2010-12-31').eligible).toBe(true);
      expect(ageFor('2011-01-01').unmet).toEqual([
        expect.objectContaining({
          name: 'age',
          measured: 13,
          threshold: { atLeast: 14, atMost: 28 },
          missing: 1,
        }),
      ]);
    });

    it('团章 第一条, ages 14 to 28: admits through the last day of 28, not on the 29th birthday', () => {
      expect(ageFor('1996-01-01').eligible).toBe(true);
      expect(ageFor('1995-12-31').unmet).toEqual([
        expect.objectContaining({ name: 'age', measured: 29, missing: null }),
      ]);
    });

    it('takes the birthday on the Shanghai date of asOf', () => {
      // 16:30 UTC on the 19th is already the 20th in Shanghai.
      expect(ageFor('2010-05-20', '2024-05-19T16:30:00Z').eligible).toBe(true);
      expect(ageFor('2010-05-20', '2024-05-19T15:30:00Z').eligible).toBe(false);
    });
  });

  it('refuses league members and accepts applicants', () => {
    const entries = [recent(hours(30))];
    const member = judge({
      entries,
      volunteer: { volunteerId: 'v', birthDate: '2006-05-20', leagueStatus: 'member' },
    });
    expect(member.unmet).toEqual([
      expect.objectContaining({
        name: 'leagueStatus',
        measured: 'member',
        threshold: { noneOf: ['member'] },
        missing: null,
      }),
    ]);
    const applicant = judge({
      entries,
      volunteer: { volunteerId: 'v', birthDate: '2006-05-20', leagueStatus: 'applicant' },
    });
    expect(applicant.eligible).toBe(true);
  });

  it('prices each hour with the points version in force when it was served', () => {
    const v2 = parsePolicy(
      {
        id: 'points',
        version: 2,
        effectiveFrom: '2024-07-01',
        title: { zh: '积分', en: 'Points' },
        kind: 'points',
        pointsPerHour: 3,
      },
      'points.v2.json',
    );
    const withV2 = PolicySet.of([...set.all(), v2]);
    const entries = [
      entry('2024-06-30T23:30:00+08:00', hours(10), { entryId: 'before' }),
      entry('2024-07-01T00:30:00+08:00', hours(10), { entryId: 'after' }),
    ];
    const result = evaluate(league, inputOf({ entries, pointsPolicies: withV2 }));
    expect(result.measured).toBe(20 + 30);
    expect(result.evidence).toEqual(['before', 'after']);
  });

  it('needs the points policy to evaluate, and says where it is named', () => {
    expect(() => evaluate(league, inputOf({ entries: [recent(60)] }))).toThrow(
      'policy league-admission v1: $.conditions[3].pointsPolicyId: evaluation needs pointsPolicies holding "points"',
    );
    expect(
      evaluateInForce(set, 'league-admission', inputOf({ entries: [recent(hours(30))] }))?.eligible,
    ).toBe(true);
  });
});
