import { type ActivitySnapshot } from '../activity/activity.events.js';
import { assertUnreachable } from '../shared/errors.js';
import { postingOver } from '../posting/posting.js';
import { measureMinutes, reservedInterval, type ServiceInterval } from './hour-rules.js';

// A session's lifecycle. Every closed phase keeps its service interval, so overlap stays checkable.

interface SessionBase {
  readonly sessionId: string;
  readonly activity: ActivitySnapshot;
}

/** What a closed session can count: its interval in the window and the minutes measured on it. */
interface Measured {
  readonly service: ServiceInterval;
  /** The most a confirmation may grant: the measured minutes, or the minutes a paper sheet states. */
  readonly measuredMinutes: number;
}

export interface OpenSession extends SessionBase {
  readonly phase: 'Open';
  readonly checkedInAt: string;
}

export interface CheckedOutSession extends SessionBase, Measured {
  readonly phase: 'CheckedOut';
  readonly checkedInAt: string;
  readonly checkedOutAt: string;
}

export interface MissedCheckOutSession extends SessionBase, Measured {
  readonly phase: 'MissedCheckOut';
  readonly checkedInAt: string;
  readonly closedAt: string;
}

/** A paper sign-in sheet; the recording organiser certifies it in the same append. */
export interface RecordedSession extends SessionBase, Measured {
  readonly phase: 'Recorded';
}

export interface ConfirmedSession extends SessionBase, Measured {
  readonly phase: 'Confirmed';
  readonly minutes: number;
  /** 公示: counts only from this instant on; null when it was not posted. */
  readonly postedUntil: string | null;
}

/** A posted session someone objected to: back to review, to be confirmed or rejected again. */
export interface ObjectedSession extends SessionBase, Measured {
  readonly phase: 'Objected';
  readonly reason: string;
}

export interface RejectedSession extends SessionBase {
  readonly phase: 'Rejected';
  readonly service: ServiceInterval | null;
  readonly reason: string;
}

export interface RevokedSession extends SessionBase {
  readonly phase: 'Revoked';
  readonly service: ServiceInterval | null;
  readonly reason: string;
  readonly revokedMinutes: number;
}

export type VolunteerSession =
  | OpenSession
  | CheckedOutSession
  | MissedCheckOutSession
  | RecordedSession
  | ConfirmedSession
  | ObjectedSession
  | RejectedSession
  | RevokedSession;

export type SessionPhase = VolunteerSession['phase'];

/** Closed sessions awaiting an organiser's confirmation or rejection. */
export type PendingSession = CheckedOutSession | MissedCheckOutSession | RecordedSession | ObjectedSession;

export function isPending(session: VolunteerSession): session is PendingSession {
  return (
    session.phase === 'CheckedOut' ||
    session.phase === 'MissedCheckOut' ||
    session.phase === 'Recorded' ||
    session.phase === 'Objected'
  );
}

/**
 * The interval a session holds against every other session of the volunteer, or null when it holds none.
 * Pending sessions hold theirs (they may still be confirmed); an open one holds all it could still count.
 */
export function occupiedInterval(session: VolunteerSession): ServiceInterval | null {
  switch (session.phase) {
    case 'Open':
      return reservedInterval(session.activity, Date.parse(session.checkedInAt));
    case 'CheckedOut':
    case 'MissedCheckOut':
    case 'Recorded':
    case 'Confirmed':
    case 'Objected':
      return session.service;
    case 'Rejected':
    case 'Revoked':
      return null;
    default:
      return assertUnreachable(session);
  }
}

/** The most minutes a confirmed session may be corrected to: its interval's whole minutes, within the cap. */
export function correctionCeiling(session: ConfirmedSession): number {
  return measureMinutes(session.activity, session.service);
}

/** The minutes a session is confirmed for, posted (公示) or not; what a revocation takes out. */
export function countedMinutes(session: VolunteerSession): number {
  return session.phase === 'Confirmed' ? session.minutes : 0;
}

/** Confirmed and past its posting (公示) at the instant `at`. */
export function countsAt(session: VolunteerSession, at: string | number): session is ConfirmedSession {
  return session.phase === 'Confirmed' && postingOver(session.postedUntil, at);
}
