import {
  calendarYear,
  openSessionServiceStart,
  type ActivitySnapshot,
  type LedgerEvent,
  type LedgerEventType,
} from '@vl/domain';
import { type SqlExecutor } from '@vl/sql';
import { StatisticsRun } from '../statistics/statistics-run.js';
import { type ProjectedEvent } from './projection-context.js';
import { PresenceRows } from './presence-projection.js';

/**
 * The event types folded in memory and written set-based. Any other type is projected by its own
 * per-event function, after the run of batched events before it has been written.
 */
const BATCHED_TYPES: ReadonlySet<string> = new Set<LedgerEventType>([
  'OrganizationRegistered',
  'ActivityScheduled',
  'VolunteerRegistered',
  'VolunteerCheckedIn',
  'VolunteerCheckedOut',
  'SessionCheckOutMissed',
  'ManualSessionRecorded',
  'SessionConfirmed',
  'SessionCorrected',
  'SessionRejected',
  'SessionRevoked',
]);

export function isBatchedEvent(event: LedgerEvent): boolean {
  return BATCHED_TYPES.has(event.type);
}

type SessionState = 'open' | 'pending' | 'confirmed' | 'rejected' | 'revoked';

/** An rm_sessions row as JSON: timestamps as ISO text, so a row read back is written back unchanged. */
interface SessionRow {
  session_id: string;
  volunteer_id: string;
  activity_id: string;
  activity_title: string;
  organization_id: string;
  organization_path: readonly string[];
  category: string;
  kind: string;
  method: string | null;
  state: SessionState;
  checked_in_at: string | null;
  checked_out_at: string | null;
  service_start: string;
  service_end: string | null;
  service_year: string;
  activity_ends_at: string;
  measured_minutes: number | null;
  minutes: number;
  note: string | null;
  missed_check_out: boolean;
  version: number;
  created_position: number;
  last_position: number;
  last_recorded_at: string;
  posted_until: string | null;
}

type SessionChange = Partial<
  Pick<
    SessionRow,
    | 'state'
    | 'minutes'
    | 'measured_minutes'
    | 'checked_out_at'
    | 'service_start'
    | 'service_end'
    | 'service_year'
    | 'missed_check_out'
    | 'posted_until'
  >
>;

interface HistoryRow {
  session_id: string;
  seq: number;
  volunteer_id: string;
  event_id: string;
  event_type: string;
  position: number;
  state: string;
  minutes: number;
  measured_minutes: number | null;
  service_start: string;
  service_year: string;
  category: string;
  reason: string | null;
  actor: string;
  correlation_id: string;
  occurred_at: string;
  recorded_at: string;
  posted_until: string | null;
}

const SESSION_COLUMNS = `session_id text, volunteer_id text, activity_id text, activity_title text,
  organization_id text, organization_path text[], category text, kind text, method text, state text,
  checked_in_at timestamptz, checked_out_at timestamptz, service_start timestamptz, service_end timestamptz,
  service_year text, activity_ends_at timestamptz, measured_minutes int, minutes int, note text,
  missed_check_out boolean, version int, created_position bigint, last_position bigint,
  last_recorded_at timestamptz, posted_until timestamptz`;

const HISTORY_COLUMNS = `session_id text, seq int, volunteer_id text, event_id text, event_type text,
  position bigint, state text, minutes int, measured_minutes int, service_start timestamptz, service_year text,
  category text, reason text, actor text, correlation_id text, occurred_at timestamptz, recorded_at timestamptz,
  posted_until timestamptz`;

/** Column names of a `name type, …` list. */
function names(columns: string): string[] {
  return columns.split(',').map((column) => column.trim().split(/\s+/)[0] ?? '');
}

const SESSION_NAMES = names(SESSION_COLUMNS);
const HISTORY_NAMES = names(HISTORY_COLUMNS);

const UPSERT_SESSIONS = `insert into rm_sessions (${SESSION_NAMES.join(', ')})
  select ${SESSION_NAMES.join(', ')} from json_to_recordset($1::json) as r(${SESSION_COLUMNS})
  on conflict (session_id) do update set
  ${SESSION_NAMES.filter((name) => name !== 'session_id')
    .map((name) => `${name} = excluded.${name}`)
    .join(', ')}`;

