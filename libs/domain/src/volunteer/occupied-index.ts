import { type Dictionary } from '../shared/dictionary.js';
import { type ServiceInterval } from './hour-rules.js';
import { occupiedInterval, type VolunteerSession } from './volunteer-session.js';

/** A session's occupied interval with its ends as epoch milliseconds. */
export interface Occupied {
  readonly interval: ServiceInterval;
  readonly start: number;
  readonly end: number;
}

/**
 * Each session's occupied interval, its ends parsed once per session: a fold replaces a session it changes
 * and never edits one in place, so an overlap check parses no dates again.
 */
const occupiedBySession = new WeakMap<VolunteerSession, Occupied | null>();

export function occupiedOf(session: VolunteerSession): Occupied | null {
  let occupied = occupiedBySession.get(session);
  if (occupied === undefined) {
    const interval = occupiedInterval(session);
    occupied = interval && { interval, start: Date.parse(interval.start), end: Date.parse(interval.end) };
    occupiedBySession.set(session, occupied);
  }
  return occupied;
}

const DAY_MS = 86_400_000;
/**
 * Intervals over more UTC days than this are kept apart and looked at by every query; a query over more
 * days is answered by looking at every session. Sessions last 24 hours at most, so neither happens in use.
 */
const MAX_INDEXED_DAYS = 31;

/** The UTC days an interval of positive length touches, first and last, or null when there are too many. */
function daysOf(start: number, end: number): [number, number] | null {
  const first = Math.floor(start / DAY_MS);
  const last = Math.floor((end - 1) / DAY_MS);
  return last - first < MAX_INDEXED_DAYS ? [first, last] : null;
}

/**
 * The sessions of one sessions record by the UTC days their occupied intervals touch, so an overlap check
 * looks at the sessions of a day or two instead of the whole history. Sessions that occupy nothing (an
 * empty interval, a rejected or revoked session) are not in it.
 */
class OccupiedIndex {
  private readonly byDay = new Map<number, Set<VolunteerSession>>();
  private readonly wide = new Set<VolunteerSession>();

  add(session: VolunteerSession): void {
    const occupied = occupiedOf(session);
    if (occupied === null || !(occupied.start < occupied.end)) return;
    const days = daysOf(occupied.start, occupied.end);
    if (days === null) {
      this.wide.add(session);
      return;
    }
    for (let day = days[0]; day <= days[1]; day += 1) {
      let sessions = this.byDay.get(day);
      if (sessions === undefined) this.byDay.set(day, (sessions = new Set()));
      sessions.add(session);
    }
  }

  remove(session: VolunteerSession): void {
    const occupied = occupiedOf(session);
    if (occupied === null || !(occupied.start < occupied.end)) return;
    const days = daysOf(occupied.start, occupied.end);
    if (days === null) {
      this.wide.delete(session);
      return;
    }
    for (let day = days[0]; day <= days[1]; day += 1) {
      const sessions = this.byDay.get(day);
      if (sessions?.delete(session) && sessions.size === 0) this.byDay.delete(day);
    }
  }

  /**
   * The sets holding every session whose occupied interval may meet [start, end) (start < end): those of
   * the days it touches and the wide ones; a session of several days is in several of them. Undefined when
   * the interval spans too many days to look up by day.
   */
  near(start: number, end: number): readonly ReadonlySet<VolunteerSession>[] | undefined {
    const days = daysOf(start, end);
    if (days === null) return undefined;
    const near: ReadonlySet<VolunteerSession>[] = [this.wide];
    for (let day = days[0]; day <= days[1]; day += 1) {
      const sessions = this.byDay.get(day);
      if (sessions !== undefined) near.push(sessions);
    }
    return near;
  }
}

/**
 * The index of each sessions record, built on the first overlap check of that record and kept in step by
 * the folds that write the record (`sessionReplaced`); a record written by anything else has none.
 */
const indexes = new WeakMap<Dictionary<VolunteerSession>, OccupiedIndex>();

export function occupiedIndexOf(sessions: Dictionary<VolunteerSession>): OccupiedIndex {
  let index = indexes.get(sessions);
  if (index === undefined) {
    index = new OccupiedIndex();
    for (const session of Object.values(sessions)) index.add(session);
    indexes.set(sessions, index);
  }
  return index;
}

/** Keeps the record's index, if it has one, in step with a fold storing `after` in place of `before`. */
export function sessionReplaced(
  sessions: Dictionary<VolunteerSession>,
  before: VolunteerSession | undefined,
  after: VolunteerSession,
): void {
  const index = indexes.get(sessions);
  if (index === undefined) return;
  if (before !== undefined) index.remove(before);
  index.add(after);
}
