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
  /**
   * The entries the caller counts (confirmed, as known at the chosen moment); later ones are ignored.
   * Checked and dated at each evaluation, unless already dated (`DatedEntries`).
   */
  readonly entries: readonly LedgerEntryFigure[] | DatedEntries;
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

export interface DatedEntry extends LedgerEntryFigure {
  /** Calendar date of `servedAt` in the programme's time zone. */
  readonly date: string;
  readonly instant: number;
}

/**
 * Entries already checked and dated in one time zone, in the engine's order (service instant, then entry
 * id): the ledger's own sessions, dated once per record (`confirmedDatedEntriesOf`) instead of once per
 * judgement. The engine still leaves out those served after the evaluation instant.
 */
export class DatedEntries {
  readonly list: readonly DatedEntry[];

  /** Takes `entries` as its own and puts them in order. */
  constructor(
    readonly timeZone: string,
    entries: DatedEntry[],
  ) {
    this.list = entries.sort(engineOrder);
  }
}

/** The engine's order of entries: by service instant, then by entry id, so evidence never depends on input order. */
export function engineOrder(a: DatedEntry, b: DatedEntry): number {
  return a.instant - b.instant || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0);
}