const INSERT_HISTORY = `insert into rm_session_history (${HISTORY_NAMES.join(', ')})
  select ${HISTORY_NAMES.join(', ')} from json_to_recordset($1::json) as r(${HISTORY_COLUMNS})`;

const INSERT_ORGANIZATIONS = `insert into rm_organizations (id, name, kind, parent_id, path, depth, position)
  select id, name, kind, parent_id, path, depth, position from json_to_recordset($1::json)
    as r(id text, name text, kind text, parent_id text, path text[], depth int, position bigint)
  on conflict (id) do nothing`;

const INSERT_ACTIVITIES = `insert into rm_activities (id, organization_id, organization_path, title, category,
    starts_at, ends_at, max_minutes, auto_confirm, position)
  select id, organization_id, organization_path, title, category, starts_at, ends_at, max_minutes, auto_confirm,
    position from json_to_recordset($1::json)
    as r(id text, organization_id text, organization_path text[], title text, category text,
      starts_at timestamptz, ends_at timestamptz, max_minutes int, auto_confirm boolean, position bigint)
  on conflict (id) do nothing`;

const INSERT_ACTIVITY_SCOPES = `insert into rm_activity_scopes (ancestor_id, starts_at, activity_id, ends_at)
  select ancestor_id, starts_at, activity_id, ends_at
  from unnest($1::text[], $2::timestamptz[], $3::text[], $4::timestamptz[]) as s(ancestor_id, starts_at,
    activity_id, ends_at)
  on conflict do nothing`;

const INSERT_VOLUNTEERS = `insert into rm_volunteers (id, name, birth_date, organization_id, organization_path,
    school_id, league_status, registered_at, position)
  select id, name, birth_date, organization_id, organization_path, school_id, league_status, registered_at,
    position from json_to_recordset($1::json)
    as r(id text, name text, birth_date date, organization_id text, organization_path text[], school_id text,
      league_status text, registered_at timestamptz, position bigint)
  on conflict (id) do nothing`;

const INSERT_VOLUNTEER_SCOPES = `insert into rm_volunteer_scopes (ancestor_id, volunteer_id)
  select ancestor_id, volunteer_id from unnest($1::text[], $2::text[]) as s(ancestor_id, volunteer_id)
  on conflict do nothing`;

/** Rows exactly as stored, timestamps as text in ISO form, for sessions a run changes but did not create. */
const READ_SESSIONS = `select row_to_json(s)::text as row from rm_sessions s where session_id = any($1::text[])`;

/**
 * One run of batchable events, folded in memory: the rows they create or change, keyed so that each
 * table is written with one statement at the end, and the sessions' history in event order.
 */
export class SetBasedRun {
  private readonly organizations = new Map<string, Record<string, unknown>>();
  private readonly activities = new Map<string, Record<string, unknown>>();
  private readonly activityScopes: [string[], string[], string[], string[]] = [[], [], [], []];
  private readonly volunteers = new Map<string, Record<string, unknown>>();
  private readonly volunteerScopes: [string[], string[]] = [[], []];
  /** Sessions as they stand after the run; `null` for a session known to be absent. */
  private readonly sessions = new Map<string, SessionRow | null>();
  private readonly dirtySessions = new Set<string>();
  private readonly history: HistoryRow[] = [];
  private readonly pending: ProjectedEvent[] = [];
  private readonly presence = new PresenceRows();
  private readonly statistics: StatisticsRun;

  constructor(
    private readonly timeZone: string,
    /** Volunteers whose balance is recomputed once the whole batch is written, with their last position. */
    private readonly touched: Map<string, number>,
  ) {
    this.statistics = new StatisticsRun(timeZone);
  }

  get size(): number {
    return this.pending.length;
  }

  add(projected: ProjectedEvent): void {
    this.pending.push(projected);
  }

