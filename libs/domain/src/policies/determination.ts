import { type PolicyKind, type PolicySource } from './policy.types.js';

export type MeasureUnit = 'minutes' | 'points';
export type ConditionUnit = MeasureUnit | 'years' | 'status';

/** A condition's bar: a number range, or the statuses that pass / fail. */
export interface ConditionThreshold {
  readonly atLeast?: number;
  readonly atMost?: number;
  readonly oneOf?: readonly string[];
  readonly noneOf?: readonly string[];
}

export interface ConditionResult {
  readonly name: string;
  readonly met: boolean;
  readonly unit: ConditionUnit;
  readonly measured: number | string;
  readonly threshold: ConditionThreshold;
  /** In `unit`; 0 when met; null when no further service can meet it (too old, a league status). */
  readonly missing: number | null;
  /** Entry ids whose minutes sum exactly to `measured` (minutes), or whose hours gave the points. */
  readonly evidence: readonly string[];
  /** For minutes in a window: the calendar dates counted. */
  readonly period?: CountedPeriod;
}

export interface TierProgress {
  readonly tier: string;
  readonly threshold: number;
  readonly missing: number;
}

/** The calendar dates (programme time zone) whose service was counted; `from` null means no lower bound. */
export interface CountedPeriod {
  readonly from: string | null;
  readonly to: string;
}

/**
 * One policy's answer for one volunteer. `threshold`/`missing` describe the bar `eligible` was decided
 * against — the requested tier, else the highest tier reached, else the first tier — so `missing` is 0
 * exactly when eligible; progress beyond it is in `nextTier`.
 */
export interface Determination {
  readonly policyId: string;
  readonly version: number;
  readonly kind: Exclude<PolicyKind, 'points'>;
  /** The documents the deciding version's rule comes from, so an answer can be defended. */
  readonly sources: readonly PolicySource[];
  readonly asOf: string;
  readonly eligible: boolean;
  /** The highest tier reached, whatever tier was asked about. */
  readonly tier: string | null;
  readonly unit: MeasureUnit;
  readonly measured: number;
  /** Null only when no tier applies at all (an age outside every band). */
  readonly threshold: number | null;
  readonly missing: number | null;
  readonly evidence: readonly string[];
  readonly nextTier: TierProgress | null;
  readonly period: CountedPeriod | null;
  readonly ageBand?: string | null;
  readonly credits?: number;
  readonly conditions: readonly ConditionResult[];
  /** The conditions not met; empty exactly when eligible. */
  readonly unmet: readonly ConditionResult[];
}

/** The figures of a determination that leave the ledger (an audit export, a Kafka message). */
export type DeterminationFigures = Pick<
  Determination,
  'policyId' | 'version' | 'eligible' | 'tier' | 'unit' | 'measured' | 'threshold' | 'missing' | 'evidence'
>;

export function determinationFigures(determination: Determination): DeterminationFigures {
  const { policyId, version, eligible, tier, unit, measured, threshold, missing, evidence } = determination;
  return { policyId, version, eligible, tier, unit, measured, threshold, missing, evidence };
}
