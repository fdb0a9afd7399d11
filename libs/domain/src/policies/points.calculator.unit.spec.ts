import { parsePolicy } from './parse-policy.js';
import { performance } from 'node:perf_hooks';
import { honourPointsFor, pointsFor, pointsInCents } from './points.calculator.js';
import { entry, hours, TZ } from './policy.fixtures.spec.js';
import { PolicySet } from './policy-set.js';

const pointsVersion = (
  version: number,
  effectiveFrom: string,
  pointsPerHour: number,
  honours: unknown[] = [],
) =>
  parsePolicy(
    {
      id: 'points',
      version,
      effectiveFrom,
      title: { zh: '积分', en: 'Points' },
      kind: 'points',
      pointsPerHour,
      honours,
    },
    `points.v${version}.json`,
  );

describe('pointsFor', () => {
  const set = PolicySet.of([
    pointsVersion(1, '2020-01-01', 2, [{ policyId: 'star-volunteer', tier: '1-star', points: 5 }]),
    pointsVersion(2, '2024-07-01', 2.5, [{ policyId: 'star-volunteer', tier: '1-star', points: 8 }]),
  ]);

  it('积分入团 practice, points for service (2 per hour is the product default): gives 2 points per confirmed hour', () => {
    expect(pointsFor([entry('2021-01-01T09:00:00+08:00', hours(30))], set, { timeZone: TZ }).points).toBe(60);
  });

  it('totals minutes per version before flooring to hundredths, so splitting sessions loses nothing', () => {
    const split = Array.from({ length: 60 }, (_, index) => entry(`2021-01-01T0${index % 9}:00:00+08:00`, 1));
    expect(pointsFor(split, set, { timeZone: TZ }).points).toBe(2);
    expect(pointsFor([entry('2021-01-01T09:00:00+08:00', 1)], set, { timeZone: TZ }).points).toBe(0.03);
  });

  it('prices each entry by the version in force on its Shanghai service date', () => {
    const entries = [
      entry('2024-06-30T23:59:00+08:00', hours(10), { entryId: 'v1-hours' }),
      // 2024-06-30T16:30Z is already 1 July in Shanghai.
      entry('2024-06-30T16:30:00Z', hours(10), { entryId: 'v2-hours' }),
      entry('2019-12-31T09:00:00+08:00', hours(10), { entryId: 'before-any' }),
    ];
    const breakdown = pointsFor(entries, set, { timeZone: TZ, honourPoints: 1.5 });
    expect(breakdown).toEqual({
      points: 20 + 25 + 1.5,
      hourPoints: 45,
      honourPoints: 1.5,
      buckets: [
        {
          policyId: 'points',
          version: 1,
          pointsPerHour: 2,
          minutes: 600,
          points: 20,
          entryIds: ['v1-hours'],
        },
        {
          policyId: 'points',
          version: 2,
          pointsPerHour: 2.5,
          minutes: 600,
          points: 25,
          entryIds: ['v2-hours'],
        },
      ],
      unpricedMinutes: 600,
      unpricedEntryIds: ['before-any'],
    });
  });

  it('values honours by the version in force when they were granted', () => {
    const honours = [
      { policyId: 'star-volunteer', tier: '1-star', grantedAt: '2024-06-30T12:00:00+08:00' },
      { policyId: 'star-volunteer', tier: '1-star', grantedAt: '2024-07-01T12:00:00+08:00' },
      { policyId: 'star-volunteer', tier: '2-star', grantedAt: '2024-07-01T12:00:00+08:00' },
    ];
    expect(honourPointsFor(honours, set, { timeZone: TZ })).toBe(13);
  });

  it('refuses a set without the points policy it is asked for', () => {
    expect(() => pointsFor([], set, { timeZone: TZ, policyId: 'credits' })).toThrow(
      /"credits".*not a points policy/,
    );
  });
});

describe('pointsInCents', () => {
  const set = PolicySet.of([pointsVersion(1, '2020-01-01', 2)]);
  const entries = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ entryId: `e-${index}`, minutes: 60, date: '2021-01-01' }));
  const fastest = (work: () => void): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      work();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };

  it('prices entries in time linear in their number: forty times the entries well within the fortyfold a quadratic copy costs', () => {
    const small = entries(1_250);
    const large = entries(50_000);
    expect(pointsInCents(large, set, 'points', 0).cents).toBe(100_000 * 100);
    // Linear gives about 1; a copy per entry, about 40 (the bound leaves room for a busy, collecting machine).
    const fortySmallMs = fastest(() => {
      for (let run = 0; run < 40; run += 1) pointsInCents(small, set, 'points', 0);
    });
    const largeMs = fastest(() => pointsInCents(large, set, 'points', 0));
    expect(largeMs / fortySmallMs).toBeLessThan(12);
  });
});
