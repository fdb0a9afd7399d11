import { evaluate } from './evaluate.js';
import { necessaryService } from './necessary-service.js';
import { defaultPolicySet, eligibilityPolicy, entry, hours, inputOf } from './policy.fixtures.spec.js';
import { type PolicySet } from './policy-set.js';

describe('the service every eligible volunteer must have (narrows an eligibility count)', () => {
  let set: PolicySet;
  beforeAll(async () => {
    set = await defaultPolicySet();
  });

  it('积分入团 practice, 20 hours in the last 12 months: the league-admission policy needs 1,200 minutes in the trailing year', () => {
    expect(necessaryService(eligibilityPolicy(set, 'league-admission'), '2024-12-31')).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      minutes: 1200,
    });
  });

  it('星级志愿者 practice, tiers by all-time hours: a tiered policy names no single necessary service', () => {
    expect(necessaryService(eligibilityPolicy(set, 'star-volunteer'), '2024-12-31')).toBeUndefined();
  });

  it('is necessary: 19 hours 59 minutes in the window never qualify, whatever the points', () => {
    const league = eligibilityPolicy(set, 'league-admission');
    const needed = necessaryService(league, '2024-12-31');
    const justShort = entry('2024-06-01T09:00:00+08:00', (needed?.minutes ?? 0) - 1, { entryId: 'short' });
    const plenty = entry('2023-06-01T09:00:00+08:00', hours(200), { entryId: 'earlier' });
    const result = evaluate(league, inputOf({ pointsPolicies: set, entries: [plenty, justShort] }));
    expect(result.eligible).toBe(false);
    expect(result.unmet.map((condition) => condition.name)).toContain('minimumHours');
  });
});
