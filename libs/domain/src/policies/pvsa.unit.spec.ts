import { evaluate } from './evaluate.js';
import { defaultPolicySet, eligibilityPolicy, entry, hours, inputOf } from './policy.fixtures.spec.js';
import { type EligibilityPolicy } from './policy.types.js';

const ASOF = '2024-12-31T12:00:00+08:00';

describe("President's Volunteer Service Award (12 months, by age group)", () => {
  let pvsa: EligibilityPolicy;
  let lifetime: EligibilityPolicy;
  beforeAll(async () => {
    const set = await defaultPolicySet();
    pvsa = eligibilityPolicy(set, 'pvsa');
    lifetime = eligibilityPolicy(set, 'pvsa-lifetime');
  });

  const judge = (birthDate: string, minutes: number, asOf = ASOF) =>
    evaluate(
      pvsa,
      inputOf({
        asOf,
        volunteer: { volunteerId: 'v', birthDate, leagueStatus: 'none' },
        entries: [entry('2024-06-01T09:00:00+08:00', minutes)],
      }),
    );

  describe.each([
    ['kids', '2016-06-01', [26, 50, 75]],
    ['teens', '2011-06-01', [50, 75, 100]],
    ['young-adults', '2000-06-01', [100, 175, 250]],
    ['adults', '1980-06-01', [100, 250, 500]],
  ] as const)('%s', (band, birthDate, [bronze, silver, gold]) => {
    it.each([
      ['bronze', bronze, null],
      ['silver', silver, 'bronze'],
      ['gold', gold, 'silver'],
    ] as const)('reaches %s at exactly %i hours, not one minute before', (tier, at, below) => {
      expect(judge(birthDate, hours(at))).toMatchObject({
        eligible: true,
        tier,
        ageBand: band,
        missing: 0,
        threshold: hours(at),
      });
      expect(judge(birthDate, hours(at) + 1).tier).toBe(tier);
      const under = judge(birthDate, hours(at) - 1);
      expect(under.tier).toBe(below);
      expect(under.nextTier).toEqual({ tier, threshold: hours(at), missing: 1 });
    });
  });

  it('moves to the next age group on the birthday itself', () => {
    // Turns 11 on the evaluation date: a teen, so 26 hours no longer earn bronze.
    expect(judge('2013-12-31', hours(26))).toMatchObject({
      ageBand: 'teens',
      tier: null,
      eligible: false,
      missing: hours(24),
    });
    expect(judge('2014-01-01', hours(26))).toMatchObject({ ageBand: 'kids', tier: 'bronze', eligible: true });
    // Turns 26 on the evaluation date: an adult, whose silver needs 250 hours.
    expect(judge('1998-12-31', hours(175)).ageBand).toBe('adults');
    expect(judge('1999-01-01', hours(175))).toMatchObject({ ageBand: 'young-adults', tier: 'silver' });
  });

  it('ages a 29 February birthday on 1 March in common years', () => {
    expect(judge('2012-02-29', hours(50), '2023-02-28T12:00:00+08:00').ageBand).toBe('kids');
    expect(judge('2012-02-29', hours(50), '2023-03-01T12:00:00+08:00').ageBand).toBe('teens');
    expect(judge('2013-02-28', hours(50), '2024-02-28T12:00:00+08:00').ageBand).toBe('teens');
    expect(judge('2012-02-29', hours(50), '2024-02-29T12:00:00+08:00').ageBand).toBe('teens');
  });

  it('answers "no age group" for a volunteer under 5, with the years still missing', () => {
    const result = judge('2020-06-01', hours(300));
    expect(result).toMatchObject({
      eligible: false,
      tier: null,
      ageBand: null,
      threshold: null,
      missing: null,
      measured: hours(300),
    });
    expect(result.unmet).toEqual([
      expect.objectContaining({ name: 'ageBand', measured: 4, threshold: { atLeast: 5 }, missing: 1 }),
    ]);
  });

  it("President's Volunteer Service Award, hours in 12 months by age group: counts only the 12 months before the evaluation date, on the Shanghai calendar", () => {
    const entries = [
      entry('2023-12-31T23:30:00+08:00', hours(50), { entryId: 'outside' }),
      entry('2024-01-01T00:30:00+08:00', hours(100), { entryId: 'inside' }),
    ];
    const volunteer = { volunteerId: 'v', birthDate: '2000-06-01', leagueStatus: 'none' } as const;
    const result = evaluate(pvsa, inputOf({ entries, volunteer }));
    expect(result).toMatchObject({
      measured: hours(100),
      tier: 'bronze',
      evidence: ['inside'],
      period: { from: '2024-01-01', to: '2024-12-31' },
    });
  });

  it("President's Volunteer Service Award, Lifetime Achievement at 4,000 hours: grants the lifetime award at 4,000 hours over any span", () => {
    const entries = (minutes: number) => [
      entry('2001-01-01T09:00:00+08:00', hours(3000)),
      entry('2024-01-01T09:00:00+08:00', minutes - hours(3000)),
    ];
    expect(evaluate(lifetime, inputOf({ entries: entries(hours(4000)) }))).toMatchObject({
      eligible: true,
      tier: 'lifetime',
    });
    expect(evaluate(lifetime, inputOf({ entries: entries(hours(4000) - 1) }))).toMatchObject({
      eligible: false,
      missing: 1,
    });
  });
});
