import { deciderSpecification } from '../../testing/decider-specification.js';
import { VOLUNTEER_ID, anActivity, checkedIn, checkedOut, registered } from '../../testing/fixtures.js';
import { closeMissedCheckOut } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type SessionCheckOutMissed } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
// 09:00–13:00 in Shanghai, 01:00–05:00 UTC.
const activity = anActivity();

function missed(
  closedAt: string,
  [serviceStart, serviceEnd]: [string, string],
  measuredMinutes: number,
): SessionCheckOutMissed {
  return {
    type: 'SessionCheckOutMissed',
    data: {
      sessionId: 's-1',
      volunteerId: VOLUNTEER_ID,
      closedAt,
      serviceStart,
      serviceEnd,
      measuredMinutes,
    },
  };
}

describe('missed check-out', () => {
  it('does nothing while the activity ended 2 hours ago or less', () => {
    spec
      .given([registered(), checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z')])
      .when(closeMissedCheckOut('2024-07-01T07:00:00.000Z'))
      .then([]);
  });

  it('product choice, 2-hour missed check-out closure: closes the session at the scheduled end once it ended more than 2 hours ago', () => {
    spec
      .given([registered(), checkedIn('s-1', activity, '2024-07-01T00:40:00.000Z')])
      .when(closeMissedCheckOut('2024-07-01T07:00:00.001Z'))
      .then([
        missed('2024-07-01T05:00:00.000Z', ['2024-07-01T01:00:00.000Z', '2024-07-01T05:00:00.000Z'], 240),
      ]);
  });

  it('applies the activity cap', () => {
    const capped = anActivity({ maxMinutesPerVolunteer: 120 });
    spec
      .given([registered(), checkedIn('s-1', capped, '2024-07-01T01:00:00.000Z')])
      .when(closeMissedCheckOut('2024-07-02T00:00:00Z'))
      .then([
        missed('2024-07-01T05:00:00.000Z', ['2024-07-01T01:00:00.000Z', '2024-07-01T05:00:00.000Z'], 120),
      ]);
  });

  it('closes no later than 24 hours after the check-in', () => {
    const twoDays = anActivity({ startsAt: '2024-07-01T00:00:00.000Z', endsAt: '2024-07-03T00:00:00.000Z' });
    spec
      .given([registered(), checkedIn('s-1', twoDays, '2024-07-01T06:00:00.000Z')])
      .when(closeMissedCheckOut('2024-07-03T02:00:00.001Z'))
      .then([
        missed('2024-07-02T06:00:00.000Z', ['2024-07-01T06:00:00.000Z', '2024-07-02T06:00:00.000Z'], 1440),
      ]);
  });

  it('closes a check-in made after the end at the check-in itself, with nothing measured', () => {
    spec
      .given([registered(), checkedIn('s-1', activity, '2024-07-01T06:00:00.000Z')])
      .when(closeMissedCheckOut('2024-07-01T08:00:00Z'))
      .then([
        missed('2024-07-01T06:00:00.000Z', ['2024-07-01T05:00:00.000Z', '2024-07-01T05:00:00.000Z'], 0),
      ]);
  });

  it('is harmless when sent again or with nothing open', () => {
    spec
      .given([
        registered(),
        checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z'),
        missed('2024-07-01T05:00:00.000Z', ['2024-07-01T01:00:00.000Z', '2024-07-01T05:00:00.000Z'], 240),
      ])
      .when(closeMissedCheckOut('2024-07-02T00:00:00Z'))
      .then([]);
    spec
      .given([
        registered(),
        checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z'),
        checkedOut(
          's-1',
          '2024-07-01T02:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
          60,
        ),
      ])
      .when(closeMissedCheckOut('2024-07-02T00:00:00Z'))
      .then([]);
  });

  it('refuses a volunteer who is not registered', () => {
    spec.given([]).when(closeMissedCheckOut('2024-07-02T00:00:00Z')).thenThrows('VOLUNTEER_NOT_FOUND');
  });
});
