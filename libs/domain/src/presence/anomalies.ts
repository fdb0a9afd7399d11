import { type GeoPoint } from '../activity/venue.js';
import { HOUR_MS, MINUTE_MS } from '../shared/time.js';
import { haversineMeters } from './geofence.js';

/**
 * Limits of the anomaly report. A finding is a question for an administrator, not a verdict: each rule is
 * set so that an honest session rarely trips it and a proxy or padded one usually does.
 */
export const ANOMALY_LIMITS = {
  /** Faster than a car on an expressway between two venues is not one person travelling. */
  maxTravelKmPerHour: 120,
  /** Venues closer than this are one place for travel purposes (GPS noise, neighbouring halls). */
  minTravelMeters: 1_000,
  /** A paper-sheet session is "far above the usual" above this multiple of the median… */
  manualMedianFactor: 3,
  /** …and above this many minutes (4 hours), so short sessions with tiny medians do not trip it. */
  manualMinMinutes: 240,
  /** A session longer than this multiple of the median of the other sessions of its activity… */
  activityMedianFactor: 2,
  /** …once the activity has at least this many other sessions to compare with. */
  activityMinPeers: 2,
} as const;

export const ANOMALY_KINDS = [
  'IMPOSSIBLE_TRAVEL',
  'SELF_CONFIRMATION',
  'MANUAL_ABOVE_USUAL',
  'LONGER_THAN_PEERS',
  'CHECK_IN_AFTER_END',
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** What a rule needs of a session; times are epoch milliseconds. */
export interface AnomalySession {
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly activityId: string;
  readonly kind: 'live' | 'manual';
  readonly checkedInAt: number | null;
  readonly checkedOutAt: number | null;
  readonly serviceStart: number;
  readonly activityEndsAt: number;
  /** Measured minutes; null while the session is open. */
  readonly measuredMinutes: number | null;
  /** The venue's coordinates when the check-in was proven by location (`geo`), else null. */
  readonly geoVenue: GeoPoint | null;
  /** True when someone known to be this volunteer confirmed it by hand (not the activity's auto-confirm). */
  readonly confirmedBySelf: boolean;
}

export interface AnomalyFinding {
  readonly kind: AnomalyKind;
  readonly volunteerId: string;
  /** The first session's service start: the finding's place in the report. */
  readonly at: number;
  readonly sessionIds: readonly string[];
  /** The figures behind the finding, for the reason text and for a reader who checks it. */
  readonly figures: Readonly<Record<string, number>>;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * Impossible travel (the bank-fraud "impossible travel" check applied to sign-ins): two consecutive
 * location-proven sessions of one volunteer whose venues lie further apart than the time between leaving
 * one and arriving at the other allows at the speed limit. A check-in by someone else's phone is the usual cause.
 */
export function impossibleTravel(sessions: readonly AnomalySession[]): AnomalyFinding[] {
  const findings: AnomalyFinding[] = [];
  const byVolunteer = groupBy(
    sessions.filter((s) => s.geoVenue !== null && s.checkedInAt !== null),
    (s) => s.volunteerId,
  );
  for (const own of byVolunteer.values()) {
    own.sort((a, b) => (a.checkedInAt ?? 0) - (b.checkedInAt ?? 0) || compare(a.sessionId, b.sessionId));
    for (let i = 1; i < own.length; i++) {
      const before = own[i - 1];
      const after = own[i];
      if (!before?.geoVenue || !after?.geoVenue || after.checkedInAt === null) continue;
      const meters = haversineMeters(before.geoVenue, after.geoVenue);
      if (meters < ANOMALY_LIMITS.minTravelMeters) continue;
      const left = before.checkedOutAt ?? before.checkedInAt ?? after.checkedInAt;
      const hours = Math.max(after.checkedInAt - left, 0) / HOUR_MS;
      const kmPerHour = hours === 0 ? Number.POSITIVE_INFINITY : meters / 1000 / hours;
      if (kmPerHour <= ANOMALY_LIMITS.maxTravelKmPerHour) continue;
      findings.push({
        kind: 'IMPOSSIBLE_TRAVEL',
        volunteerId: after.volunteerId,
        at: before.serviceStart,
        sessionIds: [before.sessionId, after.sessionId],
        figures: {
          distanceKm: round1(meters / 1000),
          minutes: Math.round((hours * HOUR_MS) / MINUTE_MS),
          kmPerHour: Number.isFinite(kmPerHour) ? Math.round(kmPerHour) : -1,
          limitKmPerHour: ANOMALY_LIMITS.maxTravelKmPerHour,
        },
      });
    }
  }
  return findings;
}

/**
 * Self-confirmation (谁组织谁记录，谁记录谁证明 asks for a second person: the four-eyes principle): a session
 * confirmed by hand by someone the ledger knows as its own volunteer.
 */
export function selfConfirmation(sessions: readonly AnomalySession[]): AnomalyFinding[] {
  return sessions
    .filter((s) => s.confirmedBySelf)
    .map((s) => ({
      kind: 'SELF_CONFIRMATION' as const,
      volunteerId: s.volunteerId,
      at: s.serviceStart,
      sessionIds: [s.sessionId],
      figures: { minutes: s.measuredMinutes ?? 0 },
    }));
}

/**
 * Paper-sheet padding (median-based outlier screening, as payroll audits flag timesheets): a manual session
 * above both 4 hours and 3 × the median of the volunteer's other sessions or of the activity's other
 * sessions. Without other sessions to compare with there is no "usual", and nothing is flagged.
 * `population` holds every session the medians may draw on (the volunteer's and the activity's).
 */
export function manualAboveUsual(
  sessions: readonly AnomalySession[],
  population: readonly AnomalySession[],
): AnomalyFinding[] {
  const findings: AnomalyFinding[] = [];
  for (const s of sessions) {
    if (s.kind !== 'manual' || s.measuredMinutes === null) continue;
    if (s.measuredMinutes <= ANOMALY_LIMITS.manualMinMinutes) continue;
    const others = population.filter((o) => o.sessionId !== s.sessionId && o.measuredMinutes !== null);
    const volunteerMedian = median(others.filter((o) => o.volunteerId === s.volunteerId).map(minutesOf));
    const activityMedian = median(others.filter((o) => o.activityId === s.activityId).map(minutesOf));
    const limit = (m: number | null): boolean =>
      m !== null && s.measuredMinutes !== null && s.measuredMinutes > ANOMALY_LIMITS.manualMedianFactor * m;
    if (!limit(volunteerMedian) && !limit(activityMedian)) continue;
    findings.push({
      kind: 'MANUAL_ABOVE_USUAL',
      volunteerId: s.volunteerId,
      at: s.serviceStart,
      sessionIds: [s.sessionId],
      figures: {
        minutes: s.measuredMinutes,
        ...(volunteerMedian !== null ? { volunteerMedianMinutes: volunteerMedian } : {}),
        ...(activityMedian !== null ? { activityMedianMinutes: activityMedian } : {}),
        factor: ANOMALY_LIMITS.manualMedianFactor,
      },
    });
  }
  return findings;
}

/**
 * A session much longer than its activity's others (median-based outlier screening): above 2 × the median of
 * the other sessions of the same activity, once there are at least two others.
 */
export function longerThanPeers(
  sessions: readonly AnomalySession[],
  population: readonly AnomalySession[],
): AnomalyFinding[] {
  const findings: AnomalyFinding[] = [];
  for (const s of sessions) {
    if (s.measuredMinutes === null) continue;
    const peers = population
      .filter((o) => o.activityId === s.activityId && o.sessionId !== s.sessionId)
      .filter((o) => o.measuredMinutes !== null)
      .map(minutesOf);
    if (peers.length < ANOMALY_LIMITS.activityMinPeers) continue;
    const peerMedian = median(peers);
    if (peerMedian === null || s.measuredMinutes <= ANOMALY_LIMITS.activityMedianFactor * peerMedian)
      continue;
    findings.push({
      kind: 'LONGER_THAN_PEERS',
      volunteerId: s.volunteerId,
      at: s.serviceStart,
      sessionIds: [s.sessionId],
      figures: {
        minutes: s.measuredMinutes,
        activityMedianMinutes: peerMedian,
        factor: ANOMALY_LIMITS.activityMedianFactor,
      },
    });
  }
  return findings;
}

/**
 * A check-in after the activity ended (the 2-hour grace of the hour rules admits it): nobody serves at an
 * activity that is over, so it is a late paper entry or a proxy.
 */
export function checkInAfterEnd(sessions: readonly AnomalySession[]): AnomalyFinding[] {
  return sessions
    .filter((s) => s.kind === 'live' && s.checkedInAt !== null && s.checkedInAt > s.activityEndsAt)
    .map((s) => ({
      kind: 'CHECK_IN_AFTER_END' as const,
      volunteerId: s.volunteerId,
      at: s.serviceStart,
      sessionIds: [s.sessionId],
      figures: { minutesAfterEnd: Math.floor(((s.checkedInAt ?? 0) - s.activityEndsAt) / MINUTE_MS) },
    }));
}

/**
 * Every finding about `sessions` (those the report covers), with medians and travel drawn from `population`
 * (a superset: the same volunteers' and activities' other sessions), in report order: by time, then id (the keyset a page of the report resumes from).
 */
export function findAnomalies(
  sessions: readonly AnomalySession[],
  population: readonly AnomalySession[],
): AnomalyFinding[] {
  const covered = new Set(sessions.map((s) => s.sessionId));
  const travel = impossibleTravel(population).filter((f) => f.sessionIds.some((id) => covered.has(id)));
  return [
    ...travel,
    ...selfConfirmation(sessions),
    ...manualAboveUsual(sessions, population),
    ...longerThanPeers(sessions, population),
    ...checkInAfterEnd(sessions),
  ].sort((a, b) => a.at - b.at || compare(anomalyId(a), anomalyId(b)));
}

/** A finding's stable id: its kind and the sessions behind it. */
export function anomalyId(finding: Pick<AnomalyFinding, 'kind' | 'sessionIds'>): string {
  return `${finding.kind}:${finding.sessionIds.join('+')}`;
}

function minutesOf(session: AnomalySession): number {
  return session.measuredMinutes ?? 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
