import { entryOf } from '../../shared/dictionary.js';
import { requireInstant, toUtcIso, type DomainCommand } from '../../decider.js';
import { isCheckOutMissed, measureSession, missedCheckOutAt } from '../hour-rules.js';
import { type SessionCheckOutMissed } from '../volunteer.events.js';
import { type RegisteredVolunteer, type VolunteerState } from '../volunteer.state.js';
import { requireRegistered } from '../session-guards.js';

/** Sent by a sweeper, and implied by any later check-in: missed check-outs must not pile up hours. */
export type CloseMissedCheckOut = DomainCommand<'CloseMissedCheckOut', { readonly now: string }>;

export function decideCloseMissedCheckOut(
  command: CloseMissedCheckOut,
  state: VolunteerState,
): SessionCheckOutMissed[] {
  const registered = requireRegistered(state);
  return closeIfCheckOutMissed(registered, requireInstant(command.data.now, 'now'));
}

/**
 * Closes the open session at its activity's end when it is still open two hours after that end; otherwise
 * nothing, so sending it twice, or too early, is harmless.
 */
export function closeIfCheckOutMissed(state: RegisteredVolunteer, now: number): SessionCheckOutMissed[] {
  const open = state.openSessionId === null ? undefined : entryOf(state.sessions, state.openSessionId);
  if (open?.phase !== 'Open' || !isCheckOutMissed(open.activity, now)) return [];
  const checkedIn = Date.parse(open.checkedInAt);
  const closedAt = missedCheckOutAt(open.activity, checkedIn);
  return [
    {
      type: 'SessionCheckOutMissed',
      data: {
        sessionId: open.sessionId,
        volunteerId: state.profile.volunteerId,
        closedAt: toUtcIso(closedAt),
        ...measureSession(open.activity, checkedIn, closedAt),
      },
    },
  ];
}
