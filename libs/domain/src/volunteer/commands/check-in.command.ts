import { type ActivitySnapshot } from '../../activity/activity.events.js';
import { requireInstant, requireOneOf, toUtcIso, type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { requireActive } from '../profile-guards.js';
import { isInFuture, isNearActivityWindow, reservedInterval } from '../hour-rules.js';
import { requireNewSessionId, requireNoOverlap, requireRegistered } from '../session-guards.js';
import { CHECK_IN_METHODS, type CheckInMethod } from '../../activity/venue.js';
import { presenceFields, type PresenceClaim, requirePresence } from '../../presence/attendance-proof.js';
import { type VolunteerEvent } from '../volunteer.events.js';
import { evolveVolunteer, type VolunteerState } from '../volunteer.state.js';
import { closeIfCheckOutMissed } from './close-missed-check-out.command.js';

export type CheckIn = DomainCommand<
  'CheckIn',
  {
    readonly sessionId: string;
    /** The activity as its stream says it is, loaded by the handler; copied into the session. */
    readonly activity: ActivitySnapshot;
    /** Omitted: now. */
    readonly at?: string;
    readonly method: CheckInMethod;
    readonly now: string;
    /** Who asks, and the code, location or reason they offer (`requirePresence`). */
    readonly presence: PresenceClaim;
  }
>;

export function decideCheckIn(command: CheckIn, state: VolunteerState): VolunteerEvent[] {
  const { activity } = command.data;
  const registered = requireRegistered(state);
  requireActive(registered);
  const sessionId = requireNewSessionId(registered, command.data.sessionId);
  const method = requireOneOf(command.data.method, CHECK_IN_METHODS, 'method');
  const now = requireInstant(command.data.now, 'now');
  const at = command.data.at === undefined ? now : requireInstant(command.data.at, 'at');
  if (isInFuture(at, now)) {
    throw new DomainError('CHECK_IN_IN_FUTURE', 'a check-in may be at most 5 minutes ahead of now', 'at');
  }
  if (!isNearActivityWindow(activity, at)) {
    throw new DomainError(
      'OUTSIDE_ACTIVITY_WINDOW',
      'a check-in must be within 2 hours of the activity',
      'at',
    );
  }
  const evidence = requirePresence(activity, method, at, now, command.data.presence);

  // A session forgotten long ago must not block today's check-in: close it first, as the sweeper would.
  const closed = closeIfCheckOutMissed(registered, now);
  const current = requireRegistered(closed.reduce<VolunteerState>(evolveVolunteer, registered));
  if (current.openSessionId !== null) {
    throw new DomainError('SESSION_ALREADY_OPEN', `session ${current.openSessionId} is still open`);
  }
  requireNoOverlap(current, reservedInterval(activity, at), 'at');

  return [
    ...closed,
    {
      type: 'VolunteerCheckedIn',
      data: {
        sessionId,
        volunteerId: registered.profile.volunteerId,
        activity,
        checkedInAt: toUtcIso(at),
        method,
        ...presenceFields(evidence),
      },
    },
  ];
}
