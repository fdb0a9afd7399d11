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
import { checkIn, revokeSession } from '../../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer.decider.js';
import { type SessionRevoked, type VolunteerEvent } from '../volunteer.events.js';

const spec = deciderSpecification(volunteerDecider);
const activity = anActivity();
const open: VolunteerEvent[] = [registered(), checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z')];
const pending: VolunteerEvent[] = [
  ...open,
  checkedOut(
    's-1',
    '2024-07-01T03:00:00.000Z',
    ['2024-07-01T01:00:00.000Z', '2024-07-01T03:00:00.000Z'],
    120,
  ),
];
const confirmed120 = [...pending, confirmed('s-1', 120)];

const revoked = (revokedMinutes: number, reason = 'forged sign-in'): SessionRevoked => ({
  type: 'SessionRevoked',
  data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason, revokedMinutes },
});

describe('revocation', () => {
  it('志愿服务记录与证明出具办法 (2020), true records: a revocation takes out the minutes a confirmed session counted', () => {
    spec
      .given(confirmed120)
      .when(revokeSession('s-1', ' forged sign-in '))
      .then([revoked(120)]);
  });

  it('takes out the corrected minutes after a correction', () => {
    spec
      .given([
        ...confirmed120,
        {
          type: 'SessionCorrected',
          data: {
            sessionId: 's-1',
            volunteerId: VOLUNTEER_ID,
            minutes: 90,
            previousMinutes: 120,
            reason: 'left early',
          },
        },
      ])
      .when(revokeSession('s-1', 'forged sign-in'))
      .then([revoked(90)]);
  });

  it('revokes a pending session, which counted nothing', () => {
    spec
      .given(pending)
      .when(revokeSession('s-1', 'forged sign-in'))
      .then([revoked(0)]);
  });

  it('revokes an open session and so closes it: the volunteer may check in again', () => {
    spec
      .given(open)
      .when(revokeSession('s-1', 'checked in for someone else'))
      .then([revoked(0, 'checked in for someone else')]);
    spec
      .given([...open, revoked(0)])
      .when(checkIn('s-2', '2024-07-01T01:30:00Z', '2024-07-01T01:30:00Z'))
      .then([checkedIn('s-2', activity, '2024-07-01T01:30:00.000Z')]);
  });

  it('refuses a rejected or already revoked session', () => {
    spec
      .given([
        ...pending,
        { type: 'SessionRejected', data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'absent' } },
      ])
      .when(revokeSession('s-1', 'forged sign-in'))
      .thenThrows('INVALID_SESSION_STATE');
    spec
      .given([...confirmed120, revoked(120)])
      .when(revokeSession('s-1', 'forged sign-in'))
      .thenThrows('INVALID_SESSION_STATE');
  });

  it('志愿服务记录与证明出具办法 (2020), true records: a revocation requires a reason', () => {
    spec.given(confirmed120).when(revokeSession('s-1', '\n\t ')).thenThrows('REASON_REQUIRED', 'reason');
  });

  it('product access model, a role covers its subtree: lets the system administrator revoke anywhere and refuses an admin of a sibling district', () => {
    spec
      .given(confirmed120)
      .when(revokeSession('s-1', 'forged sign-in', anActor('*', ['admin'])))
      .then([revoked(120)]);
    spec
      .given(confirmed120)
      .when(revokeSession('s-1', 'forged sign-in', anActor('tianyuan', ['admin'])))
      .thenThrows('NOT_IN_ORGANIZING_SUBTREE');
  });

  it('refuses an unknown session', () => {
    spec.given(confirmed120).when(revokeSession('s-2', 'forged sign-in')).thenThrows('SESSION_NOT_FOUND');
  });
});
