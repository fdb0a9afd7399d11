import { deciderSpecification } from '../../testing/decider-specification.js';
import {
  VOLUNTEER_ID,
  anActivity,
  anActor,
  checkedIn,
  checkedOut,
  confirmed,
  registered,
} from '../../testing/fixtures.js';
import { rejectSession } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type SessionRejected, type VolunteerEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
const open: VolunteerEvent[] = [registered(), checkedIn('s-1', anActivity(), '2024-07-01T01:00:00.000Z')];
const pending: VolunteerEvent[] = [
  ...open,
  checkedOut(
    's-1',
    '2024-07-01T03:00:00.000Z',
    ['2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z'],
    120,
  ),
];
const rejected = (reason: string): SessionRejected => ({
  type: 'SessionRejected',
  data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason },
});

describe('rejection', () => {
  it('rejects a pending session with its reason, trimmed', () => {
    spec
      .given(pending)
      .when(rejectSession('s-1', '  not on the sign-in sheet '))
      .then([rejected('not on the sign-in sheet')]);
  });

  it('requires a reason', () => {
    spec.given(pending).when(rejectSession('s-1', '   ')).thenThrows('REASON_REQUIRED', 'reason');
  });

  it('accepts a 500-character reason and refuses a longer one', () => {
    spec
      .given(pending)
      .when(rejectSession('s-1', 'x'.repeat(500)))
      .then([rejected('x'.repeat(500))]);
    spec
      .given(pending)
      .when(rejectSession('s-1', 'x'.repeat(501)))
      .thenThrows('VALIDATION_FAILED', 'reason');
  });

  it('refuses an open, confirmed or already rejected session', () => {
    spec.given(open).when(rejectSession('s-1', 'absent')).thenThrows('INVALID_SESSION_STATE');
    spec
      .given([...pending, confirmed('s-1', 120)])
      .when(rejectSession('s-1', 'absent'))
      .thenThrows('INVALID_SESSION_STATE');
    spec
      .given([...pending, rejected('absent')])
      .when(rejectSession('s-1', 'absent'))
      .thenThrows('INVALID_SESSION_STATE');
  });

  it('谁记录谁证明: only the organising subtree rejects, an organiser outside the organising line is refused', () => {
    spec
      .given(pending)
      .when(rejectSession('s-1', 'absent', anActor('tianyuan')))
      .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
  });

  it('refuses an unknown session', () => {
    spec.given(pending).when(rejectSession('s-2', 'absent')).thenThrows('SESSION_NOT_FOUND');
  });
});
