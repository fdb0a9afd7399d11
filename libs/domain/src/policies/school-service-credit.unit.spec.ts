import { evaluate } from './evaluate.js';
import { parsePolicy } from './parse-policy.js';
import { defaultPolicySet, eligibilityPolicy, entry, hours, inputOf } from './policy.fixtures.spec.js';
import { type EligibilityPolicy } from './policy.types.js';

describe('school service credit (48 hours in an academic year = 1 credit, at most 1)', () => {
  let credit: EligibilityPolicy;
  beforeAll(async () => {
    credit = eligibilityPolicy(await defaultPolicySet(), 'school-service-credit');
  });

  it.each([
    [hours(48) - 1, false, 0, null],
    [hours(48), true, 1, '1-credit'],
    [hours(48) + 1, true, 1, '1-credit'],
    [hours(200), true, 1, '1-credit'],
  ])('with %i minutes: eligible %s, %i credit(s)', (minutes, eligible, credits, tier) => {
    const result = evaluate(credit, inputOf({ entries: [entry('2024-10-01T09:00:00+08:00', minutes)] }));
    expect(result).toMatchObject({
      eligible,
      credits,
      tier,
      threshold: hours(48),
      missing: Math.max(0, hours(48) - minutes),
    });
    expect(result.nextTier).toEqual(
      credits === 1 ? null : { tier: '1-credit', threshold: hours(48), missing: hours(48) - minutes },
    );
  });

  it('第二课堂成绩单, a school rule of 48 hours a year for 1 credit: runs the academic year from 1 September on the Shanghai calendar', () => {
    const entries = [
      entry('2024-08-31T23:30:00+08:00', hours(24), { entryId: 'summer' }),
      entry('2024-09-01T00:30:00+08:00', hours(24), { entryId: 'first-day' }),
      entry('2025-08-31T23:00:00+08:00', hours(24), { entryId: 'last-day' }),
    ];
    const atYearEnd = evaluate(credit, inputOf({ entries, asOf: '2025-08-31T23:59:00+08:00' }));
    expect(atYearEnd).toMatchObject({
      measured: hours(48),
      eligible: true,
      period: { from: '2024-09-01', to: '2025-08-31' },
    });
    expect(atYearEnd.evidence).toEqual(['first-day', 'last-day']);

    const previousYear = evaluate(credit, inputOf({ entries, asOf: '2024-08-31T23:59:00+08:00' }));
    expect(previousYear).toMatchObject({
      measured: hours(24),
      period: { from: '2023-09-01', to: '2024-08-31' },
    });
    expect(
      evaluate(credit, inputOf({ entries, asOf: '2025-09-01T08:00:00+08:00', year: 2024 })).measured,
    ).toBe(hours(48));
  });

  it("takes a school's date range in place of the academic year", () => {
    const entries = [
      entry('2024-03-01T09:00:00+08:00', hours(30)),
      entry('2024-10-01T09:00:00+08:00', hours(30)),
    ];
    const result = evaluate(credit, inputOf({ entries, period: { from: '2024-01-01', to: '2024-06-30' } }));
    expect(result).toMatchObject({
      measured: hours(30),
      eligible: false,
      period: { from: '2024-01-01', to: '2024-06-30' },
    });
  });

  it('separates the requirement (requiredMinutes) from the credit conversion', () => {
    const lenient = parsePolicy(
      {
        id: 'school-40h',
        version: 1,
        effectiveFrom: '2024-01-01',
        title: { zh: '四十小时', en: 'Forty hours' },
        kind: 'service-credits',
        window: { type: 'academic-year' },
        requiredMinutes: 2400,
        minutesPerCredit: 2880,
        maxCredits: 2,
      },
      'school-40h.json',
    ) as EligibilityPolicy;
    const at40 = evaluate(lenient, inputOf({ entries: [entry('2024-10-01T09:00:00+08:00', hours(40))] }));
    expect(at40).toMatchObject({ eligible: true, credits: 0, tier: null, threshold: 2400, missing: 0 });
    expect(at40.nextTier).toEqual({ tier: '1-credit', threshold: 2880, missing: hours(8) });
    const at100 = evaluate(
      lenient,
      inputOf({ entries: [entry('2024-10-01T09:00:00+08:00', hours(100))], targetTier: '2-credit' }),
    );
    expect(at100).toMatchObject({
      eligible: true,
      credits: 2,
      tier: '2-credit',
      threshold: 5760,
      nextTier: null,
    });
  });
});
