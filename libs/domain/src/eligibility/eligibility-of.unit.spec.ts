import { evolveAll } from '../decider.js';
import { DomainError } from '../shared/errors.js';
import { awardPolicies } from '../testing/award-fixtures.js';
import {
  VOLUNTEER_ID,
  anActivity,
  checkedIn,
  confirmed,
  manualRecorded,
  registered,
} from '../testing/fixtures.js';
import { volunteerDecider } from '../volunteer/volunteer.decider.js';
import { type VolunteerStreamEvent } from '../volunteer/volunteer.events.js';
import {
  describeShortfall,
  determine,
  determineEach,
  eligibilityPoliciesInForce,
  requireEligibilityPolicy,
  requireTier,
} from './eligibility-of.js';
import { confirmedDatedEntriesOf, confirmedEntriesOf } from './ledger-entries.js';
import { datedEntry } from '../policies/evaluation-context.js';
import { foldVolunteer } from '../volunteer/volunteer.state.js';

const activity = anActivity();
const TZ = 'Asia/Shanghai';
const volunteer = { volunteerId: VOLUNTEER_ID, birthDate: '2004-03-15', leagueStatus: 'member' as const };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}:${error.field ?? ''}`;
    throw error;
  }
  return undefined;
}

describe('the entries a volunteer’s stream counts', () => {
  it('lists confirmed sessions only, with their service start, category and organiser, in service order', () => {
    const history: VolunteerStreamEvent[] = [
      registered(),
      manualRecorded('m-2', activity, '2024-07-01T03:00:00.000Z', '2024-07-01T04:00:00.000Z', 60),
      confirmed('m-2', 45),
      manualRecorded('m-1', activity, '2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 60),
      confirmed('m-1', 60),
      manualRecorded('m-3', activity, '2024-07-01T02:00:00.000Z', '2024-07-01T02:30:00.000Z', 30),
    ];
    const state = evolveAll(volunteerDecider, history);
    if (state.status !== 'Registered') throw new Error('expected a registered volunteer');
    expect(confirmedEntriesOf(state)).toEqual([
      {
        entryId: 'm-1',
        servedAt: '2024-07-01T01:00:00.000Z',
        minutes: 60,
        category: 'holiday-class',
        organizationId: 'lotus-team',
      },
      {
        entryId: 'm-2',
        servedAt: '2024-07-01T03:00:00.000Z',
        minutes: 45,
        category: 'holiday-class',
        organizationId: 'lotus-team',
      },
    ]);
    const open = evolveAll(volunteerDecider, [registered(), checkedIn('s-1', activity, activity.startsAt)]);
    if (open.status !== 'Registered') throw new Error('expected a registered volunteer');
    expect(confirmedEntriesOf(open)).toEqual([]);
  });
});

describe('the entries a volunteer’s stream counts, dated for the engine', () => {
  const evening = anActivity({ startsAt: '2024-06-30T22:00:00.000Z', endsAt: '2024-07-01T05:00:00.000Z' });
  const history: VolunteerStreamEvent[] = [
    registered(),
    // 23:30 UTC is already the next day in Zhuzhou.
    manualRecorded('m-2', evening, '2024-06-30T23:30:00.000Z', '2024-07-01T00:30:00.000Z', 60),
    confirmed('m-2', 45),
    manualRecorded('m-1', evening, '2024-06-30T23:30:00.000Z', '2024-07-01T00:00:00.000Z', 30),
    confirmed('m-1', 30),
    manualRecorded('m-3', activity, '2024-06-01T01:00:00.000Z', '2024-06-01T02:00:00.000Z', 60),
  ];
  const AT = '2024-08-01T00:00:00.000Z';

  function registeredState(events: VolunteerStreamEvent[]) {
    const state = evolveAll(volunteerDecider, events);
    if (state.status !== 'Registered') throw new Error('expected a registered volunteer');
    return state;
  }

  it('dates the confirmed sessions as the engine would, in its order, and each record only once', () => {
    const state = registeredState(history);
    const dated = confirmedDatedEntriesOf(state, AT, TZ);
    expect(dated.timeZone).toBe(TZ);
    expect(dated.list).toEqual(confirmedEntriesOf(state, AT).map((entry) => datedEntry(entry, TZ)));
    expect(dated.list.map((entry) => [entry.entryId, entry.date])).toEqual([
      ['m-1', '2024-07-01'],
      ['m-2', '2024-07-01'],
    ]);
    // Asked again, the records are unchanged: the very same dated entries, not dated anew.
    const again = confirmedDatedEntriesOf(state, AT, TZ);
    again.list.forEach((entry, index) => expect(entry).toBe(dated.list[index]));
    // In another zone the same records are dated there.
    expect(confirmedDatedEntriesOf(state, AT, 'UTC').list.map((entry) => entry.date)).toEqual([
      '2024-06-30',
      '2024-06-30',
    ]);
  });

  it('dates a corrected session anew and keeps the others', () => {
    const state = registeredState(history);
    const before = confirmedDatedEntriesOf(state, AT, TZ).list;
    const corrected = foldVolunteer(state, [
      {
        type: 'SessionCorrected',
        data: {
          sessionId: 'm-2',
          volunteerId: VOLUNTEER_ID,
          minutes: 20,
          previousMinutes: 45,
          reason: '核减',
        },
      },
    ]);
    if (corrected.status !== 'Registered') throw new Error('expected a registered volunteer');
    const after = confirmedDatedEntriesOf(corrected, AT, TZ).list;
    expect(after.map((entry) => [entry.entryId, entry.minutes])).toEqual([
      ['m-1', 30],
      ['m-2', 20],
    ]);
    expect(after[0]).toBe(before[0]);
    expect(before[1]?.minutes).toBe(45);
  });

  it('judges from the dated entries exactly as from the entries themselves', () => {
    const state = registeredState(history);
    for (const asOf of ['2024-06-30T23:00:00.000Z', '2024-06-30T23:30:00.000Z', AT]) {
      const question = { volunteer, asOf, timeZone: TZ };
      const policies = eligibilityPoliciesInForce(awardPolicies, '2024-07-01');
      expect(
        determineEach(awardPolicies, policies, {
          ...question,
          entries: confirmedDatedEntriesOf(state, asOf, TZ),
        }),
      ).toEqual(
        determineEach(awardPolicies, policies, { ...question, entries: confirmedEntriesOf(state, asOf) }),
      );
    }
  });
});

describe('eligibility questions', () => {
  it('picks the award policies in force, or the one named, and refuses points and unknown ids', () => {
    expect(eligibilityPoliciesInForce(awardPolicies, '2024-07-01').map((policy) => policy.id)).toEqual([
      'league',
      'stars',
    ]);
    expect(eligibilityPoliciesInForce(awardPolicies, '1999-12-31')).toEqual([]);
    expect(codeOf(() => requireEligibilityPolicy(awardPolicies, 'points', '2024-07-01'))).toBe(
      'POLICY_NOT_FOUND:policy',
    );
    expect(codeOf(() => requireEligibilityPolicy(awardPolicies, 'stars', '1999-12-31'))).toBe(
      'POLICY_NOT_FOUND:policy',
    );
  });

  it('refuses a tier the version does not have, naming the tiers it has', () => {
    const stars = requireEligibilityPolicy(awardPolicies, 'stars', '2024-07-01');
    expect(requireTier(stars, '2-star')).toBe('2-star');
    expect(codeOf(() => requireTier(stars, 'gold'))).toBe('TIER_NOT_FOUND:tier');
  });

  it('refuses to judge a volunteer on a date before their birth instead of failing', () => {
    const stars = requireEligibilityPolicy(awardPolicies, 'stars', '2024-07-01');
    const ask = (asOf: string) => () =>
      determine(awardPolicies, stars, { volunteer, entries: [], asOf, timeZone: TZ });
    expect(codeOf(ask('2004-03-14T12:00:00+08:00'))).toBe('VALIDATION_FAILED:asOf');
    expect(codeOf(ask('2004-03-15T00:00:00+08:00'))).toBeUndefined();
  });

  it('counts honour points held, and says what is missing when the bar is not reached', () => {
    const league = requireEligibilityPolicy(awardPolicies, 'league', '2024-07-01');
    const entries = [
      { entryId: 's-1', servedAt: '2024-07-01T01:00:00Z', minutes: 120, category: 'x', organizationId: 'o' },
    ];
    const question = { volunteer, entries, asOf: '2024-08-01T00:00:00Z', timeZone: TZ };
    const without = determine(awardPolicies, league, question);
    expect(without).toMatchObject({ eligible: false, measured: 4, threshold: 52, missing: 48 });
    expect(describeShortfall(without, 'qualified')).toBe(
      'not eligible for league v1 tier qualified: 4 of 52 points, 48 points missing; unmet: points (48 points missing)',
    );
    const honours = [{ policyId: 'stars', tier: '1-star', grantedAt: '2024-07-02T00:00:00Z' }];
    expect(determine(awardPolicies, league, { ...question, honours })).toMatchObject({
      eligible: true,
      measured: 54,
    });
  });

  it('judges several policies at once exactly as one by one', () => {
    const policies = eligibilityPoliciesInForce(awardPolicies, '2024-07-01');
    const entries = [
      { entryId: 's-1', servedAt: '2024-07-01T01:00:00Z', minutes: 200, category: 'x', organizationId: 'o' },
    ];
    const question = {
      volunteer,
      entries,
      asOf: '2024-08-01T00:00:00Z',
      timeZone: TZ,
      honours: [{ policyId: 'stars', tier: '1-star', grantedAt: '2024-07-02T00:00:00Z' }],
    };
    expect(determineEach(awardPolicies, policies, question)).toEqual(
      policies.map((policy) => determine(awardPolicies, policy, question)),
    );
    expect(
      codeOf(() => determineEach(awardPolicies, policies, { ...question, asOf: '2004-03-14T00:00:00Z' })),
    ).toBe('VALIDATION_FAILED:asOf');
  });
});
