import { type LeagueStatus, type OrganizationKind } from '@vl/domain';

/** The report figures the full plan reproduces (SPEC §1, the programme's 2023 statistics). */
export const REPORT_FIGURES = {
  districts: 6,
  communities: 317,
  compounds: 817,
  teams: 500,
  volunteers: 20_000,
  activities: 1_576,
  residentVisits: 300_000,
} as const;

export interface PlannedOrganization {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly parentId: string | null;
  /** The district (or county-level city) it lies in; null for the city and city-wide partners. */
  readonly districtId: string | null;
}

export interface PlannedActivity {
  readonly id: string;
  readonly organizationId: string;
  readonly districtId: string;
  readonly title: string;
  readonly category: string;
  readonly startsAt: number;
  readonly endsAt: number;
  /** Day of the demo year, so one volunteer serves at most one activity a day. */
  readonly day: number;
  /**
   * The resident visits (服务人次) the organiser reports after the activity; the seed records it as the
   * activity's report (ActivityReported), which the statistics count.
   */
  readonly residentVisits: number;
}

/** One thing that happens on a volunteer's stream, at `at` (epoch ms), by `by` (a development sign-in sub). */
export type VolunteerStep =
  | { readonly kind: 'register'; readonly at: number; readonly by: string }
  | {
      readonly kind: 'check-in';
      readonly at: number;
      readonly by: string;
      readonly sessionId: string;
      readonly activityId: string;
    }
  | { readonly kind: 'check-out'; readonly at: number; readonly by: string; readonly activityId: string }
  | { readonly kind: 'close-missed'; readonly at: number; readonly by: string }
  | {
      readonly kind: 'manual';
      readonly at: number;
      readonly by: string;
      readonly sessionId: string;
      readonly activityId: string;
      readonly startedAt: number;
      readonly endedAt: number;
      readonly minutes: number;
    }
  | {
      readonly kind: 'confirm';
      readonly at: number;
      readonly by: string;
      readonly sessionId: string;
      readonly minutes?: number;
    }
  | {
      readonly kind: 'reject' | 'revoke';
      readonly at: number;
      readonly by: string;
      readonly sessionId: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'correct';
      readonly at: number;
      readonly by: string;
      readonly sessionId: string;
      readonly minutes: number;
      readonly reason: string;
    }
  | {
      readonly kind: 'consent';
      readonly at: number;
      readonly by: string;
      readonly consentId: string;
      readonly schoolId: string;
    }
  | { readonly kind: 'revoke-consent'; readonly at: number; readonly by: string; readonly schoolId: string }
  | {
      readonly kind: 'award';
      readonly at: number;
      readonly by: string;
      readonly awardId: string;
      readonly policyId: string;
      readonly tier: string;
      readonly note: string;
    };

export interface PlannedVolunteer {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string;
  readonly organizationId: string;
  readonly districtId: string;
  readonly schoolId: string | null;
  readonly leagueStatus: LeagueStatus;
  /** In time order; the first registers. */
  readonly steps: readonly VolunteerStep[];
}

/** A named person of the development sign-in and what signing in as them shows. */
export interface DemoPerson {
  readonly sub: string;
  readonly shows: string;
}

export interface DemoPlan {
  readonly seed: number;
  readonly scale: number;
  /** Parents before children. */
  readonly organizations: readonly PlannedOrganization[];
  readonly activities: readonly PlannedActivity[];
  readonly volunteers: readonly PlannedVolunteer[];
  readonly people: readonly DemoPerson[];
}
