import { requireId } from '../decider.js';
import { entryOf } from '../shared/dictionary.js';
import { DomainError } from '../shared/errors.js';
import { type ServiceInterval } from './hour-rules.js';
import { type RegisteredVolunteer, type VolunteerState } from './volunteer.state.js';
import { occupiedInterval, type VolunteerSession } from './volunteer-session.js';

export const REASON_MAX_LENGTH = 500;

export function requireRegistered(state: VolunteerState): RegisteredVolunteer {
  if (state.status === 'Unregistered')
    throw new DomainError('VOLUNTEER_NOT_FOUND', 'the volunteer is not registered');
  return state;
}

export function requireSession(state: RegisteredVolunteer, sessionId: string): VolunteerSession {
  const session = entryOf(state.sessions, sessionId);
  if (!session) throw new DomainError('SESSION_NOT_FOUND', `session ${sessionId} does not exist`);
  return session;
}

export function requireNewSessionId(state: RegisteredVolunteer, sessionId: string): string {
  requireId(sessionId, 'sessionId');
  if (entryOf(state.sessions, sessionId)) {
    throw new DomainError('SESSION_ALREADY_EXISTS', `session ${sessionId} exists`, 'sessionId');
  }
  return sessionId;
}

/** A reason is what makes a correction, rejection or revocation traceable; it is stored trimmed. */
export function requireReason(reason: string): string {
  const text = reason.trim();
  if (text.length === 0) throw new DomainError('REASON_REQUIRED', 'a reason is required', 'reason');
  if (text.length > REASON_MAX_LENGTH) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `reason must be at most ${REASON_MAX_LENGTH} characters`,
      'reason',
    );
  }
  return text;
}

/** A session's occupied interval with its ends as epoch milliseconds. */
interface Occupied {
  readonly interval: ServiceInterval;
  readonly start: number;
  readonly end: number;
}

/**
 * Each session's occupied interval, its ends parsed once per session: a fold replaces a session it changes
 * and never edits one in place, so a command's overlap pass parses no dates again.
 */
const occupiedBySession = new WeakMap<VolunteerSession, Occupied | null>();

function occupiedOf(session: VolunteerSession): Occupied | null {
  let occupied = occupiedBySession.get(session);
  if (occupied === undefined) {
    const interval = occupiedInterval(session);
    occupied = interval && { interval, start: Date.parse(interval.start), end: Date.parse(interval.end) };
    occupiedBySession.set(session, occupied);
  }
  return occupied;
}

/** No two counted sessions of one volunteer overlap; touching ends are fine (intervals are half-open). */
export function requireNoOverlap(
  state: RegisteredVolunteer,
  interval: ServiceInterval,
  field: string,
  exceptSessionId?: string,
): void {
  const start = Date.parse(interval.start);
  const end = Date.parse(interval.end);
  // An empty interval counts no time, so it cannot take time from another (as `intervalsOverlap` has it).
  if (!(start < end)) return;
  for (const other of Object.values(state.sessions)) {
    if (other.sessionId === exceptSessionId) continue;
    const occupied = occupiedOf(other);
    if (
      occupied === null ||
      !(occupied.start < occupied.end && start < occupied.end && occupied.start < end)
    ) {
      continue;
    }
    throw new DomainError(
      'SESSION_OVERLAPS',
      `[${interval.start}, ${interval.end}) overlaps session ${other.sessionId} [${occupied.interval.start}, ${occupied.interval.end})`,
      field,
    );
  }
}
