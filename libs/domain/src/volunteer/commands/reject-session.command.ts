import { requireOrganizingSubtree } from '../../access-rules.js';
import { type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { requireReason, requireRegistered, requireSession } from '../session-guards.js';
import { type SessionRejected } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { isPending } from '../volunteer-session.js';

export type RejectSession = DomainCommand<
  'RejectSession',
  { readonly sessionId: string; readonly reason: string; readonly actor: Actor }
>;

export function decideRejectSession(command: RejectSession, state: VolunteerState): SessionRejected[] {
  const { sessionId, actor } = command.data;
  const registered = requireRegistered(state);
  const session = requireSession(registered, sessionId);
  requireOrganizingSubtree(actor, session.activity);
  if (!isPending(session)) {
    throw new DomainError(
      'INVALID_SESSION_STATE',
      `session ${sessionId} is ${session.phase}, not awaiting review`,
    );
  }
  const reason = requireReason(command.data.reason);
  return [
    { type: 'SessionRejected', data: { sessionId, volunteerId: registered.profile.volunteerId, reason } },
  ];
}
