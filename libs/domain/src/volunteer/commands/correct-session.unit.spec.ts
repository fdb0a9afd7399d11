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
import { correctSession } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type SessionCorrected, type VolunteerEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
const activity = anActivity();
// A 3-hour session, confirmed at 150 of its 180 measured minutes.
const closed: VolunteerEvent[] = [
  registered(),
  checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z'),
  checkedOut(
    's-1',
    '2024-07-01T04:00:00.000Z',
    ['2024-07-01T01:00:00.000Z', '2024-07-01T04:00:00.000Z'],
    180,
  ),
];
const confirmed150 = [...closed, confirmed('s-1', 150, 180)];

const corrected = (minutes: number, previousMinutes: number, reason = 'left early'): SessionCorrected => ({
  type: 'SessionCorrected',
  data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, minutes, previousMinutes, reason },
});

describe('correction', () => {
  it('corrects a confirmed session down, keeping the previous minutes', () => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 120, ' left early '))
      .then([corrected(120, 150)]);
  });

  it('corrects up to the whole minutes of the session interval, not more', () => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 180, 'left early'))
      .then([corrected(180, 150)]);
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 181, 'left early'))
      .thenThrows('MINUTES_EXCEED_INTERVAL', 'minutes');
  });

  it('corrects to zero', () => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 0, 'was not there'))
      .then([corrected(0, 150, 'was not there')]);
  });

  it('keeps a correction within the activity cap', () => {
    const capped = anActivity({ maxMinutesPerVolunteer: 160 });
    const history: VolunteerEvent[] = [
      registered(),
      checkedIn('s-1', capped, '2024-07-01T01:00:00.000Z'),
      checkedOut(
        's-1',
        '2024-07-01T04:00:00.000Z',
        ['2024-07-01T01:00:00.000Z', '2024-07-01T04:00:00.000Z'],
        160,
      ),
      confirmed('s-1', 150, 160),
    ];
    spec
      .given(history)
      .when(correctSession('s-1', 160, 'left early'))
      .then([corrected(160, 150)]);
    spec
      .given(history)
      .when(correctSession('s-1', 161, 'left early'))
      .thenThrows('MINUTES_EXCEED_INTERVAL', 'minutes');
  });

  it('bounds a paper sheet by its interval, not by the minutes it stated', () => {
    const sheet = [
      registered(),
      manualRecorded('s-1', activity, '2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 40),
      confirmed('s-1', 40),
    ];
    spec
      .given(sheet)
      .when(correctSession('s-1', 60, 'sheet misread'))
      .then([corrected(60, 40, 'sheet misread')]);
    spec
      .given(sheet)
      .when(correctSession('s-1', 61, 'sheet misread'))
      .thenThrows('MINUTES_EXCEED_INTERVAL', 'minutes');
  });

  it('志愿服务记录与证明出具办法 (2020), complete records: chains corrections, each naming the minutes it replaced', () => {
    spec
      .given([...confirmed150, corrected(120, 150)])
      .when(correctSession('s-1', 130, 'recounted'))
      .then([corrected(130, 120, 'recounted')]);
  });

  it('refuses a correction that changes nothing', () => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 150, 'left early'))
      .thenThrows('MINUTES_UNCHANGED', 'minutes');
  });

  it('志愿服务记录与证明出具办法 (2020), errors are checked and corrected (核实、修改): a correction requires a reason', () => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 120, ''))
      .thenThrows('REASON_REQUIRED', 'reason');
  });

  it.each([-1, 12.5])('refuses %s minutes', (minutes) => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', minutes, 'left early'))
      .thenThrows('VALIDATION_FAILED', 'minutes');
  });

  it('corrects only confirmed sessions', () => {
    spec
      .given(closed)
      .when(correctSession('s-1', 120, 'left early'))
      .thenThrows('INVALID_SESSION_STATE');
    spec
      .given([
        ...confirmed150,
        {
          type: 'SessionRevoked',
          data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'fraud', revokedMinutes: 150 },
        },
      ])
      .when(correctSession('s-1', 120, 'left early'))
      .thenThrows('INVALID_SESSION_STATE');
  });

  it('谁记录谁证明: only the organising subtree corrects, an organiser of a sibling subtree is refused', () => {
    spec
      .given(confirmed150)
      .when(correctSession('s-1', 120, 'left early', anActor('tianyuan')))
      .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
  });
});
