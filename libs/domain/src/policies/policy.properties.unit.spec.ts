import fc from 'fast-check';
import { evaluate } from './evaluate.js';
import { datedEntry } from './evaluation-context.js';
import { DatedEntries, type EvaluationInput, type LedgerEntryFigure } from './evaluation-input.js';
import { PolicyValidationError } from './policy-validation.error.js';
import { pointsFor } from './points.calculator.js';
import { defaultPolicySet, TZ } from './policy.fixtures.spec.js';
import { type PolicySet } from './policy-set.js';
import { type EligibilityPolicy, isEligibilityPolicy } from './policy.types.js';

const DAY_MS = 86_400_000;
const instant = (from: string, to: string) =>
  fc.integer({ min: Date.parse(from), max: Date.parse(to) }).map((ms) => new Date(ms).toISOString());

const entryArb = fc.record({
  servedAt: instant('2014-01-01T00:00:00Z', '2026-12-31T00:00:00Z'),
  minutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 20_000 })),
  category: fc.constantFrom('community', 'education', 'elderly'),
  organizationId: fc.constantFrom('org-1', 'org-2'),
});

const entriesArb = (maxLength: number) =>
  fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), entryArb), {
      maxLength,
      selector: ([id]) => id,
    })
    .map((rows): LedgerEntryFigure[] => rows.map(([entryId, rest]) => ({ entryId, ...rest })));

const inputArb = (set: PolicySet) =>
  fc.record({
    volunteer: fc.record({
      volunteerId: fc.constant('v-1'),
      birthDate: instant('1960-01-01T00:00:00Z', '2013-12-31T00:00:00Z').map((value) => value.slice(0, 10)),
      leagueStatus: fc.constantFrom('none', 'applicant', 'member'),
    }),
    entries: entriesArb(30),
    asOf: instant('2015-01-01T00:00:00Z', '2026-12-31T00:00:00Z'),
    timeZone: fc.constant(TZ),
    honourPoints: fc.integer({ min: 0, max: 3000 }).map((cents) => cents / 100),
    pointsPolicies: fc.constant(set),
  }) satisfies fc.Arbitrary<EvaluationInput>;

const minutesOf = (
  input: { readonly entries: readonly LedgerEntryFigure[] },
  ids: readonly string[],
): number =>
  ids.reduce((sum, id) => sum + (input.entries.find((entry) => entry.entryId === id)?.minutes ?? 0), 0);

