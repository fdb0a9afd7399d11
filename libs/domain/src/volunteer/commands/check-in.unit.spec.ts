import { type VolunteerEvent } from '../volunteer.events.js';
import { deciderSpecification } from '../../testing/decider-specification.js';
import {
  VOLUNTEER_ID,
  anActivity,
  checkedIn,
  checkedOut,
  confirmed,
  manualRecorded,
  registered,
} from '../../testing/fixtures.js';
import { checkIn } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';

const spec = deciderSpecification(volunteerDecider);
// 09:00–13:00 in Shanghai, 01:00–05:00 UTC.
const activity = anActivity();
const afternoon = anActivity({
  activityId: 'act-2',
  startsAt: '2024-07-01T06:00:00.000Z',
  endsAt: '2024-07-01T09:00:00.000Z',
});

const checkedInEvent = (sessionId: string, checkedInAt: string, snapshot = activity): VolunteerEvent =>
  checkedIn(sessionId, snapshot, checkedInAt);

describe('check-in', () => {
  it('opens a session stored in UTC, with the activity copied in', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T09:05:00+08:00', '2024-07-01T01:05:30Z'))
      .then([checkedInEvent('s-1', '2024-07-01T01:05:00.000Z')]);
  });

  it('refuses a volunteer who is not registered', () => {
    spec
      .given([])
      .when(checkIn('s-1', '2024-07-01T01:05:00Z', '2024-07-01T01:05:00Z'))
      .thenThrows('VOLUNTEER_NOT_FOUND');
  });

  it('product choice, 5-minute clock tolerance: accepts a check-in exactly 5 minutes ahead of now and refuses one a millisecond later', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T01:05:00.000Z', '2024-07-01T01:00:00.000Z'))
      .then([checkedInEvent('s-1', '2024-07-01T01:05:00.000Z')]);
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T01:05:00.001Z', '2024-07-01T01:00:00.000Z'))
      .thenThrows('CHECK_IN_IN_FUTURE', 'at');
  });

  it('product choice, 2-hour window tolerance: accepts a check-in exactly 2 hours before the start and refuses one a millisecond earlier', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-06-30T23:00:00.000Z', '2024-06-30T23:00:00.000Z'))
      .then([checkedInEvent('s-1', '2024-06-30T23:00:00.000Z')]);
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-06-30T22:59:59.999Z', '2024-06-30T23:00:00.000Z'))
      .thenThrows('OUTSIDE_ACTIVITY_WINDOW', 'at');
  });

  it('accepts a check-in exactly 2 hours after the end and refuses one a millisecond later', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T07:00:00.000Z', '2024-07-01T07:00:00.000Z'))
      .then([checkedInEvent('s-1', '2024-07-01T07:00:00.000Z')]);
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T07:00:00.001Z', '2024-07-01T07:00:00.001Z'))
      .thenThrows('OUTSIDE_ACTIVITY_WINDOW', 'at');
  });

  it('志愿服务记录与证明出具办法 (2020), true and accurate records: refuses a check-in while another session is open', () => {
    spec
      .given([registered(), checkedInEvent('s-1', '2024-07-01T01:00:00.000Z')])
      .when(checkIn('s-2', '2024-07-01T06:00:00Z', '2024-07-01T06:00:00Z', afternoon))
      .thenThrows('SESSION_ALREADY_OPEN');
  });

  it('still refuses when the open session ended exactly 2 hours ago', () => {
    spec
      .given([registered(), checkedInEvent('s-1', '2024-07-01T01:00:00.000Z')])
      .when(checkIn('s-2', '2024-07-01T07:00:00Z', '2024-07-01T07:00:00Z', afternoon))
      .thenThrows('SESSION_ALREADY_OPEN');
  });

  it('first closes an open session as missed when its activity ended more than 2 hours ago', () => {
    spec
      .given([registered(), checkedInEvent('s-1', '2024-07-01T01:30:00.000Z')])
      .when(checkIn('s-2', '2024-07-01T07:00:00.001Z', '2024-07-01T07:00:00.001Z', afternoon))
      .then([
        {
          type: 'SessionCheckOutMissed',
          data: {
            sessionId: 's-1',
            volunteerId: VOLUNTEER_ID,
            closedAt: '2024-07-01T05:00:00.000Z',
            serviceStart: '2024-07-01T01:30:00.000Z',
            serviceEnd: '2024-07-01T05:00:00.000Z',
            measuredMinutes: 210,
          },
        },
        checkedInEvent('s-2', '2024-07-01T07:00:00.001Z', afternoon),
      ]);
  });

  it('checks in again after checking out of the same activity', () => {
    spec
      .given([
        registered(),
        checkedInEvent('s-1', '2024-07-01T01:00:00.000Z'),
        checkedOut(
          's-1',
          '2024-07-01T02:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
          60,
        ),
      ])
      .when(checkIn('s-2', '2024-07-01T02:00:00Z', '2024-07-01T02:00:00Z'))
      .then([checkedInEvent('s-2', '2024-07-01T02:00:00.000Z')]);
  });

  it('refuses a session id that is already used', () => {
    spec
      .given([
        registered(),
        checkedInEvent('s-1', '2024-07-01T01:00:00.000Z'),
        checkedOut(
          's-1',
          '2024-07-01T02:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
          60,
        ),
      ])
      .when(checkIn('s-1', '2024-07-01T06:00:00Z', '2024-07-01T06:00:00Z', afternoon))
      .thenThrows('SESSION_ALREADY_EXISTS', 'sessionId');
  });

  describe('against the counted sessions', () => {
    const morningSession = [
      registered(),
      checkedInEvent('s-1', '2024-07-01T01:00:00.000Z'),
      checkedOut(
        's-1',
        '2024-07-01T03:00:00.000Z',
        ['2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z'],
        120,
      ),
    ];
    const overlapping = anActivity({
      activityId: 'act-3',
      startsAt: '2024-07-01T02:00:00.000Z',
      endsAt: '2024-07-01T04:00:00.000Z',
    });

    it('志愿服务记录与证明出具办法 (2020), true and accurate records: refuses a check-in inside another session', () => {
      spec
        .given(morningSession)
        .when(checkIn('s-2', '2024-07-01T02:30:00Z', '2024-07-01T03:30:00Z', overlapping))
        .thenThrows('SESSION_OVERLAPS', 'at');
    });

    it('accepts a check-in that touches the end of another session', () => {
      spec
        .given(morningSession)
        .when(checkIn('s-2', '2024-07-01T03:00:00Z', '2024-07-01T03:30:00Z', overlapping))
        .then([checkedInEvent('s-2', '2024-07-01T03:00:00.000Z', overlapping)]);
    });

    it('refuses a check-in dated before a session the volunteer has already done', () => {
      const early = anActivity({ activityId: 'act-4', startsAt: '2024-07-01T00:00:00.000Z' });
      spec
        .given(morningSession)
        .when(checkIn('s-2', '2024-07-01T00:30:00Z', '2024-07-01T03:30:00Z', early))
        .thenThrows('SESSION_OVERLAPS', 'at');
    });

    it('ignores a rejected session', () => {
      spec
        .given([
          ...morningSession,
          {
            type: 'SessionRejected',
            data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'absent' },
          },
        ])
        .when(checkIn('s-2', '2024-07-01T02:30:00Z', '2024-07-01T03:30:00Z', overlapping))
        .then([checkedInEvent('s-2', '2024-07-01T02:30:00.000Z', overlapping)]);
    });

    it('refuses a check-in inside a confirmed paper-sheet session', () => {
      spec
        .given([
          registered(),
          manualRecorded('m-1', activity, '2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z', 120),
          confirmed('m-1', 120),
        ])
        .when(checkIn('s-2', '2024-07-01T02:59:59.999Z', '2024-07-01T03:30:00Z', overlapping))
        .thenThrows('SESSION_OVERLAPS', 'at');
    });
  });

  it('refuses an unknown method and a malformed instant', () => {
    const command = checkIn('s-1', '2024-07-01T01:05:00Z', '2024-07-01T01:05:00Z');
    spec
      .given([registered()])
      .when({ ...command, data: { ...command.data, method: 'sms' as 'qr' } })
      .thenThrows('VALIDATION_FAILED', 'method');
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01 09:05', '2024-07-01T01:05:00Z'))
      .thenThrows('VALIDATION_FAILED', 'at');
  });
});
