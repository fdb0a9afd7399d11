import { type ActivitySnapshot } from '../activity/activity.events.js';
import { toUtcIso } from '../decider.js';
import { HOUR_MS, MINUTE_MS } from '../shared/time.js';

// The default hour rules of SPEC §3, in one place. Instants are epoch milliseconds here.

/** Clocks disagree a little; a time this far ahead of the ledger's `now` is still accepted. */
export const FUTURE_TOLERANCE_MS = 5 * MINUTE_MS;
/** Volunteers arrive early and leave late; check-ins this far outside the window are still accepted. */
export const ACTIVITY_WINDOW_TOLERANCE_MS = 2 * HOUR_MS;
export const MAX_SESSION_MS = 24 * HOUR_MS;
/** An open session still open this long after its activity's end is closed as a missed check-out. */
export const MISSED_CHECK_OUT_AFTER_MS = 2 * HOUR_MS;

/** Half-open [start, end) in UTC ISO strings; start === end is an empty interval that overlaps nothing. */
export interface ServiceInterval {
  readonly start: string;
  readonly end: string;
}

export interface Measurement {
  readonly serviceStart: string;
  readonly serviceEnd: string;
  readonly measuredMinutes: number;
}

const ms = (instant: string): number => Date.parse(instant);

export function isInFuture(at: number, now: number): boolean {
  return at > now + FUTURE_TOLERANCE_MS;
}

/** Whether an instant lies within the activity's window widened by the tolerance, bounds included. */
export function isNearActivityWindow(activity: ActivitySnapshot, at: number): boolean {
  return (
    at >= ms(activity.startsAt) - ACTIVITY_WINDOW_TOLERANCE_MS &&
    at <= ms(activity.endsAt) + ACTIVITY_WINDOW_TOLERANCE_MS
  );
}

/** The part of [from, to] inside the activity's window: travel and waiting are not service. */
export function clipToActivityWindow(activity: ActivitySnapshot, from: number, to: number): ServiceInterval {
  const startsAt = ms(activity.startsAt);
  const endsAt = ms(activity.endsAt);
  const start = Math.min(Math.max(from, startsAt), endsAt);
  const end = Math.max(start, Math.min(to, endsAt));
  return { start: toUtcIso(start), end: toUtcIso(end) };
}

/** The most minutes an interval may count: whole minutes, floored, within the activity's cap. */
export function measureMinutes(activity: ActivitySnapshot, interval: ServiceInterval): number {
  const whole = Math.floor(Math.max(0, ms(interval.end) - ms(interval.start)) / MINUTE_MS);
  const cap = activity.maxMinutesPerVolunteer;
  return cap === null ? whole : Math.min(whole, cap);
}

/** A session's measured minutes: the overlap of [checkedIn, checkedOut] with the window, floored, capped. */
export function measureSession(
  activity: ActivitySnapshot,
  checkedIn: number,
  checkedOut: number,
): Measurement {
  const interval = clipToActivityWindow(activity, checkedIn, checkedOut);
  return {
    serviceStart: interval.start,
    serviceEnd: interval.end,
    measuredMinutes: measureMinutes(activity, interval),
  };
}

export function intervalsOverlap(a: ServiceInterval, b: ServiceInterval): boolean {
  const [aStart, aEnd, bStart, bEnd] = [ms(a.start), ms(a.end), ms(b.start), ms(b.end)];
  // An empty interval counts no time, so it cannot take time from another.
  return aStart < aEnd && bStart < bEnd && aStart < bEnd && bStart < aEnd;
}

/**
 * Where an open session's service counts from until its check-out measures it: the check-in, or the
 * activity's start for a volunteer who came early.
 */
export function openSessionServiceStart(activity: ActivitySnapshot, checkedInAt: string): string {
  return ms(checkedInAt) >= ms(activity.startsAt) ? checkedInAt : activity.startsAt;
}

/** Whether a session of this activity left open at `now` must be closed as a missed check-out. */
export function isCheckOutMissed(activity: ActivitySnapshot, now: number): boolean {
  return now - ms(activity.endsAt) > MISSED_CHECK_OUT_AFTER_MS;
}

/** Where a missed check-out closes: the activity's end, but never past 24 hours nor before the check-in. */
export function missedCheckOutAt(activity: ActivitySnapshot, checkedIn: number): number {
  return Math.max(checkedIn, Math.min(ms(activity.endsAt), checkedIn + MAX_SESSION_MS));
}

/**
 * The most an open session could still come to count: from its check-in to its activity's end or the
 * 24-hour limit. Holding this whole interval against other sessions means its check-out, or its missed
 * check-out, can never overlap a session recorded meanwhile.
 */
export function reservedInterval(activity: ActivitySnapshot, checkedIn: number): ServiceInterval {
  return clipToActivityWindow(activity, checkedIn, checkedIn + MAX_SESSION_MS);
}
