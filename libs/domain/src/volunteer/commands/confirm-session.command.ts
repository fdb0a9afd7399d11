import { requireOrganizingSubtree } from '../../access-rules.js';
import { requireWholeMinutes, type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { requireRegistered, requireSession } from '../session-guards.js';
import { type SessionConfirmed } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { isPending } from '../volunteer-session.js';

export type ConfirmSession = DomainCommand<
  'ConfirmSession',
  {
    readonly sessionId: string;
    /** Fewer than measured when the organiser saw less service; the measured minutes when absent. */
    readonly minutes?: number;
    readonly actor: Actor;
  }
>;

export function decideConfirmSession(command: ConfirmSession, state: VolunteerState): SessionConfirmed[] {
  const { sessionId, actor } = command.data;
  const registered = requireRegistered(state);
  const session = requireSession(registered, sessionId);
  requireOrganizingSubtree(actor, session.activity);
  if (!isPending(session)) {
    throw new DomainError(
      'INVALID_SESSION_STATE',
      `session ${sessionId} is ${session.phase}, not awaiting confirmation`,
    );
  }
  const { measuredMinutes } = session;
  const minutes = requireWholeMinutes(command.data.minutes ?? measuredMinutes, 'minutes');
  if (minutes > measuredMinutes) {
    throw new DomainError(
      'MINUTES_EXCEED_MEASURED',
      `at most the ${measuredMinutes} measured minutes`,
      'minutes',
    );
  }
  const { volunteerId } = registered.profile;
  return [
    {
      type: 'SessionConfirmed',
      data: { sessionId, volunteerId, minutes, measuredMinutes, automatic: false },
    },
  ];
}
