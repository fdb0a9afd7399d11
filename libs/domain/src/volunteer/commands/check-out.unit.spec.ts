import { type ActivitySnapshot } from '../../activity/activity.events.js';
import { deciderSpecification } from '../../testing/decider-specification.js';
import {
  ORGANIZER_SUB,
  VOLUNTEER_ID,
  anActivity,
  checkedIn,
  confirmed,
  manualRecorded,
  registered,
} from '../../testing/fixtures.js';
import { checkOut } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type VolunteerCheckedOut, type VolunteerEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
// 09:00–13:00 in Shanghai, 01:00–05:00 UTC.
const activity = anActivity();

const openAt = (checkedInAt: string, snapshot: ActivitySnapshot = activity): VolunteerEvent[] => [
  registered(),
  checkedIn('s-1', snapshot, checkedInAt),
];

function checkedOutEvent(
  checkedOutAt: string,
  [serviceStart, serviceEnd]: [string, string],
  measuredMinutes: number,
): VolunteerCheckedOut {
  return {
    type: 'VolunteerCheckedOut',
    data: {
      sessionId: 's-1',
      volunteerId: VOLUNTEER_ID,
      checkedOutAt,
      serviceStart,
      serviceEnd,
      measuredMinutes,
      // The team's organiser checks the volunteer out (volunteer-commands.ts), and the event says who.
      recordedBy: ORGANIZER_SUB,
    },
  };
}

