import { requireId } from '../decider.js';
import { entryOf } from '../shared/dictionary.js';
import { DomainError } from '../shared/errors.js';
import { type ServiceInterval } from './hour-rules.js';
import { type RegisteredVolunteer, type VolunteerState } from './volunteer.state.js';
import { occupiedIndexOf, occupiedOf } from './occupied-index.js';
import { type VolunteerSession } from './volunteer-session.js';

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
  const meets = (other: VolunteerSession): boolean => {
    if (other.sessionId === exceptSessionId) return false;
    const occupied = occupiedOf(other);
    return occupied !== null && occupied.start < occupied.end && start < occupied.end && occupied.start < end;
  };
  // The sessions of the days the interval touches, looked up in the record's index; all of them when the
  // interval is too wide for it.
  const near = occupiedIndexOf(state.sessions).near(start, end);
  let met: VolunteerSession | undefined;
  if (near === undefined) met = Object.values(state.sessions).find(meets);
  else {
    // A session of several days is in the set of each; one met twice is still one.
    let several = false;
    for (const sessions of near) {
      for (const other of sessions) {
        if (!meets(other)) continue;
        if (met === undefined) met = other;
        else if (met !== other) several = true;
      }
    }
    // Of several, name the one a pass over the whole record meets first, as the refusal always has.
    if (several) met = Object.values(state.sessions).find(meets) ?? met;
  }
  if (met === undefined) return;
  const occupied = occupiedOf(met);
  throw new DomainError(
    'SESSION_OVERLAPS',
    `[${interval.start}, ${interval.end}) overlaps session ${met.sessionId} [${occupied?.interval.start}, ${occupied?.interval.end})`,
    field,
  );
}
