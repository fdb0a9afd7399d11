import { addTo, emptyDictionary } from '@vl/domain';
import { type SqlClient } from '@vl/sql';

export interface BalanceView {
  readonly volunteerId: string;
  /** Confirmed minutes that count: their posting (公示), if any, is over. */
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  /** 公示: confirmed minutes still posted, shown apart; they count once their posting ends. */
  readonly postedMinutes: number;
  readonly byYear: Record<string, number>;
  readonly byCategory: Record<string, number>;
}

export interface BalanceAsOf {
  /** Only hours served before this instant. */
  readonly asOf?: string;
  /** The ledger as it stood at this instant, before later corrections. */
  readonly asKnownAt?: string;
  /** The present, from the caller's clock: a posting (公示) not over by then does not count yet. */
  readonly now?: string;
}

/**
 * The instant whose postings decide what counts: a session counts once its posting is over — by the date
 * asked about, by what the ledger knew then, and never before the present.
 */
export function countingInstant(when: BalanceAsOf): string {
  const instants = [when.now ?? new Date().toISOString(), when.asOf, when.asKnownAt].filter(
    (instant): instant is string => instant !== undefined,
  );
  return new Date(Math.min(...instants.map((instant) => Date.parse(instant)))).toISOString();
}

/** A confirmed session still posted: its figures come out of the confirmed totals and into postedMinutes. */
export interface PostedFigure {
  readonly minutes: number;
  readonly service_year: string;
  readonly category: string;
}

/** The maintained balance (which holds every confirmed minute) with the sessions still posted taken apart. */
export function takePostedApart(
  balance: Omit<BalanceView, 'postedMinutes'>,
  posted: readonly PostedFigure[],
): BalanceView {
  const byYear = { ...balance.byYear };
  const byCategory = { ...balance.byCategory };
  let postedMinutes = 0;
  for (const session of posted) {
    const minutes = Number(session.minutes);
    postedMinutes += minutes;
    addTo(byYear, session.service_year, -minutes);
    addTo(byCategory, session.category, -minutes);
  }
  return {
    ...balance,
    confirmedMinutes: balance.confirmedMinutes - postedMinutes,
    postedMinutes,
    byYear: sortKeys(byYear),
    byCategory: sortKeys(byCategory),
  };
}

/** A confirmed ledger entry: the shape the policy engine reads. */
export interface ConfirmedEntry {
  readonly entryId: string;
  readonly servedAt: string;
  readonly minutes: number;
  readonly category: string;
  readonly organizationId: string;
}

interface EntryRow {
  volunteer_id: string;
  session_id: string;
  state: string;
  minutes: number;
  category: string;
  service_start: Date | string;
  organization_id: string;
}

interface SessionFigureRow {
  state: string;
  minutes: number;
  service_year: string;
  category: string;
  posted_until: Date | string | null;
}

/** Balances: the maintained table for the present, the session history for "as of" questions. */
export class BalanceQuery {
  constructor(private readonly sql: SqlClient) {}

  async current(volunteerId: string, now = new Date().toISOString()): Promise<BalanceView> {
    const posted = await this.sql.query<PostedFigure>(
      `select minutes, service_year, category from rm_sessions
       where volunteer_id = $1 and state = 'confirmed' and posted_until > $2`,
      [volunteerId, now],
    );
    const { rows } = await this.sql.query<{
      confirmed_minutes: number | string;
      pending_minutes: number | string;
      by_year: Record<string, number>;
      by_category: Record<string, number>;
    }>(
      `select confirmed_minutes, pending_minutes, by_year, by_category from rm_balances where volunteer_id = $1`,
      [volunteerId],
    );
    const row = rows[0];
    return takePostedApart(
      {
        volunteerId,
        confirmedMinutes: Number(row?.confirmed_minutes ?? 0),
        pendingMinutes: Number(row?.pending_minutes ?? 0),
        byYear: sortKeys(row?.by_year ?? {}),
        byCategory: sortKeys(row?.by_category ?? {}),
      },
      posted.rows,
    );
  }

  /** The confirmed entries behind a balance, as the policy engine counts them (points, eligibility). */
  async confirmedEntries(volunteerId: string, when: BalanceAsOf = {}): Promise<ConfirmedEntry[]> {
    return (await this.confirmedEntriesOf([volunteerId], when)).get(volunteerId) ?? [];
  }

