import { type SqlClient } from '@vl/sql';

export interface LedgerHistoryEntry {
  readonly seq: number;
  readonly eventId: string;
  readonly type: string;
  readonly position: number;
  readonly state: string;
  readonly minutes: number;
  readonly reason: string | null;
  readonly actor: string;
  readonly correlationId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export interface LedgerEntry {
  readonly entryId: string;
  readonly sessionId: string;
  readonly kind: string;
  readonly state: string;
  readonly missedCheckOut: boolean;
  readonly minutes: number;
  readonly measuredMinutes: number | null;
  readonly activity: {
    readonly id: string;
    readonly title: string;
    readonly category: string;
    readonly organizationId: string;
  };
  readonly method: string | null;
  readonly checkedInAt: string | null;
  readonly checkedOutAt: string | null;
  readonly serviceStart: string;
  readonly serviceEnd: string | null;
  readonly note: string | null;
  readonly history: LedgerHistoryEntry[];
}

export interface LedgerPage {
  readonly volunteerId: string;
  readonly entries: LedgerEntry[];
  readonly nextCursor: string | null;
}

export interface LedgerFilter {
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly cursor?: string;
  /** The ledger as it stood at this instant: sessions, states, minutes and history recorded by then. */
  readonly asKnownAt?: string;
}

interface SessionRow {
  session_id: string;
  kind: string;
  state: string;
  missed_check_out: boolean;
  minutes: number;
  measured_minutes: number | null;
  activity_id: string;
  activity_title: string;
  category: string;
  organization_id: string;
  method: string | null;
  checked_in_at: Date | string | null;
  checked_out_at: Date | string | null;
  service_start: Date | string;
  service_end: Date | string | null;
  note: string | null;
}

interface HistoryRow {
  session_id: string;
  seq: number;
  event_id: string;
  event_type: string;
  position: number | string;
  state: string;
  minutes: number;
  reason: string | null;
  actor: string;
  correlation_id: string;
  occurred_at: Date | string;
  recorded_at: Date | string;
}

/** A volunteer's ledger: each session with its activity, minutes, state and full history, in service order. */
export class LedgerQuery {
  constructor(private readonly sql: SqlClient) {}

  async page(volunteerId: string, filter: LedgerFilter): Promise<LedgerPage> {
    const params: unknown[] = [volunteerId];
    const known = filter.asKnownAt !== undefined;
    if (known) params.push(filter.asKnownAt);
    // As known at an instant, each session is its last history row recorded by then; state, minutes and
    // the service start come from that row, and a session still open then had no check-out yet.
    const source = known
      ? `(select s.session_id, s.volunteer_id, s.kind, k.state, s.missed_check_out and k.state <> 'open' as
            missed_check_out, k.minutes, k.measured_minutes, s.activity_id, s.activity_title, s.category,
            s.organization_id, s.method, s.checked_in_at,
            case when k.state = 'open' then null else s.checked_out_at end as checked_out_at,
            k.service_start, case when k.state = 'open' then null else s.service_end end as service_end, s.note
          from (select distinct on (session_id) session_id, state, minutes, measured_minutes, service_start
                from rm_session_history where volunteer_id = $1 and recorded_at <= $2
                order by session_id, seq desc) k
          join rm_sessions s on s.session_id = k.session_id) known`
      : 'rm_sessions';
    const where = ['volunteer_id = $1'];
    if (filter.from !== undefined) {
      params.push(filter.from);
      where.push(`service_start >= $${params.length}`);
    }
    if (filter.to !== undefined) {
      params.push(filter.to);
      where.push(`service_start < $${params.length}`);
    }
    const cursor = filter.cursor !== undefined ? decodeCursor(filter.cursor) : undefined;
    if (cursor) {
      params.push(cursor.serviceStart, cursor.sessionId);
      where.push(`(service_start, session_id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(filter.limit + 1);
    const { rows } = await this.sql.query<SessionRow>(
      `select session_id, kind, state, missed_check_out, minutes, measured_minutes, activity_id, activity_title,
         category, organization_id, method, checked_in_at, checked_out_at, service_start, service_end, note
       from ${source} where ${where.join(' and ')}
       order by service_start, session_id limit $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, filter.limit);
    const history = await this.history(
      pageRows.map((row) => row.session_id),
      filter.asKnownAt,
    );
    const last = pageRows[pageRows.length - 1];
    return {
      volunteerId,
      entries: pageRows.map((row) => toEntry(row, history.get(row.session_id) ?? [])),
      nextCursor:
        rows.length > filter.limit && last ? encodeCursor(iso(last.service_start), last.session_id) : null,
    };
  }

  private async history(
    sessionIds: string[],
    asKnownAt: string | undefined,
  ): Promise<Map<string, LedgerHistoryEntry[]>> {
    const bySession = new Map<string, LedgerHistoryEntry[]>();
    if (sessionIds.length === 0) return bySession;
    const { rows } = await this.sql.query<HistoryRow>(
      `select session_id, seq, event_id, event_type, position, state, minutes, reason, actor, correlation_id,
         occurred_at, recorded_at
       from rm_session_history where session_id = any($1::text[])
         ${asKnownAt === undefined ? '' : 'and recorded_at <= $2'}
       order by session_id, seq`,
      asKnownAt === undefined ? [sessionIds] : [sessionIds, asKnownAt],
    );
    for (const row of rows) {
      const list = bySession.get(row.session_id) ?? [];
      list.push({
        seq: row.seq,
        eventId: row.event_id,
        type: row.event_type,
        position: Number(row.position),
        state: row.state,
        minutes: row.minutes,
        reason: row.reason,
        actor: row.actor,
        correlationId: row.correlation_id,
        occurredAt: iso(row.occurred_at),
        recordedAt: iso(row.recorded_at),
      });
      bySession.set(row.session_id, list);
    }
    return bySession;
  }
}

function toEntry(row: SessionRow, history: LedgerHistoryEntry[]): LedgerEntry {
  return {
    entryId: row.session_id,
    sessionId: row.session_id,
    kind: row.kind,
    state: row.state,
    missedCheckOut: row.missed_check_out,
    minutes: row.minutes,
    measuredMinutes: row.measured_minutes,
    activity: {
      id: row.activity_id,
      title: row.activity_title,
      category: row.category,
      organizationId: row.organization_id,
    },
    method: row.method,
    checkedInAt: row.checked_in_at === null ? null : iso(row.checked_in_at),
    checkedOutAt: row.checked_out_at === null ? null : iso(row.checked_out_at),
    serviceStart: iso(row.service_start),
    serviceEnd: row.service_end === null ? null : iso(row.service_end),
    note: row.note,
    history,
  };
}

export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function encodeCursor(serviceStart: string, sessionId: string): string {
  return Buffer.from(JSON.stringify([serviceStart, sessionId])).toString('base64url');
}

function decodeCursor(cursor: string): { serviceStart: string; sessionId: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      // Only what encodeCursor wrote: a real instant as toISOString gives it, and text PostgreSQL can hold.
      const instant = Date.parse(parsed[0]);
      if (Number.isNaN(instant) || new Date(instant).toISOString() !== parsed[0]) return undefined;
      if (parsed[1].includes('\u0000') || parsed[1].length > 256) return undefined;
      return { serviceStart: parsed[0], sessionId: parsed[1] };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function isValidCursor(cursor: string): boolean {
  return decodeCursor(cursor) !== undefined;
}
