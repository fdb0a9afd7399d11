import { parsePolicy } from './parse-policy.js';
import { DEFAULT_POLICY_FILES, loadDefaultPolicyJson } from './policy.fixtures.spec.js';
import { PolicyValidationError } from './policy-validation.error.js';

const star = () => ({
  id: 'star-volunteer',
  version: 2,
  effectiveFrom: '2025-01-01',
  title: { zh: '星级志愿者', en: 'Star volunteer' },
  kind: 'hours-tiers',
  window: { type: 'all-time' },
  tiers: [
    { id: '1-star', title: { zh: '一星', en: 'One star' }, hours: 100 },
    { id: '2-star', title: { zh: '二星', en: 'Two stars' }, minutes: 18000 },
  ],
});

/** The error a file gets, as "source: path: detail". */
function failure(json: unknown, source = 'policies/star-volunteer.v2.json'): string {
  try {
    parsePolicy(json, source);
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.message;
    throw error;
  }
  throw new Error('expected the policy to be refused');
}

describe('parsePolicy', () => {
  it.each(DEFAULT_POLICY_FILES)('accepts the default file %s and reads back what it wrote', async (file) => {
    const json = await loadDefaultPolicyJson(file);
    const policy = parsePolicy(json, `policies/${file}`);
    expect(`${policy.id}.v${policy.version}.json`).toBe(file);
    expect(parsePolicy(JSON.parse(JSON.stringify(policy)), 'round-trip')).toEqual(policy);
  });

  it('holds thresholds in minutes whether a file wrote hours or minutes', () => {
    const policy = parsePolicy(star(), 'star.json');
    expect(policy.kind === 'hours-tiers' && policy.tiers.map((tier) => tier.minutes)).toEqual([6000, 18000]);
  });

  it('names the file and the JSON path of the field at fault', () => {
    const error = (() => {
      try {
        parsePolicy(
          { ...star(), tiers: [{ id: '1-star', title: { zh: '一星', en: 'One star' }, hours: -1 }] },
          'policies/x.json',
        );
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect(error).toMatchObject({ source: 'policies/x.json', path: '$.tiers[0].hours' });
  });

  it.each([
    ['a missing field', { ...star(), version: undefined }, '$.version: is required'],
    [
      'a version that is not a whole number',
      { ...star(), version: 1.5 },
      '$.version: must be a whole number, got 1.5',
    ],
    [
      'an impossible date',
      { ...star(), effectiveFrom: '2025-02-29' },
      '$.effectiveFrom: must be a calendar date YYYY-MM-DD',
    ],
    ['a misspelt field', { ...star(), tierz: [] }, '$.tierz: unknown field'],
    ['an unknown kind', { ...star(), kind: 'lottery' }, '$.kind: must be one of points, hours-tiers'],
    ['a title without English', { ...star(), title: { zh: '星级' } }, '$.title.en: is required'],
    [
      'an unknown window',
      { ...star(), window: { type: 'fortnight' } },
      '$.window.type: must be one of all-time',
    ],
    [
      'a field of another window type',
      { ...star(), window: { type: 'all-time', months: 12 } },
      '$.window.months: unknown field',
    ],
    [
      'tiers out of order',
      { ...star(), tiers: [star().tiers[1], star().tiers[0]] },
      '$.tiers[1].hours: must be above the previous tier',
    ],
    [
      'a duplicate tier id',
      { ...star(), tiers: [star().tiers[0], { ...star().tiers[1], id: '1-star' }] },
      '$.tiers[1].id: duplicate tier id "1-star"',
    ],
    [
      'both hours and minutes',
      { ...star(), tiers: [{ id: 'a', title: { zh: 'a', en: 'a' }, hours: 1, minutes: 60 }] },
      '$.tiers[0].minutes: give either hours or minutes, not both',
    ],
    [
      'hours that are not whole minutes',
      { ...star(), tiers: [{ id: 'a', title: { zh: 'a', en: 'a' }, hours: 0.01 }] },
      '$.tiers[0].hours: must be a whole number of minutes',
    ],
    ['no tiers', { ...star(), tiers: [] }, '$.tiers: must have at least 1 item(s)'],
    ['a policy id with spaces', { ...star(), id: 'star volunteer' }, '$.id: must match'],
  ])('refuses %s', (_, json, expected) => {
    expect(failure(json)).toContain(`policies/star-volunteer.v2.json: ${expected}`);
  });

  it('refuses overlapping or open-ended middle age bands', () => {
    const tiers = [{ id: 'bronze', title: { zh: '铜', en: 'Bronze' }, hours: 10 }];
    const band = (id: string, minAge: number, maxAge: number | null) => ({
      id,
      title: { zh: id, en: id },
      minAge,
      maxAge,
      tiers,
    });
    const byAge = (bands: unknown[]) => ({
      id: 'pvsa',
      version: 1,
      effectiveFrom: '2024-01-01',
      title: { zh: '奖', en: 'Award' },
      kind: 'hours-tiers-by-age',
      window: { type: 'trailing-months', months: 12 },
      bands,
    });
    expect(failure(byAge([band('a', 5, 10), band('b', 10, 15)]), 'pvsa.json')).toBe(
      "pvsa.json: $.bands[1].minAge: must be above the previous band's maxAge 10",
    );
    expect(failure(byAge([band('a', 5, null), band('b', 11, 15)]), 'pvsa.json')).toBe(
      'pvsa.json: $.bands[0].maxAge: only the last band may be open-ended',
    );
  });

  it('refuses composite policies whose conditions do not hold together', () => {
    const composite = (conditions: unknown[], headline = 'points') => ({
      id: 'league',
      version: 1,
      effectiveFrom: '2024-01-01',
      title: { zh: '入团', en: 'Admission' },
      kind: 'all-of',
      tier: { id: 'qualified', title: { zh: '达标', en: 'Qualified' } },
      headline,
      conditions,
    });
    const points = { name: 'points', type: 'points', pointsPolicyId: 'points', minimum: 60 };
    expect(failure(composite([points, { name: 'age', type: 'age' }]), 'league.json')).toBe(
      'league.json: $.conditions[1].minAge: give minAge, maxAge or both',
    );
    expect(
      failure(
        composite([points, { name: 'status', type: 'league-status', notIn: ['veteran'] }]),
        'league.json',
      ),
    ).toContain('league.json: $.conditions[1].notIn[0]: must be one of none, applicant, member');
    expect(failure(composite([points, { ...points }]), 'league.json')).toBe(
      'league.json: $.conditions[1].name: duplicate condition name "points"',
    );
    expect(failure(composite([points, { name: 'age', type: 'age', minAge: 14 }], 'age'), 'league.json')).toBe(
      'league.json: $.headline: must name an hours or points condition of this policy',
    );
    expect(failure(composite([{ ...points, minimum: 60.001 }]), 'league.json')).toBe(
      'league.json: $.conditions[0].minimum: must have at most two decimals, got 60.001',
    );
  });

  it('refuses what is not an object at all', () => {
    expect(failure([], 'empty.json')).toBe('empty.json: $: must be an object, got an array');
    expect(failure({ ...star(), title: { zh: '星', en: '   ' } }, 'blank.json')).toBe(
      'blank.json: $.title.en: must not be blank',
    );
  });
});
