import { defaultPolicySet } from './policy.fixtures.spec.js';
import { summarizePolicy } from './policy-summary.js';
import { type PolicySet } from './policy-set.js';

describe('summarizePolicy (what GET /policies lists)', () => {
  let set: PolicySet;
  beforeAll(async () => {
    set = await defaultPolicySet();
  });
  const summary = (id: string) => {
    const policy = set.inForce(id, '2024-06-01');
    if (!policy) throw new Error(id);
    return summarizePolicy(policy);
  };

  it('lists star tiers with their thresholds in minutes', () => {
    expect(summary('star-volunteer').tiers.map((tier) => [tier.id, tier.threshold])).toEqual([
      ['1-star', 6000],
      ['2-star', 18000],
      ['3-star', 36000],
      ['4-star', 60000],
      ['5-star', 90000],
    ]);
  });

  it('lists PVSA tiers per age band', () => {
    const adultsGold = summary('pvsa').tiers.find(
      (tier) => tier.id === 'gold' && tier.ageBand?.id === 'adults',
    );
    expect(adultsGold).toMatchObject({ threshold: 30000, ageBand: { minAge: 26, maxAge: null } });
    expect(summary('pvsa').tiers).toHaveLength(12);
  });

  it("shows a composite policy's single tier with its headline bar", () => {
    expect(summary('league-admission')).toMatchObject({
      version: 1,
      kind: 'all-of',
      window: null,
      tiers: [{ id: 'qualified', unit: 'points', threshold: 60 }],
    });
    expect(summary('school-service-credit').tiers).toEqual([
      { id: '1-credit', title: { zh: '1 学分', en: '1 credit' }, unit: 'minutes', threshold: 2880 },
    ]);
    expect(summary('points').tiers).toEqual([]);
  });
});
