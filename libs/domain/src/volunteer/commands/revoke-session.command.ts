import { requireOrganizingSubtree } from '../../access-rules.js';
import { type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { requireReason, requireRegistered, requireSession } from '../session-guards.js';
import { type SessionRevoked } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { countedMinutes } from '../volunteer-session.js';

/**
 * Takes a session out of every balance, e.g. a fraudulent one. Revoking an open session also closes it,
 * so the volunteer can check in again.
 */
export type RevokeSession = DomainCommand<
  'RevokeSession',
  { readonly sessionId: string; readonly reason: string; readonly actor: Actor }
>;

export function decideRevokeSession(command: RevokeSession, state: VolunteerState): SessionRevoked[] {
  const { sessionId, actor } = command.data;
  const registered = requireRegistered(state);
  const session = requireSession(registered, sessionId);
  requireOrganizingSubtree(actor, session.activity);
  if (session.phase === 'Rejected' || session.phase === 'Revoked') {
    throw new DomainError('INVALID_SESSION_STATE', `session ${sessionId} is already ${session.phase}`);
  }
  const reason = requireReason(command.data.reason);
  const { volunteerId } = registered.profile;
  return [
    {
      type: 'SessionRevoked',
      data: { sessionId, volunteerId, reason, revokedMinutes: countedMinutes(session) },
    },
  ];
}