describe('check-out', () => {
  it('measures only the part of the session inside the activity window', () => {
    spec
      .given(openAt('2024-07-01T00:30:00.000Z'))
      .when(checkOut('2024-07-01T12:00:00+08:00', '2024-07-01T04:00:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T04:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T04:00:00.000Z'],
          180,
        ),
      ]);
  });

  it('does not count time after the scheduled end', () => {
    spec
      .given(openAt('2024-07-01T02:00:00.000Z'))
      .when(checkOut('2024-07-01T06:00:00Z', '2024-07-01T06:00:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T06:00:00.000Z',
          ['2024-07-01T02:00:00.000Z', '2024-07-01T05:00:00.000Z'],
          180,
        ),
      ]);
  });

  it.each(['2024-07-01T11:30:00+08:00', '2024-06-30T22:30:00-05:00', '2024-07-01T03:30:00Z'])(
    'gives the same minutes for the same instant written as %s',
    (at) => {
      spec
        .given(openAt('2024-07-01T01:15:00.000Z'))
        .when(checkOut(at, '2024-07-01T03:30:00Z'))
        .then([
          checkedOutEvent(
            '2024-07-01T03:30:00.000Z',
            ['2024-07-01T01:15:00.000Z', '2024-07-01T03:30:00.000Z'],
            135,
          ),
        ]);
    },
  );

  it('floors to whole minutes: 59.9 seconds count nothing, 119.999 seconds count one minute', () => {
    spec
      .given(openAt('2024-07-01T01:00:00.000Z'))
      .when(checkOut('2024-07-01T01:00:59.900Z', '2024-07-01T01:01:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T01:00:59.900Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T01:00:59.900Z'],
          0,
        ),
      ]);
    spec
      .given(openAt('2024-07-01T01:00:00.000Z'))
      .when(checkOut('2024-07-01T01:01:59.999Z', '2024-07-01T01:02:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T01:01:59.999Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T01:01:59.999Z'],
          1,
        ),
      ]);
  });

  it('caps the minutes at the activity cap but keeps the whole interval', () => {
    spec
      .given(openAt('2024-07-01T01:00:00.000Z', anActivity({ maxMinutesPerVolunteer: 90 })))
      .when(checkOut('2024-07-01T04:00:00Z', '2024-07-01T04:00:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T04:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T04:00:00.000Z'],
          90,
        ),
      ]);
  });

  it('measures nothing, with an empty interval at the start, for a session wholly before the window', () => {
    spec
      .given(openAt('2024-06-30T23:30:00.000Z'))
      .when(checkOut('2024-07-01T00:50:00Z', '2024-07-01T00:50:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T00:50:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T01:00:00.000Z'],
          0,
        ),
      ]);
  });

  it('measures nothing for a session wholly after the window', () => {
    spec
      .given(openAt('2024-07-01T05:30:00.000Z'))
      .when(checkOut('2024-07-01T05:40:00Z', '2024-07-01T05:40:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T05:40:00.000Z',
          ['2024-07-01T05:00:00.000Z', '2024-07-01T05:00:00.000Z'],
          0,
        ),
      ]);
  });

  it('counts a session across midnight in Shanghai', () => {
    const evening = anActivity({
      startsAt: '2024-07-01T22:00:00+08:00',
      endsAt: '2024-07-02T02:00:00+08:00',
    });
    spec
      .given(openAt('2024-07-01T13:50:00.000Z', evening))
      .when(checkOut('2024-07-02T02:10:00+08:00', '2024-07-01T18:10:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T18:10:00.000Z',
          ['2024-07-01T14:00:00.000Z', '2024-07-01T18:00:00.000Z'],
          240,
        ),
      ]);
  });

  it('product choice, the activity setting autoConfirm: confirms automatically when the activity says so', () => {
    spec
      .given(
        openAt('2024-07-01T01:00:00.000Z', anActivity({ autoConfirm: true, maxMinutesPerVolunteer: 100 })),
      )
      .when(checkOut('2024-07-01T03:00:00Z', '2024-07-01T03:00:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T03:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z'],
          100,
        ),
        confirmed('s-1', 100, 100, true),
      ]);
  });

  it('refuses when no session is open, or the open one is for another activity', () => {
    spec
      .given([registered()])
      .when(checkOut('2024-07-01T03:00:00Z', '2024-07-01T03:00:00Z'))
      .thenThrows('NO_OPEN_SESSION');
    spec
      .given(openAt('2024-07-01T01:00:00.000Z'))
      .when(checkOut('2024-07-01T03:00:00Z', '2024-07-01T03:00:00Z', 'act-other'))
      .thenThrows('NO_OPEN_SESSION');
  });

  it('refuses a volunteer who is not registered', () => {
    spec
      .given([])
      .when(checkOut('2024-07-01T03:00:00Z', '2024-07-01T03:00:00Z'))
      .thenThrows('VOLUNTEER_NOT_FOUND');
  });

  it('accepts a check-out at the check-in instant and refuses one a millisecond before', () => {
    spec
      .given(openAt('2024-07-01T02:00:00.000Z'))
      .when(checkOut('2024-07-01T02:00:00.000Z', '2024-07-01T02:00:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T02:00:00.000Z',
          ['2024-07-01T02:00:00.000Z', '2024-07-01T02:00:00.000Z'],
          0,
        ),
      ]);
    spec
      .given(openAt('2024-07-01T02:00:00.000Z'))
      .when(checkOut('2024-07-01T01:59:59.999Z', '2024-07-01T02:00:00Z'))
      .thenThrows('CHECK_OUT_BEFORE_CHECK_IN', 'at');
  });

  it('accepts a check-out exactly 5 minutes ahead of now and refuses one a millisecond later', () => {
    spec
      .given(openAt('2024-07-01T01:00:00.000Z'))
      .when(checkOut('2024-07-01T03:05:00.000Z', '2024-07-01T03:00:00.000Z'))
      .then([
        checkedOutEvent(
          '2024-07-01T03:05:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T03:05:00.000Z'],
          125,
        ),
      ]);
    spec
      .given(openAt('2024-07-01T01:00:00.000Z'))
      .when(checkOut('2024-07-01T03:05:00.001Z', '2024-07-01T03:00:00.000Z'))
      .thenThrows('CHECK_OUT_IN_FUTURE', 'at');
  });

  it('product choice, 24-hour session limit: accepts a session of exactly 24 hours and refuses one a millisecond longer', () => {
    const twoDays = anActivity({ startsAt: '2024-07-01T00:00:00.000Z', endsAt: '2024-07-03T00:00:00.000Z' });
    spec
      .given(openAt('2024-07-01T00:00:00.000Z', twoDays))
      .when(checkOut('2024-07-02T00:00:00.000Z', '2024-07-02T00:00:00Z'))
      .then([
        checkedOutEvent(
          '2024-07-02T00:00:00.000Z',
          ['2024-07-01T00:00:00.000Z', '2024-07-02T00:00:00.000Z'],
          1440,
        ),
      ]);
    spec
      .given(openAt('2024-07-01T00:00:00.000Z', twoDays))
      .when(checkOut('2024-07-02T00:00:00.001Z', '2024-07-02T00:00:00.001Z'))
      .thenThrows('SESSION_TOO_LONG', 'at');
  });

  it('closes as a missed check-out, at the scheduled end, once that is due', () => {
    spec
      .given(openAt('2024-07-01T01:00:00.000Z', anActivity({ autoConfirm: true })))
      .when(checkOut('2024-07-01T07:30:00Z', '2024-07-01T07:30:00Z'))
      .then([
        {
          type: 'SessionCheckOutMissed',
          data: {
            sessionId: 's-1',
            volunteerId: VOLUNTEER_ID,
            closedAt: '2024-07-01T05:00:00.000Z',
            serviceStart: '2024-07-01T01:00:00.000Z',
            serviceEnd: '2024-07-01T05:00:00.000Z',
            measuredMinutes: 240,
          },
        },
      ]);
  });

  describe('against a session recorded while this one was open', () => {
    // Such a history predates the reservation of open sessions; the check-out still keeps sessions apart.
    const other = anActivity({ activityId: 'act-2' });
    const history = [
      ...openAt('2024-07-01T01:00:00.000Z'),
      manualRecorded('m-1', other, '2024-07-01T02:00:00.000Z', '2024-07-01T03:00:00.000Z', 60),
      confirmed('m-1', 60),
    ];

    it('refuses a check-out whose interval overlaps it', () => {
      spec
        .given(history)
        .when(checkOut('2024-07-01T02:00:00.001Z', '2024-07-01T04:00:00Z'))
        .thenThrows('SESSION_OVERLAPS', 'at');
    });

    it('accepts a check-out that touches its start', () => {
      spec
        .given(history)
        .when(checkOut('2024-07-01T02:00:00Z', '2024-07-01T04:00:00Z'))
        .then([
          checkedOutEvent(
            '2024-07-01T02:00:00.000Z',
            ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
            60,
          ),
        ]);
    });
  });
});
