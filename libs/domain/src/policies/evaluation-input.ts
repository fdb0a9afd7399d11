import { type LeagueStatus } from '../volunteer/volunteer.events.js';
import { type PolicySet } from './policy-set.js';

export interface VolunteerFigure {
  readonly volunteerId: string;
  readonly birthDate: string;
  readonly leagueStatus: LeagueStatus;
}

/** One counted ledger entry (a session or an imported record) as the engine sees it. */
export interface LedgerEntryFigure {
  /** The session id (or imported record id): what evidence lists point back to. */
  readonly entryId: string;
  /** Service start, ISO 8601 with offset; decides the calendar date, window and points version. */
  readonly servedAt: string;
  /** Confirmed minutes counted (after corrections; 0 once revoked). */
  readonly minutes: number;
  readonly category: string;
  readonly organizationId: string;
}

export interface EvaluationInput {
  readonly volunteer: VolunteerFigure;
  /** The entries the caller counts (confirmed, as known at the chosen moment); later ones are ignored. */
  readonly entries: readonly LedgerEntryFigure[];
  /** The evaluation instant: entries served at or before it count; its local date is the evaluation date. */
  readonly asOf: string;
  readonly timeZone: string;
  /** Points carried by honours already granted (see `honourPointsFor`). */
  readonly honourPoints?: number;
  /** Where points conditions find the versions of the points policy they name. */
  readonly pointsPolicies?: PolicySet;
  /** Decide eligibility for this tier instead of "any tier". */
  readonly targetTier?: string;
  /** The calendar year, or academic year starting in it, for year windows; default: the one holding asOf. */
  readonly year?: number;
  /** Replaces every window except `all-time` (e.g. a school's from/to); still ends at the evaluation date. */
  readonly period?: { readonly from: string; readonly to: string };
}
