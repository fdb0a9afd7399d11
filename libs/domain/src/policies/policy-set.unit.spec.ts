import { evaluateInForce } from './evaluate.js';
import { parsePolicy } from './parse-policy.js';
import { defaultPolicySet, entry, hours, inputOf, TZ } from './policy.fixtures.spec.js';
import { PolicySet } from './policy-set.js';
import { type Policy } from './policy.types.js';

const starVersion = (version: number, effectiveFrom: string, firstStarHours: number): Policy =>
  parsePolicy(
    {
      id: 'star-volunteer',
      version,
      effectiveFrom,
      title: { zh: '星级志愿者', en: 'Star volunteer' },
      kind: 'hours-tiers',
      window: { type: 'all-time' },
      tiers: [{ id: '1-star', title: { zh: '一星', en: 'One star' }, hours: firstStarHours }],
    },
    `star-volunteer.v${version}.json`,
  );

describe('PolicySet', () => {
  const set = PolicySet.of([starVersion(2, '2025-01-01', 80), starVersion(1, '2020-01-01', 100)]);

  it('product choice, versioned policy files in POLICIES_DIR: chooses the version whose effectiveFrom is on or before the date', () => {
    expect(set.inForce('star-volunteer', '2019-12-31')).toBeUndefined();
    expect(set.inForce('star-volunteer', '2020-01-01')?.version).toBe(1);
    expect(set.inForce('star-volunteer', '2024-12-31')?.version).toBe(1);
    expect(set.inForce('star-volunteer', '2025-01-01')?.version).toBe(2);
    expect(set.versions('star-volunteer').map((policy) => policy.version)).toEqual([1, 2]);
  });

  it('judges an instant by its date in the programme time zone', () => {
    expect(set.inForceAt('star-volunteer', '2024-12-31T16:00:00Z', TZ)?.version).toBe(2);
    expect(set.inForceAt('star-volunteer', '2024-12-31T15:59:59Z', TZ)?.version).toBe(1);
  });

  it('keeps answering past dates with the version in force then', () => {
    const entries = [entry('2024-06-01T09:00:00+08:00', hours(90))];
    const before = evaluateInForce(
      set,
      'star-volunteer',
      inputOf({ entries, asOf: '2024-12-31T23:00:00+08:00' }),
    );
    const after = evaluateInForce(
      set,
      'star-volunteer',
      inputOf({ entries, asOf: '2025-01-01T00:00:00+08:00' }),
    );
    expect(before).toMatchObject({ version: 1, eligible: false, missing: hours(10) });
    expect(after).toMatchObject({ version: 2, eligible: true, tier: '1-star' });
    expect(
      evaluateInForce(set, 'star-volunteer', inputOf({ entries, asOf: '2019-06-01T00:00:00+08:00' })),
    ).toBeUndefined();
  });

  it('lists the versions in force on a date', async () => {
    const defaults = await defaultPolicySet();
    expect(defaults.allInForce('2024-06-01').map((policy) => `${policy.id}@${policy.version}`)).toEqual([
      'league-admission@1',
      'points@1',
      'pvsa@1',
      'pvsa-lifetime@1',
      'registered-volunteer-annual@1',
      'school-service-credit@1',
      'star-volunteer@1',
    ]);
  });

  it('refuses two files with the same version, a later version that starts no later, or a changed kind', () => {
    expect(() => PolicySet.of([starVersion(1, '2020-01-01', 100), starVersion(1, '2021-01-01', 90)])).toThrow(
      'policy star-volunteer v1: $.version: the same id and version appear twice',
    );
    expect(() => PolicySet.of([starVersion(1, '2020-01-01', 100), starVersion(2, '2020-01-01', 90)])).toThrow(
      "policy star-volunteer v2: $.effectiveFrom: must be later than version 1's 2020-01-01",
    );
    const points = parsePolicy(
      {
        id: 'star-volunteer',
        version: 2,
        effectiveFrom: '2021-01-01',
        title: { zh: '积分', en: 'P' },
        kind: 'points',
        pointsPerHour: 1,
      },
      'x.json',
    );
    expect(() => PolicySet.of([starVersion(1, '2020-01-01', 100), points])).toThrow(
      'policy star-volunteer v2: $.kind: must stay hours-tiers',
    );
  });

  it('refuses a points condition naming a policy that is not a points policy', async () => {
    const defaults = await defaultPolicySet();
    const withoutPoints = defaults.all().filter((policy) => policy.id !== 'points');
    expect(() => PolicySet.of(withoutPoints)).toThrow(
      'policy league-admission v1: $.conditions[3].pointsPolicyId: names "points", which is not a points policy in the set',
    );
  });
});
