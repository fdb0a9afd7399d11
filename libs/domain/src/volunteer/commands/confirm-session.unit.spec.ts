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
import { confirmSession } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type VolunteerEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
const activity = anActivity();
const open: VolunteerEvent[] = [registered(), checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z')];
const checkedOut150: VolunteerEvent[] = [
  ...open,
  checkedOut(
    's-1',
    '2024-07-01T03:30:00.000Z',
    ['2024-07-01T01:00:00.000Z', '2024-07-01T03:30:00.000Z'],
    150,
  ),
];

describe('confirmation', () => {
  it('confirms the measured minutes by default', () => {
    spec
      .given(checkedOut150)
      .when(confirmSession('s-1'))
      .then([confirmed('s-1', 150, 150)]);
  });

  it('confirms fewer minutes than measured, down to none', () => {
    spec
      .given(checkedOut150)
      .when(confirmSession('s-1', 120))
      .then([confirmed('s-1', 120, 150)]);
    spec
      .given(checkedOut150)
      .when(confirmSession('s-1', 0))
      .then([confirmed('s-1', 0, 150)]);
  });

  it('志愿服务记录与证明出具办法 (2020), true and accurate records: never confirms more than measured', () => {
    spec
      .given(checkedOut150)
      .when(confirmSession('s-1', 151))
      .thenThrows('MINUTES_EXCEED_MEASURED', 'minutes');
  });

  it.each([-1, 10.5, Number.POSITIVE_INFINITY])('refuses %s minutes', (minutes) => {
    spec.given(checkedOut150).when(confirmSession('s-1', minutes)).thenThrows('VALIDATION_FAILED', 'minutes');
  });

  it('confirms a missed check-out, pending since it was closed', () => {
    spec
      .given([
        ...open,
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
      ])
      .when(confirmSession('s-1', 90))
      .then([confirmed('s-1', 90, 240)]);
  });

  it('confirms a paper sheet recorded but not yet certified, up to its stated minutes', () => {
    const recorded = [
      registered(),
      manualRecorded('m-1', activity, '2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z', 100),
    ];
    spec
      .given(recorded)
      .when(confirmSession('m-1'))
      .then([confirmed('m-1', 100, 100)]);
    spec.given(recorded).when(confirmSession('m-1', 101)).thenThrows('MINUTES_EXCEED_MEASURED', 'minutes');
  });

  it('refuses an open, confirmed or rejected session', () => {
    spec.given(open).when(confirmSession('s-1')).thenThrows('INVALID_SESSION_STATE');
    spec
      .given([...checkedOut150, confirmed('s-1', 150)])
      .when(confirmSession('s-1'))
      .thenThrows('INVALID_SESSION_STATE');
    spec
      .given([
        ...checkedOut150,
        { type: 'SessionRejected', data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'absent' } },
      ])
      .when(confirmSession('s-1'))
      .thenThrows('INVALID_SESSION_STATE');
  });

  it('refuses an unknown session and an unregistered volunteer', () => {
    spec.given(checkedOut150).when(confirmSession('s-9')).thenThrows('SESSION_NOT_FOUND');
    spec.given([]).when(confirmSession('s-1')).thenThrows('VOLUNTEER_NOT_FOUND');
  });

  describe('who records certifies (谁记录谁证明)', () => {
    it.each(['lotus-team', 'lotus', 'hetang', 'zz', '*'])('lets an organiser bound at %s confirm', (org) => {
      spec
        .given(checkedOut150)
        .when(confirmSession('s-1', undefined, anActor(org)))
        .then([confirmed('s-1', 150, 150)]);
    });

    it.each(['tianyuan', 'other-team', 'lotus-team-sub'])('refuses an organiser bound at %s', (org) => {
      spec
        .given(checkedOut150)
        .when(confirmSession('s-1', undefined, anActor(org)))
        .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
    });

    it('谁记录谁证明: only the organising subtree confirms, judged by the activity organiser, not by the volunteer home organisation', () => {
      const tianyuanActivity = anActivity({
        organizationId: 'tianyuan',
        organizationPath: ['zz', 'tianyuan'],
      });
      const elsewhere: VolunteerEvent[] = [
        registered(),
        checkedIn('s-1', tianyuanActivity, '2024-07-01T01:00:00.000Z'),
        checkedOut(
          's-1',
          '2024-07-01T02:00:00.000Z',
          ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
          60,
        ),
      ];
      spec
        .given(elsewhere)
        .when(confirmSession('s-1', undefined, anActor('lotus')))
        .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
      spec
        .given(elsewhere)
        .when(confirmSession('s-1', undefined, anActor('tianyuan')))
        .then([confirmed('s-1', 60)]);
    });
  });
});