  /**
   * Folds the pending events and writes every table they touch, the presence evidence and the statistics
   * counters last (the counters' volunteer totals read the volunteers written before them); leaves the run
   * empty.
   */
  async flush(tx: SqlExecutor): Promise<void> {
    if (this.pending.length === 0) return;
    await this.loadSessions(tx);
    for (const projected of this.pending) {
      this.apply(projected);
      this.presence.add(projected);
      this.statistics.add(projected);
    }
    await this.write(tx);
    await this.presence.write(tx);
    const sessions: SessionRow[] = [];
    for (const session of this.sessions.values()) if (session) sessions.push(session);
    await this.statistics.write(tx, sessions);
    this.clear();
  }

  private clear(): void {
    this.pending.length = 0;
    this.organizations.clear();
    this.activities.clear();
    for (const column of this.activityScopes) column.length = 0;
    this.volunteers.clear();
    for (const column of this.volunteerScopes) column.length = 0;
    this.sessions.clear();
    this.dirtySessions.clear();
    this.history.length = 0;
  }

  /** One read for every session the run refers to: those it changes and those it might create again. */
  private async loadSessions(tx: SqlExecutor): Promise<void> {
    const ids = new Set<string>();
    for (const { event } of this.pending) {
      if ('sessionId' in event.data && typeof event.data.sessionId === 'string')
        ids.add(event.data.sessionId);
    }
    if (ids.size === 0) return;
    for (const id of ids) this.sessions.set(id, null);
    const { rows } = await tx.query<{ row: string }>(READ_SESSIONS, [[...ids]]);
    for (const { row } of rows) {
      const session = JSON.parse(row) as SessionRow;
      this.sessions.set(session.session_id, session);
    }
  }

  private apply(projected: ProjectedEvent): void {
    const { event, position, metadata } = projected;
    switch (event.type) {
      case 'OrganizationRegistered': {
        const d = event.data;
        if (this.organizations.has(d.organizationId)) return;
        this.organizations.set(d.organizationId, {
          id: d.organizationId,
          name: d.name,
          kind: d.kind,
          parent_id: d.parentId,
          path: d.path,
          depth: d.path.length - 1,
          position,
        });
        return;
      }
      case 'ActivityScheduled': {
        const d = event.data;
        if (!this.activities.has(d.activityId)) {
          this.activities.set(d.activityId, {
            id: d.activityId,
            organization_id: d.organizationId,
            organization_path: d.organizationPath,
            title: d.title,
            category: d.category,
            starts_at: d.startsAt,
            ends_at: d.endsAt,
            max_minutes: d.maxMinutesPerVolunteer,
            auto_confirm: d.autoConfirm,
            position,
          });
        }
        for (const ancestor of d.organizationPath) {
          this.activityScopes[0].push(ancestor);
          this.activityScopes[1].push(d.startsAt);
          this.activityScopes[2].push(d.activityId);
          this.activityScopes[3].push(d.endsAt);
        }
        return;
      }
      case 'VolunteerRegistered': {
        const d = event.data;
        if (!this.volunteers.has(d.volunteerId)) {
          this.volunteers.set(d.volunteerId, {
            id: d.volunteerId,
            // No personal data in the read models: names and birth dates are joined from the personal store.
            name: '',
            birth_date: null,
            organization_id: d.organizationId,
            organization_path: d.organizationPath,
            school_id: d.schoolId,
            league_status: d.leagueStatus,
            registered_at: metadata.recordedAt,
            position,
          });
        }
        for (const ancestor of d.organizationPath) {
          this.volunteerScopes[0].push(ancestor);
          this.volunteerScopes[1].push(d.volunteerId);
        }
        this.touched.set(d.volunteerId, position);
        return;
      }
      case 'VolunteerCheckedIn': {
        const d = event.data;
        this.insertSession(projected, {
          sessionId: d.sessionId,
          volunteerId: d.volunteerId,
          activity: d.activity,
          kind: 'live',
          method: d.method,
          state: 'open',
          checkedInAt: d.checkedInAt,
          serviceStart: openSessionServiceStart(d.activity, d.checkedInAt),
          serviceEnd: null,
          measuredMinutes: null,
          minutes: 0,
          note: null,
        });
        return;
      }
      case 'ManualSessionRecorded': {
        const d = event.data;
        this.insertSession(projected, {
          sessionId: d.sessionId,
          volunteerId: d.volunteerId,
          activity: d.activity,
          kind: 'manual',
          method: null,
          state: 'pending',
          checkedInAt: null,
          serviceStart: d.startedAt,
          serviceEnd: d.endedAt,
          measuredMinutes: d.minutes,
          minutes: d.minutes,
          note: d.note,
        });
        return;
      }
      case 'VolunteerCheckedOut':
      case 'SessionCheckOutMissed': {
        const d = event.data;
        const missed = event.type === 'SessionCheckOutMissed';
        this.changeSession(projected, d.sessionId, d.volunteerId, {
          state: 'pending',
          checked_out_at: missed ? event.data.closedAt : event.data.checkedOutAt,
          service_start: d.serviceStart,
          service_end: d.serviceEnd,
          service_year: calendarYear(d.serviceStart, this.timeZone),
          measured_minutes: d.measuredMinutes,
          minutes: d.measuredMinutes,
          missed_check_out: missed,
        });
        return;
      }
      case 'SessionConfirmed':
        this.changeSession(projected, event.data.sessionId, event.data.volunteerId, {
          state: 'confirmed',
          minutes: event.data.minutes,
          posted_until: event.data.postedUntil ?? null,
        });
        return;
      case 'SessionCorrected':
        this.changeSession(
          projected,
          event.data.sessionId,
          event.data.volunteerId,
          { minutes: event.data.minutes },
          event.data.reason,
        );
        return;
      case 'SessionRejected':
      case 'SessionRevoked':
        this.changeSession(
          projected,
          event.data.sessionId,
          event.data.volunteerId,
          { state: event.type === 'SessionRejected' ? 'rejected' : 'revoked', minutes: 0 },
          event.data.reason,
        );
        return;
      default:
        throw new Error(`event type ${event.type} is not projected set-based`);
    }
  }

