import { entryOf } from '../../shared/dictionary.js';
import { requireInstant, toUtcIso, type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { isInFuture, MAX_SESSION_MS, measureSession } from '../hour-rules.js';
import { requireNoOverlap, requireRegistered } from '../session-guards.js';
import { presenceFields, type PresenceClaim, requirePresence } from '../../presence/attendance-proof.js';
import { type VolunteerEvent } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { closeIfCheckOutMissed } from './close-missed-check-out.command.js';
import { posted } from './confirm-session.command.js';

export type CheckOut = DomainCommand<
  'CheckOut',
  {
    readonly activityId: string;
    /** Omitted: now. */
    readonly at?: string;
    readonly now: string;
    /** Who asks, and the code, location or reason they offer (`requirePresence`). */
    readonly presence: PresenceClaim;
    /** 公示: the days the organising line posts an automatic confirmation for; 0 or absent: none. */
    readonly postingDays?: number;
  }
>;

export function decideCheckOut(command: CheckOut, state: VolunteerState): VolunteerEvent[] {
  const { activityId } = command.data;
  const registered = requireRegistered(state);
  const open =
    registered.openSessionId === null ? undefined : entryOf(registered.sessions, registered.openSessionId);
  if (open?.phase !== 'Open' || open.activity.activityId !== activityId) {
    throw new DomainError('NO_OPEN_SESSION', `no session is open for activity ${activityId}`);
  }
  const now = requireInstant(command.data.now, 'now');
  const at = command.data.at === undefined ? now : requireInstant(command.data.at, 'at');
  const checkedIn = Date.parse(open.checkedInAt);
  if (at < checkedIn) {
    throw new DomainError(
      'CHECK_OUT_BEFORE_CHECK_IN',
      `check-out is before the check-in at ${open.checkedInAt}`,
      'at',
    );
  }
  if (isInFuture(at, now)) {
    throw new DomainError('CHECK_OUT_IN_FUTURE', 'a check-out may be at most 5 minutes ahead of now', 'at');
  }
  if (at - checkedIn > MAX_SESSION_MS) {
    throw new DomainError('SESSION_TOO_LONG', 'a session lasts at most 24 hours', 'at');
  }
  const evidence = requirePresence(open.activity, null, at, now, command.data.presence);

  // Once the missed check-out is due, the session is closed at the activity's end whoever asks first, so
  // the outcome does not depend on whether the sweeper has run yet.
  const missed = closeIfCheckOutMissed(registered, now);
  if (missed.length > 0) return missed;

  const measurement = measureSession(open.activity, checkedIn, at);
  const service = { start: measurement.serviceStart, end: measurement.serviceEnd };
  requireNoOverlap(registered, service, 'at', open.sessionId);

  const { sessionId } = open;
  const { volunteerId } = registered.profile;
  const checkedOut: VolunteerEvent = {
    type: 'VolunteerCheckedOut',
    data: { sessionId, volunteerId, checkedOutAt: toUtcIso(at), ...measurement, ...presenceFields(evidence) },
  };
  if (!open.activity.autoConfirm) return [checkedOut];
  const { measuredMinutes } = measurement;
  return [
    checkedOut,
    {
      type: 'SessionConfirmed',
      data: {
        sessionId,
        volunteerId,
        minutes: measuredMinutes,
        measuredMinutes,
        automatic: true,
        ...posted(command.data.postingDays, toUtcIso(now)),
      },
    },
  ];
}
