import { addTo, emptyDictionary } from '@vl/domain';
import { type SqlClient } from '@vl/sql';

export interface BalanceView {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  readonly byYear: Record<string, number>;
  readonly byCategory: Record<string, number>;
}

export interface BalanceAsOf {
  /** Only hours served before this instant. */
  readonly asOf?: string;
  /** The ledger as it stood at this instant, before later corrections. */
  readonly asKnownAt?: string;
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
}

/** Balances: the maintained table for the present, the session history for "as of" questions. */
export class BalanceQuery {
  constructor(private readonly sql: SqlClient) {}

  async current(volunteerId: string): Promise<BalanceView> {
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
    return {
      volunteerId,
      confirmedMinutes: Number(row?.confirmed_minutes ?? 0),
      pendingMinutes: Number(row?.pending_minutes ?? 0),
      byYear: sortKeys(row?.by_year ?? {}),
      byCategory: sortKeys(row?.by_category ?? {}),
    };
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
    const params: unknown[] = [volunteerIds];
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
             h.service_start, s.organization_id
           from rm_session_history h join rm_sessions s on s.session_id = h.session_id
           where h.volunteer_id = any($1::text[]) and h.recorded_at <= $${knownAt}
           order by h.session_id, h.seq desc) known
         where state = 'confirmed' ${served('service_start')}`,
        params,
      ));
    } else {
      ({ rows } = await this.sql.query<EntryRow>(
        `select volunteer_id, session_id, state, minutes, category, service_start, organization_id from rm_sessions
         where volunteer_id = any($1::text[]) and state = 'confirmed' ${served('service_start')}`,
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
        `select state, minutes, service_year, category from (
           select distinct on (session_id) state, minutes, service_year, category, service_start
           from rm_session_history
           where volunteer_id = $1 and recorded_at <= $2
           order by session_id, seq desc) known
         ${when.asOf !== undefined ? 'where service_start < $3' : ''}`,
        when.asOf !== undefined ? [...params, when.asOf] : params,
      ));
    } else {
      params.push(when.asOf);
      ({ rows } = await this.sql.query<SessionFigureRow>(
        `select state, minutes, service_year, category from rm_sessions
         where volunteer_id = $1 and service_start < $2`,
        params,
      ));
    }
    return summarise(volunteerId, rows);
  }
}

function summarise(volunteerId: string, rows: readonly SessionFigureRow[]): BalanceView {
  let confirmedMinutes = 0;
  let pendingMinutes = 0;
  const byYear = emptyDictionary<number>();
  const byCategory = emptyDictionary<number>();
  for (const row of rows) {
    const minutes = Number(row.minutes);
    if (row.state === 'pending') pendingMinutes += minutes;
    if (row.state !== 'confirmed') continue;
    confirmedMinutes += minutes;
    addTo(byYear, row.service_year, minutes);
    addTo(byCategory, row.category, minutes);
  }
  return {
    volunteerId,
    confirmedMinutes,
    pendingMinutes,
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
