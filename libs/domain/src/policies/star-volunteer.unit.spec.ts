import { evaluate } from './evaluate.js';
import { defaultPolicySet, eligibilityPolicy, entry, hours, inputOf } from './policy.fixtures.spec.js';
import { type EligibilityPolicy } from './policy.types.js';

describe('star volunteer (cumulative hours 100/300/600/1,000/1,500)', () => {
  let star: EligibilityPolicy;
  beforeAll(async () => {
    star = eligibilityPolicy(await defaultPolicySet(), 'star-volunteer');
  });

  const withMinutes = (minutes: number) =>
    evaluate(star, inputOf({ entries: [entry('2020-03-01T09:00:00+08:00', minutes)] }));

  it.each([
    ['1-star', 100, null, '2-star'],
    ['2-star', 300, '1-star', '3-star'],
    ['3-star', 600, '2-star', '4-star'],
    ['4-star', 1000, '3-star', '5-star'],
    ['5-star', 1500, '4-star', null],
  ])('reaches %s at exactly %i hours, not one minute before', (tier, atHours, below, next) => {
    const exactly = withMinutes(hours(atHours));
    expect(exactly).toMatchObject({
      eligible: true,
      tier,
      measured: hours(atHours),
      threshold: hours(atHours),
      missing: 0,
    });
    expect(exactly.nextTier?.tier ?? null).toBe(next);

    const under = withMinutes(hours(atHours) - 1);
    expect(under.tier).toBe(below);
    expect(under.nextTier).toEqual({ tier, threshold: hours(atHours), missing: 1 });

    const over = withMinutes(hours(atHours) + 1);
    expect(over.tier).toBe(tier);
  });

  it('志愿服务记录办法 (2012), stars at 100/300/600/1,000/1,500 hours: is not eligible below the first star and says what is missing', () => {
    const result = withMinutes(hours(100) - 1);
    expect(result).toMatchObject({
      policyId: 'star-volunteer',
      version: 1,
      eligible: false,
      tier: null,
      unit: 'minutes',
      measured: 5999,
      threshold: 6000,
      missing: 1,
      nextTier: { tier: '1-star', threshold: 6000, missing: 1 },
    });
    expect(result.unmet.map((condition) => condition.name)).toEqual(['hours']);
  });

  it('adds up every confirmed entry served up to asOf and lists exactly those as evidence', () => {
    const entries = [
      entry('2019-01-01T08:00:00+08:00', hours(60), { entryId: 'a' }),
      entry('2024-12-31T11:59:00+08:00', hours(40), { entryId: 'b' }),
      entry('2024-12-31T12:00:00+08:00', 30, { entryId: 'at-asof' }),
      entry('2024-12-31T12:00:01+08:00', hours(500), { entryId: 'after' }),
      entry('2022-01-01T08:00:00+08:00', 0, { entryId: 'revoked' }),
    ];
    const result = evaluate(star, inputOf({ entries }));
    expect(result.measured).toBe(hours(100) + 30);
    expect(result.evidence).toEqual(['a', 'b', 'at-asof']);
    expect(result.period).toEqual({ from: null, to: '2024-12-31' });
  });

  it('decides a requested tier while still reporting the highest reached', () => {
    const result = evaluate(
      star,
      inputOf({ entries: [entry('2020-03-01T09:00:00+08:00', hours(350))], targetTier: '3-star' }),
    );
    expect(result).toMatchObject({
      eligible: false,
      tier: '2-star',
      threshold: hours(600),
      missing: hours(250),
    });
    expect(() => evaluate(star, inputOf({ targetTier: '6-star' }))).toThrow(
      /evaluation input: \$\.targetTier: no tier "6-star"/,
    );
  });
});
