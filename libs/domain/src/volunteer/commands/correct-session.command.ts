import { requireOrganizingSubtree } from '../../access-rules.js';
import { requireWholeMinutes, type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { requireReason, requireRegistered, requireSession } from '../session-guards.js';
import { type SessionCorrected } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { correctionCeiling } from '../volunteer-session.js';

/** Changes a confirmed session's minutes, up or down, within what its interval can count. */
export type CorrectSession = DomainCommand<
  'CorrectSession',
  { readonly sessionId: string; readonly minutes: number; readonly reason: string; readonly actor: Actor }
>;

export function decideCorrectSession(command: CorrectSession, state: VolunteerState): SessionCorrected[] {
  const { sessionId, actor } = command.data;
  const registered = requireRegistered(state);
  const session = requireSession(registered, sessionId);
  requireOrganizingSubtree(actor, session.activity);
  if (session.phase !== 'Confirmed') {
    throw new DomainError(
      'INVALID_SESSION_STATE',
      `session ${sessionId} is ${session.phase}; only confirmed ones are corrected`,
    );
  }
  const reason = requireReason(command.data.reason);
  const minutes = requireWholeMinutes(command.data.minutes, 'minutes');
  const ceiling = correctionCeiling(session);
  if (minutes > ceiling) {
    throw new DomainError(
      'MINUTES_EXCEED_INTERVAL',
      `the session's interval counts at most ${ceiling} minutes`,
      'minutes',
    );
  }
  // A correction that changes nothing would only add noise to the audit trail.
  if (minutes === session.minutes) {
    throw new DomainError(
      'MINUTES_UNCHANGED',
      `session ${sessionId} already counts ${minutes} minutes`,
      'minutes',
    );
  }
  const { volunteerId } = registered.profile;
  return [
    {
      type: 'SessionCorrected',
      data: { sessionId, volunteerId, minutes, previousMinutes: session.minutes, reason },
    },
  ];
}
