import fc from 'fast-check';
import { datedEntry, datesAscend, minutesInPeriod, type MinutesInPeriod } from './evaluation-context.js';
import { engineOrder, type DatedEntry } from './evaluation-input.js';
import { TZ } from './policy.fixtures.spec.js';
import { type CountedPeriod } from './determination.js';

/** The period's minutes as one pass over every entry counts them: the meaning the search must keep. */
function everyEntryPass(
  entries: readonly DatedEntry[],
  period: CountedPeriod,
  categories: readonly string[] | undefined,
): MinutesInPeriod {
  const counted = entries.filter(
    (entry) =>
      entry.minutes > 0 &&
      entry.date <= period.to &&
      (period.from === null || period.from <= entry.date) &&
      (categories === undefined || categories.includes(entry.category)),
  );
  return {
    minutes: counted.reduce((sum, entry) => sum + entry.minutes, 0),
    evidence: counted.map((entry) => entry.entryId),
  };
}

const DAY_MS = 86_400_000;
const FIRST = Date.parse('2020-01-01T00:00:00Z');
const CATEGORIES = ['community', 'education', 'elderly'];

const entriesArb = fc
  .uniqueArray(
    fc.record({
      entryId: fc.stringMatching(/^[a-z0-9]{1,6}$/),
      // Within about three years, often several a day, so periods start and end among equal dates.
      offset: fc.integer({ min: 0, max: 3 * 365 * 24 }).map((hours) => hours * 3_600_000),
      minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600 })),
      category: fc.constantFrom(...CATEGORIES),
    }),
    { maxLength: 60, selector: (entry) => entry.entryId },
  )
  .map((rows) =>
    rows
      .map(({ offset, ...rest }) =>
        datedEntry(
          { ...rest, servedAt: new Date(FIRST + offset).toISOString(), organizationId: 'org-1' },
          TZ,
        ),
      )
      .sort(engineOrder),
  );

const dateArb = fc
  .integer({ min: -30, max: 3 * 365 + 30 })
  .map((days) => new Date(FIRST + days * DAY_MS).toISOString().slice(0, 10));

const periodArb = fc
  .tuple(fc.option(dateArb, { nil: null }), dateArb)
  .map(([from, to]): CountedPeriod => ({ from, to }));

const categoriesArb = fc.option(fc.subarray(CATEGORIES), { nil: undefined });

/** The entries as an evaluation context holds them. */
const held = (entries: readonly DatedEntry[]) => ({ entries, datesAscending: datesAscend(entries) });

describe('minutesInPeriod', () => {
  it('counts what a pass over every entry counts, in the same order, for entries in service order', () => {
    fc.assert(
      fc.property(entriesArb, periodArb, categoriesArb, (entries, period, categories) => {
        expect(minutesInPeriod(held(entries), period, categories)).toEqual(
          everyEntryPass(entries, period, categories),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('counts the same for a period bounded by the dates of entries it holds', () => {
    fc.assert(
      fc.property(
        entriesArb.filter((entries) => entries.length > 0),
        fc.nat(),
        fc.nat(),
        (entries, a, b) => {
          const dates = [
            entries[a % entries.length]?.date ?? '',
            entries[b % entries.length]?.date ?? '',
          ].sort();
          const period = { from: dates[0] ?? null, to: dates[1] ?? '' };
          expect(minutesInPeriod(held(entries), period, undefined)).toEqual(
            everyEntryPass(entries, period, undefined),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('passes over the whole list when its dates are not in ascending order', () => {
    fc.assert(
      fc.property(
        entriesArb.filter((entries) => entries.length > 1),
        periodArb,
        (entries, period) => {
          // A later instant dated a day earlier, as a zone that turns its clocks back across midnight can.
          const shuffled = [...entries].reverse();
          expect(minutesInPeriod(held(shuffled), period, undefined)).toEqual(
            everyEntryPass(shuffled, period, undefined),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the entries of one year in a history of many', () => {
    const entries = Array.from({ length: 2000 }, (_, index) =>
      datedEntry(
        {
          entryId: `e-${String(index).padStart(4, '0')}`,
          servedAt: new Date(FIRST + index * DAY_MS).toISOString(),
          minutes: 60,
          category: 'community',
          organizationId: 'org-1',
        },
        TZ,
      ),
    ).sort(engineOrder);
    const counted = minutesInPeriod(held(entries), { from: '2021-01-01', to: '2021-12-31' }, undefined);
    expect(counted.minutes).toBe(365 * 60);
    expect(counted.evidence[0]).toBe(entries.find((entry) => entry.date === '2021-01-01')?.entryId);
    expect(counted.evidence.at(-1)).toBe(entries.find((entry) => entry.date === '2021-12-31')?.entryId);
  });
});
