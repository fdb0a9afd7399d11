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
  /** How a check-in, check-out or paper sheet proved presence; null on other events. */
  readonly presence: LedgerPresence | null;
}

/** The proof an event carried: method, who recorded it and why, and the geofence's distance and accuracy. */
export interface LedgerPresence {
  readonly method: string | null;
  readonly recordedBy: string | null;
  readonly reason: string | null;
  readonly kioskCodeIssuedAt: string | null;
  readonly distanceMeters: number | null;
  readonly accuracyMeters: number | null;
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
    /** The organisation's name as the ledger knows it now (its id if it was never named). */
    readonly organizationName: string;
  };
  readonly method: string | null;
  readonly checkedInAt: string | null;
  readonly checkedOutAt: string | null;
  readonly serviceStart: string;
  readonly serviceEnd: string | null;
  readonly note: string | null;
  /**
   * 公示: when the posting of a confirmed session ends and it starts to count; null when it was not posted
   * (or is not confirmed). A session is posted (公示中) while this lies ahead.
   */
  readonly postedUntil: string | null;
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
  organization_name: string | null;
  method: string | null;
  checked_in_at: Date | string | null;
  checked_out_at: Date | string | null;
  service_start: Date | string;
  service_end: Date | string | null;
  note: string | null;
  posted_until: Date | string | null;
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
  evidence_type: string | null;
  method: string | null;
  recorded_by: string | null;
  presence_reason: string | null;
  kiosk_code_issued_at: Date | string | null;
  distance_meters: number | null;
  accuracy_meters: number | null;
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
            k.service_start, case when k.state = 'open' then null else s.service_end end as service_end, s.note,
            k.posted_until
          from (select distinct on (session_id) session_id, state, minutes, measured_minutes, service_start,
                  posted_until
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
      `select e.*, o.name as organization_name from (
         select session_id, kind, state, missed_check_out, minutes, measured_minutes, activity_id, activity_title,
           category, organization_id, method, checked_in_at, checked_out_at, service_start, service_end, note,
           posted_until
         from ${source} where ${where.join(' and ')}
         order by service_start, session_id limit $${params.length}) e
       left join rm_organizations o on o.id = e.organization_id
       order by e.service_start, e.session_id`,
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
      `select h.session_id, h.seq, h.event_id, h.event_type, h.position, h.state, h.minutes, h.reason, h.actor,
         h.correlation_id, h.occurred_at, h.recorded_at, e.event_type as evidence_type, e.method, e.recorded_by,
         e.reason as presence_reason, e.kiosk_code_issued_at, e.distance_meters, e.accuracy_meters
       from rm_session_history h
       left join rm_presence_evidence e on e.position = h.position and e.event_type <> 'SessionConfirmed'
       where h.session_id = any($1::text[])
         ${asKnownAt === undefined ? '' : 'and h.recorded_at <= $2'}
       order by h.session_id, h.seq`,
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
        presence: row.evidence_type === null ? null : toPresence(row),
      });
      bySession.set(row.session_id, list);
    }
    return bySession;
  }
}

function toPresence(row: HistoryRow): LedgerPresence {
  return {
    method: row.method,
    recordedBy: row.recorded_by,
    reason: row.presence_reason,
    kioskCodeIssuedAt: row.kiosk_code_issued_at === null ? null : iso(row.kiosk_code_issued_at),
    distanceMeters: row.distance_meters,
    accuracyMeters: row.accuracy_meters,
  };
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
      organizationName: row.organization_name ?? row.organization_id,
    },
    method: row.method,
    checkedInAt: row.checked_in_at === null ? null : iso(row.checked_in_at),
    checkedOutAt: row.checked_out_at === null ? null : iso(row.checked_out_at),
    serviceStart: iso(row.service_start),
    serviceEnd: row.service_end === null ? null : iso(row.service_end),
    note: row.note,
    postedUntil: row.posted_until === null ? null : iso(row.posted_until),
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
