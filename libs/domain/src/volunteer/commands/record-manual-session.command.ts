import { requireOrganizingSubtree } from '../../access-rules.js';
import { type ActivitySnapshot } from '../../activity/activity.events.js';
import { requireInstant, toUtcIso, type DomainCommand } from '../../decider.js';
import { selfCertification } from '../../presence/self-certification.js';
import { DomainError } from '../../shared/errors.js';
import { requireActive } from '../profile-guards.js';
import { type Actor } from '../../shared/event.js';
import {
  clipToActivityWindow,
  isInFuture,
  isNearActivityWindow,
  MAX_SESSION_MS,
  measureMinutes,
} from '../hour-rules.js';
import { requireNewSessionId, requireNoOverlap, requireRegistered } from '../session-guards.js';
import { type VolunteerEvent } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { posted } from './confirm-session.command.js';

export const MANUAL_SESSION_NOTE_MAX_LENGTH = 500;

/** A paper sign-in sheet: the organiser states start, end and minutes. */
export type RecordManualSession = DomainCommand<
  'RecordManualSession',
  {
    readonly sessionId: string;
    readonly activity: ActivitySnapshot;
    readonly startedAt: string;
    readonly endedAt: string;
    readonly minutes: number;
    readonly note: string;
    readonly actor: Actor;
    readonly now: string;
    /** 公示: the days the organising line posts a confirmation for; 0 or absent: none. */
    readonly postingDays?: number;
  }
>;

export function decideRecordManualSession(
  command: RecordManualSession,
  state: VolunteerState,
): VolunteerEvent[] {
  const { activity, minutes, actor } = command.data;
  const registered = requireRegistered(state);
  requireActive(registered);
  const sessionId = requireNewSessionId(registered, command.data.sessionId);
  requireOrganizingSubtree(actor, activity);

  const started = requireInstant(command.data.startedAt, 'startedAt');
  const ended = requireInstant(command.data.endedAt, 'endedAt');
  const now = requireInstant(command.data.now, 'now');
  if (ended <= started)
    throw new DomainError('VALIDATION_FAILED', 'endedAt must be after startedAt', 'endedAt');
  if (ended - started > MAX_SESSION_MS) {
    throw new DomainError('SESSION_TOO_LONG', 'a session lasts at most 24 hours', 'endedAt');
  }
  if (isInFuture(ended, now)) {
    throw new DomainError('SESSION_IN_FUTURE', 'a session may end at most 5 minutes ahead of now', 'endedAt');
  }
  if (!isNearActivityWindow(activity, started)) {
    throw new DomainError(
      'OUTSIDE_ACTIVITY_WINDOW',
      'a session must start within 2 hours of the activity',
      'startedAt',
    );
  }
  if (!isNearActivityWindow(activity, ended)) {
    throw new DomainError(
      'OUTSIDE_ACTIVITY_WINDOW',
      'a session must end within 2 hours of the activity',
      'endedAt',
    );
  }
  if (!Number.isSafeInteger(minutes) || minutes <= 0) {
    throw new DomainError('VALIDATION_FAILED', 'minutes must be a whole number above 0', 'minutes');
  }
  const service = clipToActivityWindow(activity, started, ended);
  const ceiling = measureMinutes(activity, service);
  if (minutes > ceiling) {
    throw new DomainError(
      'MINUTES_EXCEED_INTERVAL',
      `the interval counts at most ${ceiling} minutes within the activity's window and cap`,
      'minutes',
    );
  }
  const note = command.data.note.trim();
  if (note.length > MANUAL_SESSION_NOTE_MAX_LENGTH) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `note must be at most ${MANUAL_SESSION_NOTE_MAX_LENGTH} characters`,
      'note',
    );
  }
  requireNoOverlap(registered, service, 'startedAt');

  const { volunteerId } = registered.profile;
  const startedAt = toUtcIso(started);
  const endedAt = toUtcIso(ended);
  return [
    {
      type: 'ManualSessionRecorded',
      data: { sessionId, volunteerId, activity, startedAt, endedAt, minutes, note },
    },
    // 谁记录谁证明: the organiser who records the sheet certifies it in the same append.
    {
      type: 'SessionConfirmed',
      data: {
        sessionId,
        volunteerId,
        minutes,
        measuredMinutes: minutes,
        automatic: false,
        ...selfCertification(actor, volunteerId),
        ...posted(command.data.postingDays, toUtcIso(requireInstant(command.data.now, 'now'))),
      },
    },
  ];
}
