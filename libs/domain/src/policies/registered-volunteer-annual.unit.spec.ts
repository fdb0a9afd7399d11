import { evaluate } from './evaluate.js';
import { defaultPolicySet, eligibilityPolicy, entry, hours, inputOf } from './policy.fixtures.spec.js';
import { type EligibilityPolicy } from './policy.types.js';

describe("registered volunteer's annual service (20 hours in a calendar year)", () => {
  let annual: EligibilityPolicy;
  beforeAll(async () => {
    annual = eligibilityPolicy(await defaultPolicySet(), 'registered-volunteer-annual');
  });

  it.each([
    [hours(20) - 1, false, 1],
    [hours(20), true, 0],
    [hours(20) + 1, true, 0],
  ])('with %i minutes in the year: eligible %s, missing %i', (minutes, eligible, missing) => {
    const result = evaluate(annual, inputOf({ entries: [entry('2024-03-01T09:00:00+08:00', minutes)] }));
    expect(result).toMatchObject({ eligible, missing, threshold: hours(20), tier: eligible ? 'met' : null });
  });

  it('中国注册志愿者管理办法 (2013), 20 hours a year: counts the calendar year of asOf on the Shanghai calendar', () => {
    const entries = [
      entry('2024-01-01T00:30:00+08:00', hours(10), { entryId: 'first-minutes-of-2024' }),
      entry('2023-12-31T23:30:00+08:00', hours(10), { entryId: 'last-minutes-of-2023' }),
      entry('2024-12-31T23:59:00+08:00', hours(10), { entryId: 'new-years-eve' }),
    ];
    const result = evaluate(annual, inputOf({ entries, asOf: '2024-12-31T23:59:00+08:00' }));
    expect(result).toMatchObject({
      measured: hours(20),
      eligible: true,
      period: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(result.evidence).toEqual(['first-minutes-of-2024', 'new-years-eve']);
  });

  it('evaluates a requested past year, and a year in progress only up to asOf', () => {
    const entries = [
      entry('2023-06-01T09:00:00+08:00', hours(25), { entryId: 'y2023' }),
      entry('2024-06-01T09:00:00+08:00', hours(5), { entryId: 'y2024' }),
      entry('2024-11-01T09:00:00+08:00', hours(30), { entryId: 'later-2024' }),
    ];
    const asOf = '2024-07-01T00:00:00+08:00';
    expect(evaluate(annual, inputOf({ entries, asOf, year: 2023 }))).toMatchObject({
      eligible: true,
      measured: hours(25),
      period: { from: '2023-01-01', to: '2023-12-31' },
    });
    expect(evaluate(annual, inputOf({ entries, asOf }))).toMatchObject({
      eligible: false,
      measured: hours(5),
      missing: hours(15),
      period: { from: '2024-01-01', to: '2024-07-01' },
    });
  });
});