  /** The same for many volunteers in one query (an audit list); every id asked for has an entry. */
  async confirmedEntriesOf(
    volunteerIds: readonly string[],
    when: BalanceAsOf = {},
  ): Promise<Map<string, ConfirmedEntry[]>> {
    const params: unknown[] = [volunteerIds, countingInstant(when)];
    const served = (column: string): string => {
      if (when.asOf === undefined) return '';
      params.push(when.asOf);
      return `and ${column} < $${params.length}`;
    };
    let rows: EntryRow[];
    if (when.asKnownAt !== undefined) {
      params.push(when.asKnownAt);
      const knownAt = params.length;
      ({ rows } = await this.sql.query<EntryRow>(
        `select volunteer_id, session_id, state, minutes, category, service_start, organization_id from (
           select distinct on (h.session_id) h.volunteer_id, h.session_id, h.state, h.minutes, h.category,
             h.service_start, s.organization_id, h.posted_until
           from rm_session_history h join rm_sessions s on s.session_id = h.session_id
           where h.volunteer_id = any($1::text[]) and h.recorded_at <= $${knownAt}
           order by h.session_id, h.seq desc) known
         where state = 'confirmed' and (posted_until is null or posted_until <= $2)
           ${served('service_start')}`,
        params,
      ));
    } else {
      ({ rows } = await this.sql.query<EntryRow>(
        `select volunteer_id, session_id, state, minutes, category, service_start, organization_id from rm_sessions
         where volunteer_id = any($1::text[]) and state = 'confirmed'
           and (posted_until is null or posted_until <= $2) ${served('service_start')}`,
        params,
      ));
    }
    const byVolunteer = new Map<string, ConfirmedEntry[]>(volunteerIds.map((id) => [id, []]));
    for (const row of rows) {
      byVolunteer.get(row.volunteer_id)?.push({
        entryId: row.session_id,
        servedAt: new Date(row.service_start).toISOString(),
        minutes: Number(row.minutes),
        category: row.category,
        organizationId: row.organization_id,
      });
    }
    for (const entries of byVolunteer.values()) {
      entries.sort((a, b) => a.servedAt.localeCompare(b.servedAt) || a.entryId.localeCompare(b.entryId));
    }
    return byVolunteer;
  }

  async asOf(volunteerId: string, when: BalanceAsOf): Promise<BalanceView> {
    const params: unknown[] = [volunteerId];
    let rows: SessionFigureRow[];
    if (when.asKnownAt !== undefined) {
      params.push(when.asKnownAt);
      ({ rows } = await this.sql.query<SessionFigureRow>(
        `select state, minutes, service_year, category, posted_until from (
           select distinct on (session_id) state, minutes, service_year, category, service_start, posted_until
           from rm_session_history
           where volunteer_id = $1 and recorded_at <= $2
           order by session_id, seq desc) known
         ${when.asOf !== undefined ? 'where service_start < $3' : ''}`,
        when.asOf !== undefined ? [...params, when.asOf] : params,
      ));
    } else {
      params.push(when.asOf);
      ({ rows } = await this.sql.query<SessionFigureRow>(
        `select state, minutes, service_year, category, posted_until from rm_sessions
         where volunteer_id = $1 and service_start < $2`,
        params,
      ));
    }
    return summarise(volunteerId, rows, Date.parse(countingInstant(when)));
  }
}

function summarise(volunteerId: string, rows: readonly SessionFigureRow[], counting: number): BalanceView {
  let confirmedMinutes = 0;
  let pendingMinutes = 0;
  let postedMinutes = 0;
  const byYear = emptyDictionary<number>();
  const byCategory = emptyDictionary<number>();
  for (const row of rows) {
    const minutes = Number(row.minutes);
    if (row.state === 'pending') pendingMinutes += minutes;
    if (row.state !== 'confirmed') continue;
    if (row.posted_until !== null && new Date(row.posted_until).getTime() > counting) {
      postedMinutes += minutes;
      continue;
    }
    confirmedMinutes += minutes;
    addTo(byYear, row.service_year, minutes);
    addTo(byCategory, row.category, minutes);
  }
  return {
    volunteerId,
    confirmedMinutes,
    pendingMinutes,
    postedMinutes,
    byYear: sortKeys(byYear),
    byCategory: sortKeys(byCategory),
  };
}

export function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, minutes]) => Number(minutes) !== 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, minutes]) => [key, Number(minutes)]),
  );
}
