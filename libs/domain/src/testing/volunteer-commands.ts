import { type ActivitySnapshot } from '../activity/activity.events.js';
import { type Actor } from '../shared/event.js';
import { type CheckInMethod } from '../activity/venue.js';
import { type PresenceClaim } from '../presence/attendance-proof.js';
import { type CheckIn } from '../volunteer/commands/check-in.command.js';
import { type CheckOut } from '../volunteer/commands/check-out.command.js';
import { type CloseMissedCheckOut } from '../volunteer/commands/close-missed-check-out.command.js';
import { type ConfirmSession } from '../volunteer/commands/confirm-session.command.js';
import { type CorrectSession } from '../volunteer/commands/correct-session.command.js';
import { type RecordManualSession } from '../volunteer/commands/record-manual-session.command.js';
import { type RejectSession } from '../volunteer/commands/reject-session.command.js';
import { type RevokeSession } from '../volunteer/commands/revoke-session.command.js';
import { anActivity, anActor } from './fixtures.js';

// Command builders for the volunteer decider's specifications. The organiser defaults to the activity's team.

const organizer = anActor('lotus-team');

/** By default the team's organiser checks the volunteer in with method organizer; hour rules apply alike. */
export function checkIn(
  sessionId: string,
  at: string | undefined,
  now: string,
  activity = anActivity(),
  {
    method = 'organizer',
    presence = { actor: organizer },
  }: { method?: CheckInMethod; presence?: PresenceClaim } = {},
): CheckIn {
  return {
    type: 'CheckIn',
    data: { sessionId, activity, ...(at === undefined ? {} : { at }), method, now, presence },
  };
}

export function checkOut(
  at: string | undefined,
  now: string,
  activityId = 'act-1',
  presence: PresenceClaim = { actor: organizer },
): CheckOut {
  return { type: 'CheckOut', data: { activityId, ...(at === undefined ? {} : { at }), now, presence } };
}

export function closeMissedCheckOut(now: string): CloseMissedCheckOut {
  return { type: 'CloseMissedCheckOut', data: { now } };
}

export function recordManualSession(
  sessionId: string,
  [startedAt, endedAt]: [string, string],
  minutes: number,
  now: string,
  {
    activity = anActivity(),
    actor = organizer,
    note = 'paper sheet',
  }: { activity?: ActivitySnapshot; actor?: Actor; note?: string } = {},
): RecordManualSession {
  return {
    type: 'RecordManualSession',
    data: { sessionId, activity, startedAt, endedAt, minutes, note, actor, now },
  };
}

export function confirmSession(sessionId: string, minutes?: number, actor = organizer): ConfirmSession {
  return {
    type: 'ConfirmSession',
    data: { sessionId, ...(minutes === undefined ? {} : { minutes }), actor },
  };
}

export function rejectSession(sessionId: string, reason: string, actor = organizer): RejectSession {
  return { type: 'RejectSession', data: { sessionId, reason, actor } };
}

export function correctSession(
  sessionId: string,
  minutes: number,
  reason: string,
  actor = organizer,
): CorrectSession {
  return { type: 'CorrectSession', data: { sessionId, minutes, reason, actor } };
}

export function revokeSession(
  sessionId: string,
  reason: string,
  actor = anActor('zz', ['admin']),
): RevokeSession {
  return { type: 'RevokeSession', data: { sessionId, reason, actor } };
}