describe('policy engine properties', () => {
  let set: PolicySet;
  let policies: EligibilityPolicy[];
  beforeAll(async () => {
    set = await defaultPolicySet();
    policies = set.allInForce('2024-01-01').filter(isEligibilityPolicy);
  });
  const policyArb = () => fc.constantFrom(...policies);

  it('lists evidence whose minutes add up exactly to what was measured', () => {
    fc.assert(
      fc.property(policyArb(), inputArb(set), (policy, input) => {
        const result = evaluate(policy, input);
        expect(new Set(result.evidence).size).toBe(result.evidence.length);
        if (result.unit === 'minutes') expect(minutesOf(input, result.evidence)).toBe(result.measured);
        else {
          const evidenced = input.entries.filter((entry) => result.evidence.includes(entry.entryId));
          expect(pointsFor(evidenced, set, { timeZone: TZ, honourPoints: input.honourPoints }).points).toBe(
            result.measured,
          );
        }
        for (const condition of result.conditions) {
          if (condition.unit === 'minutes')
            expect(minutesOf(input, condition.evidence)).toBe(condition.measured);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is eligible exactly when no condition is unmet, and then misses nothing', () => {
    fc.assert(
      fc.property(policyArb(), inputArb(set), (policy, input) => {
        const result = evaluate(policy, input);
        expect(result.eligible).toBe(result.unmet.length === 0);
        if (result.eligible) expect(result.missing).toBe(0);
        if (result.missing !== null && result.missing > 0) expect(result.eligible).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer every time, whatever the order of the entries', () => {
    fc.assert(
      fc.property(policyArb(), inputArb(set), fc.infiniteStream(fc.double()), (policy, input, noise) => {
        const shuffled = input.entries
          .map((entry) => ({ entry, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        const first = evaluate(policy, input);
        expect(evaluate(policy, input)).toEqual(first);
        expect(evaluate(policy, { ...input, entries: shuffled })).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('answers the same from entries dated once, in any order, as from the entries themselves', () => {
    fc.assert(
      fc.property(policyArb(), inputArb(set), fc.infiniteStream(fc.double()), (policy, input, noise) => {
        const shuffled = input.entries
          .map((entry) => ({ entry, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => datedEntry(entry, TZ));
        const dated = new DatedEntries(TZ, shuffled);
        expect(evaluate(policy, { ...input, entries: dated })).toEqual(evaluate(policy, input));
        // The dated list is the engine's own: judging again finds it as it was.
        expect(evaluate(policy, { ...input, entries: dated })).toEqual(evaluate(policy, input));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses entries dated in another time zone, and an instant without an offset', () => {
    const entry = {
      entryId: 'e-1',
      servedAt: '2024-03-01T23:30:00Z',
      minutes: 60,
      category: 'community',
      organizationId: 'org-1',
    };
    const input = {
      volunteer: { volunteerId: 'v-1', birthDate: '2005-01-01', leagueStatus: 'none' as const },
      asOf: '2024-06-01T00:00:00Z',
      timeZone: TZ,
      pointsPolicies: set,
    };
    const [policy] = policies;
    if (!policy) throw new Error('no policy in force');
    const utc = new DatedEntries('UTC', [datedEntry(entry, 'UTC')]);
    expect(() => evaluate(policy, { ...input, entries: utc })).toThrow(PolicyValidationError);
    expect(() => evaluate(policy, { ...input, entries: utc })).toThrow(/dated in UTC/);
    // Dated in the programme's zone, the entry falls on the next day there.
    expect(datedEntry(entry, TZ).date).toBe('2024-03-02');
    expect(() => datedEntry({ ...entry, servedAt: '2024-03-01T23:30:00' }, TZ)).toThrow(
      /\$\.entries\["e-1"\]\.servedAt.*offset/,
    );
  });

  it('never takes a tier or eligibility away from cumulative policies when entries are added', () => {
    const cumulative = () =>
      fc.constantFrom(
        ...policies.filter((policy) => 'window' in policy && policy.window.type === 'all-time'),
      );
    fc.assert(
      fc.property(cumulative(), inputArb(set), entriesArb(10), (policy, input, extra) => {
        const known = new Set(input.entries.map((entry) => entry.entryId));
        const added = extra
          .filter((entry) => !known.has(entry.entryId))
          .map((entry) => ({ ...entry, entryId: `x-${entry.entryId}` }));
        const before = evaluate(policy, input);
        const after = evaluate(policy, { ...input, entries: [...input.entries, ...added] });
        const rank = (tier: string | null) =>
          'tiers' in policy ? policy.tiers.findIndex((candidate) => candidate.id === tier) : -1;
        expect(after.measured).toBeGreaterThanOrEqual(before.measured);
        expect(rank(after.tier)).toBeGreaterThanOrEqual(rank(before.tier));
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers points when hours are added', () => {
    fc.assert(
      fc.property(entriesArb(20), entriesArb(10), (entries, extra) => {
        const more = [...entries, ...extra.map((entry) => ({ ...entry, entryId: `x-${entry.entryId}` }))];
        expect(pointsFor(more, set, { timeZone: TZ }).points).toBeGreaterThanOrEqual(
          pointsFor(entries, set, { timeZone: TZ }).points,
        );
      }),
    );
  });

  it('keeps a past answer when later-served entries arrive', () => {
    fc.assert(
      fc.property(policyArb(), inputArb(set), entriesArb(5), (policy, input, later) => {
        const asOf = Date.parse(input.asOf);
        const afterAsOf = later.map((entry, index) => ({
          ...entry,
          entryId: `later-${index}`,
          servedAt: new Date(asOf + (index + 1) * DAY_MS).toISOString(),
        }));
        expect(evaluate(policy, { ...input, entries: [...input.entries, ...afterAsOf] })).toEqual(
          evaluate(policy, input),
        );
      }),
      { numRuns: 200 },
    );
  });
});
