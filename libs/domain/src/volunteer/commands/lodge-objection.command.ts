import { type DomainCommand, requireInstant } from '../../decider.js';
import { coversPath } from '../../organization/organization-tree.js';
import { postingOver } from '../../posting/posting.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { requireReason, requireRegistered, requireSession } from '../session-guards.js';
import { type SessionObjected } from '../volunteer.events.js';
import { type RegisteredVolunteer, type VolunteerState } from '../volunteer.state.js';
import { type VolunteerSession } from '../volunteer-session.js';

/** 公示: an objection to a posted session, with its reason, lodged while the posting runs. */
export type LodgeObjection = DomainCommand<
  'LodgeObjection',
  { readonly sessionId: string; readonly reason: string; readonly actor: Actor; readonly now: string }
>;

export function decideLodgeObjection(command: LodgeObjection, state: VolunteerState): SessionObjected[] {
  const { sessionId, actor } = command.data;
  const registered = requireRegistered(state);
  const session = requireSession(registered, sessionId);
  requireObjectionScope(actor, registered, session);
  const now = requireInstant(command.data.now, 'now');
  if (
    session.phase !== 'Confirmed' ||
    session.postedUntil === null ||
    postingOver(session.postedUntil, now)
  ) {
    throw new DomainError(
      'NOT_POSTED',
      `session ${sessionId} is not under public posting (公示) now, so it takes no objection`,
    );
  }
  const reason = requireReason(command.data.reason);
  return [
    {
      type: 'SessionObjected',
      data: {
        sessionId,
        volunteerId: registered.profile.volunteerId,
        reason,
        postedUntil: session.postedUntil,
        objectedMinutes: session.minutes,
      },
    },
  ];
}

/**
 * Anyone in scope of the posting: the volunteer, and organisers and admins whose line covers the organising
 * organisation or the volunteer's own. Auditors only read; schools see credits, not postings.
 */
function requireObjectionScope(
  actor: Actor,
  volunteer: RegisteredVolunteer,
  session: VolunteerSession,
): void {
  const { volunteerId, organizationPath } = volunteer.profile;
  if (actor.roles.includes('volunteer') && actor.volunteerId === volunteerId) return;
  const staff = actor.roles.some((role) => role === 'organizer' || role === 'admin');
  if (
    staff &&
    (coversPath(actor.org, session.activity.organizationPath) || coversPath(actor.org, organizationPath))
  ) {
    return;
  }
  throw new DomainError('NOT_IN_SCOPE', `session ${session.sessionId} is outside the scope of ${actor.org}`);
}
