import { type SqlClient } from '@vl/event-store';

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
  const byYear: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  for (const row of rows) {
    const minutes = Number(row.minutes);
    if (row.state === 'pending') pendingMinutes += minutes;
    if (row.state !== 'confirmed') continue;
    confirmedMinutes += minutes;
    byYear[row.service_year] = (byYear[row.service_year] ?? 0) + minutes;
    byCategory[row.category] = (byCategory[row.category] ?? 0) + minutes;
  }
  return { volunteerId, confirmedMinutes, pendingMinutes, byYear: sortKeys(byYear), byCategory: sortKeys(byCategory) };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, minutes]) => Number(minutes) !== 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, minutes]) => [key, Number(minutes)]),
  );
}