  /** A session is created once; a second creation of the same id changes nothing, as `on conflict do nothing`. */
  private insertSession(
    projected: ProjectedEvent,
    session: {
      sessionId: string;
      volunteerId: string;
      activity: ActivitySnapshot;
      kind: 'live' | 'manual';
      method: string | null;
      state: 'open' | 'pending';
      checkedInAt: string | null;
      serviceStart: string;
      serviceEnd: string | null;
      measuredMinutes: number | null;
      minutes: number;
      note: string | null;
    },
  ): void {
    this.touched.set(session.volunteerId, projected.position);
    if (this.sessions.get(session.sessionId)) return;
    const { metadata, position } = projected;
    const row: SessionRow = {
      session_id: session.sessionId,
      volunteer_id: session.volunteerId,
      activity_id: session.activity.activityId,
      activity_title: session.activity.title,
      organization_id: session.activity.organizationId,
      organization_path: session.activity.organizationPath,
      category: session.activity.category,
      kind: session.kind,
      method: session.method,
      state: session.state,
      checked_in_at: session.checkedInAt,
      checked_out_at: null,
      service_start: session.serviceStart,
      service_end: session.serviceEnd,
      service_year: calendarYear(session.serviceStart, this.timeZone),
      activity_ends_at: session.activity.endsAt,
      measured_minutes: session.measuredMinutes,
      minutes: session.minutes,
      note: session.note,
      missed_check_out: false,
      version: 1,
      created_position: position,
      last_position: position,
      last_recorded_at: metadata.recordedAt,
      posted_until: null,
    };
    this.sessions.set(row.session_id, row);
    this.dirtySessions.add(row.session_id);
    this.record(projected, row, null);
  }

  /** A change to a session that does not exist changes nothing, as an update of no row. */
  private changeSession(
    projected: ProjectedEvent,
    sessionId: string,
    volunteerId: string,
    change: SessionChange,
    reason: string | null = null,
  ): void {
    this.touched.set(volunteerId, projected.position);
    const current = this.sessions.get(sessionId);
    if (!current) return;
    const row: SessionRow = {
      ...current,
      ...change,
      version: current.version + 1,
      last_position: projected.position,
      last_recorded_at: projected.metadata.recordedAt,
    };
    this.sessions.set(sessionId, row);
    this.dirtySessions.add(sessionId);
    this.record(projected, row, reason);
  }

