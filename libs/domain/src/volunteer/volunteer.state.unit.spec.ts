import { evolveAll } from '../decider.js';
import {
  VOLUNTEER_ID,
  anActivity,
  checkedIn,
  checkedOut,
  confirmed,
  manualRecorded,
  registered,
} from '../testing/fixtures.js';
import { awardGranted, awardRevoked, GRANTED_AT } from '../testing/award-fixtures.js';
import { volunteerDecider } from './volunteer.decider.js';
import { type VolunteerStreamEvent } from './volunteer.events.js';
import { type VolunteerState } from './volunteer.state.js';

const activity = anActivity();
const fold = (events: VolunteerStreamEvent[]): VolunteerState => evolveAll(volunteerDecider, events);
const registeredState = (events: VolunteerStreamEvent[]) => {
  const state = fold(events);
  if (state.status !== 'Registered') throw new Error('expected a registered volunteer');
  return state;
};

describe('volunteer state', () => {
  it('starts unregistered and ignores session events until registered', () => {
    expect(fold([])).toEqual({ status: 'Unregistered' });
    expect(fold([checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z')])).toEqual({
      status: 'Unregistered',
    });
  });

  it('follows a session from open to confirmed and corrected', () => {
    const history: VolunteerStreamEvent[] = [
      registered(),
      checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z'),
    ];
    expect(registeredState(history).openSessionId).toBe('s-1');
    expect(registeredState(history).sessions['s-1']?.phase).toBe('Open');

    history.push(
      checkedOut(
        's-1',
        '2024-07-01T03:00:00.000Z',
        ['2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z'],
        120,
      ),
    );
    expect(registeredState(history).openSessionId).toBeNull();
    expect(registeredState(history).sessions['s-1']).toMatchObject({
      phase: 'CheckedOut',
      measuredMinutes: 120,
    });

    history.push(confirmed('s-1', 100, 120));
    expect(registeredState(history).sessions['s-1']).toMatchObject({ phase: 'Confirmed', minutes: 100 });

    history.push({
      type: 'SessionCorrected',
      data: {
        sessionId: 's-1',
        volunteerId: VOLUNTEER_ID,
        minutes: 80,
        previousMinutes: 100,
        reason: 'left early',
      },
    });
    expect(registeredState(history).sessions['s-1']).toMatchObject({ phase: 'Confirmed', minutes: 80 });
  });

  it('keeps a paper sheet interval clipped to the window', () => {
    const state = registeredState([
      registered(),
      manualRecorded('m-1', activity, '2024-07-01T00:00:00.000Z', '2024-07-01T02:00:00.000Z', 60),
    ]);
    expect(state.sessions['m-1']).toMatchObject({
      phase: 'Recorded',
      measuredMinutes: 60,
      service: { start: '2024-07-01T01:00:00.000Z', end: '2024-07-01T02:00:00.000Z' },
    });
  });

  it('closes the open session when it is revoked', () => {
    const state = registeredState([
      registered(),
      checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z'),
      {
        type: 'SessionRevoked',
        data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'fraud', revokedMinutes: 0 },
      },
    ]);
    expect(state.openSessionId).toBeNull();
    expect(state.sessions['s-1']).toMatchObject({ phase: 'Revoked', service: null });
  });

  it('ignores events for unknown sessions rather than failing to load', () => {
    const before = registeredState([registered()]);
    expect(registeredState([registered(), confirmed('s-9', 10)])).toEqual(before);
  });

  it('keeps honours beside the sessions, revoked ones with their reason', () => {
    const granted = registeredState([registered(), awardGranted('a-1')]);
    expect(granted.awards['a-1']).toEqual({
      phase: 'Granted',
      awardId: 'a-1',
      policyId: 'stars',
      version: 1,
      tier: '1-star',
      grantedAt: GRANTED_AT,
    });
    const revoked = registeredState([
      registered(),
      awardGranted('a-1'),
      awardRevoked('a-1', 'hours revoked'),
    ]);
    expect(revoked.awards['a-1']).toMatchObject({ phase: 'Revoked', reason: 'hours revoked' });
    expect(revoked.sessions).toEqual({});
  });

  it('ignores a repeated grant and a revocation of an unknown award', () => {
    const once = registeredState([registered(), awardGranted('a-1')]);
    expect(
      registeredState([registered(), awardGranted('a-1'), awardGranted('a-1', { tier: '2-star' })]),
    ).toEqual(once);
    expect(registeredState([registered(), awardRevoked('a-9', 'x')]).awards).toEqual({});
  });
});
