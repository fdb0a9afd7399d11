import { type ActivitySnapshot } from '../../activity/activity.events.js';
import { deciderSpecification } from '../../testing/decider-specification.js';
import {
  VOLUNTEER_ID,
  anActivity,
  anActor,
  checkedIn,
  checkedOut,
  confirmed,
  manualRecorded,
  registered,
} from '../../testing/fixtures.js';
import { recordManualSession } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type VolunteerEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
// 09:00–13:00 in Shanghai, 01:00–05:00 UTC, organised by lotus-team (zz > hetang > lotus > lotus-team).
const activity = anActivity();
const LATER = '2024-07-02T00:00:00Z';

function recordedAndCertified(
  startedAt: string,
  endedAt: string,
  minutes: number,
  snapshot: ActivitySnapshot = activity,
  note = 'paper sheet',
): VolunteerEvent[] {
  return [manualRecorded('m-1', snapshot, startedAt, endedAt, minutes, note), confirmed('m-1', minutes)];
}

describe('manual session (paper sign-in sheet)', () => {
  it('records the sheet and certifies it in the same breath', () => {
    spec
      .given([registered()])
      .when(
        recordManualSession('m-1', ['2024-07-01T09:00:00+08:00', '2024-07-01T11:00:00+08:00'], 120, LATER, {
          note: '  signed sheet #12 ',
        }),
      )
      .then(
        recordedAndCertified(
          '2024-07-01T01:00:00.000Z',
          '2024-07-01T03:00:00.000Z',
          120,
          activity,
          'signed sheet #12',
        ),
      );
  });

  it('refuses a volunteer who is not registered and a session id already used', () => {
    spec
      .given([])
      .when(recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T03:00:00Z'], 120, LATER))
      .thenThrows('VOLUNTEER_NOT_FOUND');
    spec
      .given([
        registered(),
        ...recordedAndCertified('2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 60),
      ])
      .when(recordManualSession('m-1', ['2024-07-01T03:00:00Z', '2024-07-01T04:00:00Z'], 60, LATER))
      .thenThrows('SESSION_ALREADY_EXISTS', 'sessionId');
  });

  it('refuses an end at or before the start', () => {
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-07-01T03:00:00Z', '2024-07-01T03:00:00Z'], 1, LATER))
      .thenThrows('VALIDATION_FAILED', 'endedAt');
  });

  it('accepts exactly 24 hours and refuses a millisecond more', () => {
    const twoDays = anActivity({ startsAt: '2024-07-01T00:00:00.000Z', endsAt: '2024-07-03T00:00:00.000Z' });
    spec
      .given([registered()])
      .when(
        recordManualSession(
          'm-1',
          ['2024-07-01T00:00:00Z', '2024-07-02T00:00:00Z'],
          1440,
          '2024-07-04T00:00:00Z',
          { activity: twoDays },
        ),
      )
      .then(recordedAndCertified('2024-07-01T00:00:00.000Z', '2024-07-02T00:00:00.000Z', 1440, twoDays));
    spec
      .given([registered()])
      .when(
        recordManualSession(
          'm-1',
          ['2024-07-01T00:00:00Z', '2024-07-02T00:00:00.001Z'],
          1440,
          '2024-07-04T00:00:00Z',
          { activity: twoDays },
        ),
      )
      .thenThrows('SESSION_TOO_LONG', 'endedAt');
  });

  it('accepts an end exactly 5 minutes ahead of now and refuses a millisecond more', () => {
    spec
      .given([registered()])
      .when(
        recordManualSession(
          'm-1',
          ['2024-07-01T01:00:00Z', '2024-07-01T02:05:00Z'],
          65,
          '2024-07-01T02:00:00Z',
        ),
      )
      .then(recordedAndCertified('2024-07-01T01:00:00.000Z', '2024-07-01T02:05:00.000Z', 65));
    spec
      .given([registered()])
      .when(
        recordManualSession(
          'm-1',
          ['2024-07-01T01:00:00Z', '2024-07-01T02:05:00.001Z'],
          65,
          '2024-07-01T02:00:00Z',
        ),
      )
      .thenThrows('SESSION_IN_FUTURE', 'endedAt');
  });

  it('keeps start and end within 2 hours of the activity window', () => {
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-06-30T23:00:00Z', '2024-07-01T07:00:00Z'], 240, LATER))
      .then(recordedAndCertified('2024-06-30T23:00:00.000Z', '2024-07-01T07:00:00.000Z', 240));
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-06-30T22:59:59.999Z', '2024-07-01T02:00:00Z'], 60, LATER))
      .thenThrows('OUTSIDE_ACTIVITY_WINDOW', 'startedAt');
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-07-01T04:00:00Z', '2024-07-01T07:00:00.001Z'], 60, LATER))
      .thenThrows('OUTSIDE_ACTIVITY_WINDOW', 'endedAt');
  });

  it('志愿服务记录与证明出具办法 (2020), paper records (纸质载体): a sheet states start, end and minutes, at most the whole minutes of the interval inside the window', () => {
    // 08:00–10:00 in Shanghai: only 09:00–10:00 is inside the window.
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-07-01T08:00:00+08:00', '2024-07-01T10:00:00+08:00'], 60, LATER))
      .then(recordedAndCertified('2024-07-01T00:00:00.000Z', '2024-07-01T02:00:00.000Z', 60));
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-07-01T08:00:00+08:00', '2024-07-01T10:00:00+08:00'], 61, LATER))
      .thenThrows('MINUTES_EXCEED_INTERVAL', 'minutes');
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T01:30:59.999Z'], 31, LATER))
      .thenThrows('MINUTES_EXCEED_INTERVAL', 'minutes');
  });

  it('allows at most the activity cap', () => {
    const capped = anActivity({ maxMinutesPerVolunteer: 45 });
    spec
      .given([registered()])
      .when(
        recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'], 45, LATER, {
          activity: capped,
        }),
      )
      .then(recordedAndCertified('2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 45, capped));
    spec
      .given([registered()])
      .when(
        recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'], 46, LATER, {
          activity: capped,
        }),
      )
      .thenThrows('MINUTES_EXCEED_INTERVAL', 'minutes');
  });

  it.each([0, -1, 1.5])('refuses %s minutes', (minutes) => {
    spec
      .given([registered()])
      .when(recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'], minutes, LATER))
      .thenThrows('VALIDATION_FAILED', 'minutes');
  });

  it('refuses an overlong note', () => {
    spec
      .given([registered()])
      .when(
        recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'], 60, LATER, {
          note: 'x'.repeat(501),
        }),
      )
      .thenThrows('VALIDATION_FAILED', 'note');
  });

  describe('against other sessions', () => {
    const other = anActivity({ activityId: 'act-2' });
    const done: VolunteerEvent[] = [
      registered(),
      checkedIn('s-1', other, '2024-07-01T02:00:00.000Z'),
      checkedOut(
        's-1',
        '2024-07-01T03:00:00.000Z',
        ['2024-07-01T02:00:00.000Z', '2024-07-01T03:00:00.000Z'],
        60,
      ),
    ];

    it('refuses a sheet overlapping a counted session, even pending', () => {
      spec
        .given(done)
        .when(recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00.001Z'], 60, LATER))
        .thenThrows('SESSION_OVERLAPS', 'startedAt');
    });

    it('accepts sheets touching a counted session on either side', () => {
      spec
        .given(done)
        .when(recordManualSession('m-1', ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'], 60, LATER))
        .then(recordedAndCertified('2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 60));
      spec
        .given(done)
        .when(recordManualSession('m-1', ['2024-07-01T03:00:00Z', '2024-07-01T04:00:00Z'], 60, LATER))
        .then(recordedAndCertified('2024-07-01T03:00:00.000Z', '2024-07-01T04:00:00.000Z', 60));
    });

    it('compares the parts inside the window: time outside it may overlap', () => {
      // The sheet runs 03:00–06:00 but counts only to 05:00; a session of another activity from 05:00 is fine.
      const afternoon = anActivity({
        activityId: 'act-3',
        startsAt: '2024-07-01T05:00:00.000Z',
        endsAt: '2024-07-01T08:00:00.000Z',
      });
      spec
        .given([
          registered(),
          checkedIn('s-1', afternoon, '2024-07-01T05:00:00.000Z'),
          checkedOut(
            's-1',
            '2024-07-01T06:00:00.000Z',
            ['2024-07-01T05:00:00.000Z', '2024-07-01T06:00:00.000Z'],
            60,
          ),
        ])
        .when(recordManualSession('m-1', ['2024-07-01T03:00:00Z', '2024-07-01T06:00:00Z'], 120, LATER))
        .then(recordedAndCertified('2024-07-01T03:00:00.000Z', '2024-07-01T06:00:00.000Z', 120));
    });

    it('refuses a sheet overlapping what an open session may still count', () => {
      spec
        .given([registered(), checkedIn('s-1', other, '2024-07-01T02:00:00.000Z')])
        .when(recordManualSession('m-1', ['2024-07-01T04:00:00Z', '2024-07-01T04:30:00Z'], 30, LATER))
        .thenThrows('SESSION_OVERLAPS', 'startedAt');
    });

    it('ignores a revoked session', () => {
      spec
        .given([
          ...done,
          {
            type: 'SessionRevoked',
            data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'fraud', revokedMinutes: 0 },
          },
        ])
        .when(recordManualSession('m-1', ['2024-07-01T02:00:00Z', '2024-07-01T03:00:00Z'], 60, LATER))
        .then(recordedAndCertified('2024-07-01T02:00:00.000Z', '2024-07-01T03:00:00.000Z', 60));
    });
  });

  describe('who organises records (谁组织谁记录)', () => {
    const sheet = ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'] as [string, string];
    const certified = recordedAndCertified('2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 60);

    it.each(['lotus-team', 'lotus', 'hetang', 'zz', '*'])('lets an organiser bound at %s record', (org) => {
      spec
        .given([registered()])
        .when(recordManualSession('m-1', sheet, 60, LATER, { actor: anActor(org) }))
        .then(certified);
    });

    it.each(['tianyuan', 'other-team', 'lotus-team-sub'])('refuses an organiser bound at %s', (org) => {
      spec
        .given([registered()])
        .when(recordManualSession('m-1', sheet, 60, LATER, { actor: anActor(org) }))
        .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
    });
  });
});