  private record(projected: ProjectedEvent, row: SessionRow, reason: string | null): void {
    const { metadata } = projected;
    this.history.push({
      session_id: row.session_id,
      seq: row.version,
      volunteer_id: row.volunteer_id,
      event_id: projected.id,
      event_type: projected.event.type,
      position: projected.position,
      state: row.state,
      minutes: row.minutes,
      measured_minutes: row.measured_minutes,
      service_start: row.service_start,
      service_year: row.service_year,
      category: row.category,
      reason,
      actor: metadata.actor,
      correlation_id: metadata.correlationId,
      occurred_at: metadata.occurredAt,
      recorded_at: metadata.recordedAt,
      posted_until: row.posted_until,
    });
  }

  private async write(tx: SqlExecutor): Promise<void> {
    if (this.organizations.size > 0)
      await tx.query(INSERT_ORGANIZATIONS, [JSON.stringify([...this.organizations.values()])]);
    if (this.activities.size > 0)
      await tx.query(INSERT_ACTIVITIES, [JSON.stringify([...this.activities.values()])]);
    if (this.activityScopes[0].length > 0) await tx.query(INSERT_ACTIVITY_SCOPES, this.activityScopes);
    if (this.volunteers.size > 0)
      await tx.query(INSERT_VOLUNTEERS, [JSON.stringify([...this.volunteers.values()])]);
    if (this.volunteerScopes[0].length > 0) await tx.query(INSERT_VOLUNTEER_SCOPES, this.volunteerScopes);
    if (this.dirtySessions.size > 0) {
      const rows = [...this.dirtySessions].map((id) => this.sessions.get(id));
      await tx.query(UPSERT_SESSIONS, [JSON.stringify(rows)]);
    }
    if (this.history.length > 0) await tx.query(INSERT_HISTORY, [JSON.stringify(this.history)]);
  }
}

/**
 * Recomputes the balances of the volunteers a batch touched from their sessions, grouped in one pass over
 * their sessions rather than a subquery per volunteer. Each row keeps the position of the last event that
 * touched it.
 */
export async function refreshBalancesGrouped(
  tx: SqlExecutor,
  touched: ReadonlyMap<string, number>,
): Promise<void> {
  if (touched.size === 0) return;
  await tx.query(
    `with t as (
       select id, position from unnest($1::text[], $2::bigint[]) as t(id, position)),
     s as (
       select volunteer_id, state, service_year, category, minutes from rm_sessions
       where volunteer_id = any($1::text[]) and state in ('confirmed', 'pending')),
     totals as (
       select volunteer_id,
         coalesce(sum(minutes) filter (where state = 'confirmed'), 0) as confirmed,
         coalesce(sum(minutes) filter (where state = 'pending'), 0) as pending
       from s group by volunteer_id),
     years as (
       select volunteer_id, jsonb_object_agg(service_year, total) as by_year from (
         select volunteer_id, service_year, sum(minutes) as total from s where state = 'confirmed'
         group by volunteer_id, service_year) y group by volunteer_id),
     categories as (
       select volunteer_id, jsonb_object_agg(category, total) as by_category from (
         select volunteer_id, category, sum(minutes) as total from s where state = 'confirmed'
         group by volunteer_id, category) c group by volunteer_id)
     insert into rm_balances (volunteer_id, confirmed_minutes, pending_minutes, by_year, by_category, position)
     select t.id, coalesce(totals.confirmed, 0), coalesce(totals.pending, 0), coalesce(years.by_year, '{}'::jsonb),
       coalesce(categories.by_category, '{}'::jsonb), t.position
     from t
       left join totals on totals.volunteer_id = t.id
       left join years on years.volunteer_id = t.id
       left join categories on categories.volunteer_id = t.id
     on conflict (volunteer_id) do update set
       confirmed_minutes = excluded.confirmed_minutes,
       pending_minutes = excluded.pending_minutes,
       by_year = excluded.by_year,
       by_category = excluded.by_category,
       position = greatest(rm_balances.position, excluded.position)`,
    [[...touched.keys()], [...touched.values()]],
  );
}
