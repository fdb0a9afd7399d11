import { type LeagueStatus } from '../volunteer/volunteer.events.js';

/**
 * The policy file format, as it stands after parsing. Thresholds written as `hours` in a file are held
 * here as `minutes` (the ledger's unit); a parsed policy serialised back to JSON parses to itself.
 */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export const POLICY_KINDS = [
  'points',
  'hours-tiers',
  'hours-tiers-by-age',
  'service-credits',
  'all-of',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/**
 * A document a rule comes from: a regulation, a league or school rule, an award's published criteria, or
 * the published practice of a platform. `section` is the article or section where one is known; `url` a
 * public copy where one exists.
 */
export interface PolicySource {
  readonly title: string;
  readonly issuer: string;
  readonly year: number;
  readonly section?: string;
  readonly url?: string;
  /** What the rule takes from the document, or how the figures differ from it. */
  readonly note?: string;
}

export interface PolicyHeader {
  readonly id: string;
  /** Counts up from 1 per policy id; a later version has a later `effectiveFrom`. */
  readonly version: number;
  /** First calendar day (programme time zone) on which this version decides. */
  readonly effectiveFrom: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Where the rule comes from; the policy loader refuses a file without them. */
  readonly sources?: readonly PolicySource[];
  /** Why these figures, in a sentence. */
  readonly rationale?: LocalizedText;
}

/** Which service counts, as calendar dates in the programme's time zone, always ending at the `asOf` date. */
export type ServiceWindow =
  | { readonly type: 'all-time' }
  /** The `months` months up to and including the evaluation date. */
  | { readonly type: 'trailing-months'; readonly months: number }
  | { readonly type: 'calendar-year' }
  | { readonly type: 'academic-year'; readonly startMonth: number; readonly startDay: number }
  | { readonly type: 'date-range'; readonly from: string; readonly to: string };

export type ServiceWindowType = ServiceWindow['type'];

export interface PolicyTier {
  readonly id: string;
  readonly title: LocalizedText;
  readonly minutes: number;
}

export interface HonourPoints {
  readonly policyId: string;
  readonly tier: string;
  readonly points: number;
}

/** Points per confirmed hour, and the points an honour carries when granted under this version. */
export interface PointsPolicy extends PolicyHeader {
  readonly kind: 'points';
  readonly pointsPerHour: number;
  readonly honours: readonly HonourPoints[];
}

/** Hours in a window against ascending tiers: star volunteers, annual service, a lifetime award. */
export interface HoursTiersPolicy extends PolicyHeader {
  readonly kind: 'hours-tiers';
  readonly window: ServiceWindow;
  /** Only these activity categories count; absent means every category. */
  readonly categories?: readonly string[];
  readonly tiers: readonly PolicyTier[];
}

export interface AgeBand {
  readonly id: string;
  readonly title: LocalizedText;
  readonly minAge: number;
  /** Inclusive; null for an open-ended band ("26 and over"). */
  readonly maxAge: number | null;
  readonly tiers: readonly PolicyTier[];
}

/** Hours in a window against tiers that depend on the volunteer's age at the evaluation date (PVSA). */
export interface HoursTiersByAgePolicy extends PolicyHeader {
  readonly kind: 'hours-tiers-by-age';
  readonly window: ServiceWindow;
  readonly categories?: readonly string[];
  readonly bands: readonly AgeBand[];
}

/** A school's requirement: minutes in a window, converted to credits capped per window. */
export interface ServiceCreditsPolicy extends PolicyHeader {
  readonly kind: 'service-credits';
  readonly window: ServiceWindow;
  readonly categories?: readonly string[];
  readonly requiredMinutes: number;
  readonly minutesPerCredit: number;
  readonly maxCredits: number;
}

export type PolicyCondition = AgeCondition | LeagueStatusCondition | HoursCondition | PointsCondition;
export type PolicyConditionType = PolicyCondition['type'];

interface NamedCondition {
  /** Unique within the policy; reported in `unmet` (e.g. `age`, `leagueStatus`, `minimumHours`). */
  readonly name: string;
}

/** Whole years at the evaluation date, both bounds inclusive. */
export interface AgeCondition extends NamedCondition {
  readonly type: 'age';
  readonly minAge: number | null;
  readonly maxAge: number | null;
}

/** Exactly one of `in` / `notIn` is present. */
export interface LeagueStatusCondition extends NamedCondition {
  readonly type: 'league-status';
  readonly in?: readonly LeagueStatus[];
  readonly notIn?: readonly LeagueStatus[];
}

export interface HoursCondition extends NamedCondition {
  readonly type: 'hours';
  readonly window: ServiceWindow;
  readonly categories?: readonly string[];
  readonly minutes: number;
}

/** Points from all service up to the evaluation date (each hour priced by the version then in force). */
export interface PointsCondition extends NamedCondition {
  readonly type: 'points';
  readonly pointsPolicyId: string;
  readonly minimum: number;
}

/** Every condition must hold; `headline` names the condition whose figure the determination reports. */
export interface AllOfPolicy extends PolicyHeader {
  readonly kind: 'all-of';
  readonly tier: { readonly id: string; readonly title: LocalizedText };
  readonly headline: string;
  readonly conditions: readonly PolicyCondition[];
}

export type EligibilityPolicy = HoursTiersPolicy | HoursTiersByAgePolicy | ServiceCreditsPolicy | AllOfPolicy;
export type Policy = PointsPolicy | EligibilityPolicy;

export function isEligibilityPolicy(policy: Policy): policy is EligibilityPolicy {
  return policy.kind !== 'points';
}

export function isPointsPolicy(policy: Policy): policy is PointsPolicy {
  return policy.kind === 'points';
}
