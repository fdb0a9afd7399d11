import { calendarDate } from '../shared/time.js';
import { type LedgerEntryFigure } from './evaluation-input.js';
import { PolicyValidationError } from './policy-validation.error.js';
import { type PolicySet } from './policy-set.js';
import { type PointsPolicy } from './policy.types.js';

export const DEFAULT_POINTS_POLICY_ID = 'points';

/** The hours priced by one points-policy version. */
export interface PointsBucket {
  readonly policyId: string;
  readonly version: number;
  readonly pointsPerHour: number;
  readonly minutes: number;
  readonly points: number;
  readonly entryIds: readonly string[];
}

/**
 * Points, shown so that an auditor can redo the sum. Rounding: each version's minutes are totalled first,
 * then priced and floored to hundredths — ⌊minutes × pointsPerHour × 100 / 60⌋ / 100 — so splitting the
 * same hours into more sessions never loses points, and adding hours never lowers them.
 */
export interface PointsBreakdown {
  readonly points: number;
  readonly hourPoints: number;
  readonly honourPoints: number;
  readonly buckets: readonly PointsBucket[];
  /** Served before any points version was in force: counted as hours, worth no points. */
  readonly unpricedMinutes: number;
  readonly unpricedEntryIds: readonly string[];
}

export interface PointsOptions {
  readonly timeZone: string;
  readonly honourPoints?: number;
  readonly policyId?: string;
}

interface PricedEntry {
  readonly entryId: string;
  readonly minutes: number;
  /** Calendar date of service in the programme's time zone: picks the version in force then. */
  readonly date: string;
}

/** Points from confirmed hours, each priced by the points version in force when it was served. */
export function pointsFor(
  entries: readonly LedgerEntryFigure[],
  policies: PolicySet,
  options: PointsOptions,
): PointsBreakdown {
  const dated = entries.map((entry) => ({ ...entry, date: calendarDate(entry.servedAt, options.timeZone) }));
  const honourCents = Math.round((options.honourPoints ?? 0) * 100);
  return pointsInCents(dated, policies, options.policyId ?? DEFAULT_POINTS_POLICY_ID, honourCents).breakdown;
}

/** The same, in whole hundredths for comparisons that must not suffer float error. */
export function pointsInCents(
  entries: readonly PricedEntry[],
  policies: PolicySet,
  policyId: string,
  honourCents: number,
): { readonly cents: number; readonly breakdown: PointsBreakdown } {
  requirePointsPolicy(policies, policyId);
  const groups = new Map<PointsPolicy, PricedEntry[]>();
  const unpriced: PricedEntry[] = [];
  for (const entry of entries) {
    if (entry.minutes === 0) continue;
    const policy = policies.inForce(policyId, entry.date);
    if (policy?.kind !== 'points') unpriced.push(entry);
    else {
      const group = groups.get(policy);
      if (group) group.push(entry);
      else groups.set(policy, [entry]);
    }
  }
  const buckets = [...groups.entries()]
    .sort(([a], [b]) => a.version - b.version)
    .map(([policy, priced]) => {
      const minutes = priced.reduce((sum, entry) => sum + entry.minutes, 0);
      const cents = versionCents(policy, minutes);
      return { cents, bucket: bucketOf(policy, minutes, cents, priced) };
    });
  const hourCents = buckets.reduce((sum, { cents }) => sum + cents, 0);
  const cents = hourCents + honourCents;
  return {
    cents,
    breakdown: {
      points: cents / 100,
      hourPoints: hourCents / 100,
      honourPoints: honourCents / 100,
      buckets: buckets.map(({ bucket }) => bucket),
      unpricedMinutes: unpriced.reduce((sum, entry) => sum + entry.minutes, 0),
      unpricedEntryIds: unpriced.map((entry) => entry.entryId),
    },
  };
}

/** One version's hours in hundredths: its minutes totalled first, then priced and floored once. */
export function versionCents(policy: PointsPolicy, minutes: number): number {
  return Math.floor((minutes * Math.round(policy.pointsPerHour * 100)) / 60);
}

export interface GrantedHonour {
  readonly policyId: string;
  readonly tier: string;
  /** When it was granted: the points version in force on that date says what it is worth. */
  readonly grantedAt: string;
}

/** Points carried by honours, from the `honours` table of the points version in force at each grant. */
export function honourPointsFor(
  honours: readonly GrantedHonour[],
  policies: PolicySet,
  options: PointsOptions,
): number {
  const policyId = options.policyId ?? DEFAULT_POINTS_POLICY_ID;
  requirePointsPolicy(policies, policyId);
  let cents = 0;
  for (const honour of honours) {
    const policy = policies.inForceAt(policyId, honour.grantedAt, options.timeZone);
    if (policy?.kind !== 'points') continue;
    const row = policy.honours.find(
      (candidate) => candidate.policyId === honour.policyId && candidate.tier === honour.tier,
    );
    cents += Math.round((row?.points ?? 0) * 100);
  }
  return cents / 100;
}

function requirePointsPolicy(policies: PolicySet, policyId: string): void {
  const versions = policies.versions(policyId);
  if (versions.length === 0 || versions.some((policy) => policy.kind !== 'points')) {
    throw new PolicyValidationError(
      'policy set',
      `$[${JSON.stringify(policyId)}]`,
      'is not a points policy in the set',
    );
  }
}

function bucketOf(
  policy: PointsPolicy,
  minutes: number,
  cents: number,
  entries: readonly PricedEntry[],
): PointsBucket {
  return {
    policyId: policy.id,
    version: policy.version,
    pointsPerHour: policy.pointsPerHour,
    minutes,
    points: cents / 100,
    entryIds: entries.map((entry) => entry.entryId),
  };
}
