import { type SqlExecutor } from '@vl/sql';
import { type ProjectedEvent } from '../projections/projection-context.js';
import { monthOf } from './statistics-month.js';

/** What a session counts for in the statistics: its row in rm_stat_sessions. */
export interface CountedSession {
  session_id: string;
  volunteer_id: string;
  organization_path: readonly string[];
  month: string;
  category: string;
  /** Confirmed minutes the session counts for; zero unless confirmed. */
  minutes: number;
  confirmed: boolean;
}

/** A session as the run left it: the rm_sessions columns the statistics read. */
export interface SessionAfterRun {
  readonly session_id: string;
  readonly volunteer_id: string;
  readonly organization_path: readonly string[];
  readonly service_start: string | Date;
  readonly category: string;
  readonly minutes: number;
  readonly state: string;
}

const SEPARATOR = '\u0000';

/**
 * The statistics counters of a run of events, moved by the run's net change with one statement per table:
 * registrations and activities counted per event, and each session the run touched compared once, as it
 * stands after the run, with what it was counted for before. Moves add up, and a member or total row is
 * kept exactly when its sum is not zero, so a run of many events leaves the tables as runs of one each
 * would (`projectStatistics`; the set-based checksum suite compares them).
 */
export class StatisticsRun {
  private readonly registrations = new Map<string, { volunteers: number; teams: number }>();
  private readonly counters = new Map<string, { activities: number; minutes: number }>();
  private readonly members = new Map<string, number>();
  private readonly totals = new Map<string, number>();
  private readonly counted: CountedSession[] = [];
  private removed = false;

  constructor(private readonly timeZone: string) {}

  /** Counts a registration or a scheduled activity; session events are counted from the sessions' rows. */
  add({ event, metadata }: ProjectedEvent): void {
    switch (event.type) {
      case 'OrganizationRegistered':
        if (event.data.kind !== 'team') return;
        for (const ancestor of event.data.path)
          this.register(ancestor, monthOf(metadata.recordedAt, this.timeZone)).teams += 1;
        return;
      case 'VolunteerRegistered':
        for (const ancestor of event.data.organizationPath)
          this.register(ancestor, monthOf(metadata.recordedAt, this.timeZone)).volunteers += 1;
        return;
      case 'ActivityScheduled': {
        const month = monthOf(event.data.startsAt, this.timeZone);
        for (const ancestor of event.data.organizationPath)
          this.counter(ancestor, month, event.data.category).activities += 1;
        return;
      }
      default:
        return;
    }
  }

  /** Moves the counters by the difference between each session now and what it was counted for. */
  async write(tx: SqlExecutor, sessions: readonly SessionAfterRun[]): Promise<void> {
    if (sessions.length > 0) await this.compare(tx, sessions);
    if (this.counters.size > 0) await this.writeCounters(tx);
    if (this.registrations.size > 0) await this.writeRegistrations(tx);
    if (this.members.size > 0) await this.writeMembers(tx);
    if (this.totals.size > 0) await this.writeTotals(tx);
    if (this.counted.length > 0) {
      await tx.query(
        `insert into rm_stat_sessions (session_id, volunteer_id, organization_path, month, category, minutes,
           confirmed)
         select session_id, volunteer_id, organization_path, month, category, minutes, confirmed
         from json_to_recordset($1::json) as r(session_id text, volunteer_id text, organization_path text[],
           month text, category text, minutes int, confirmed boolean)
         on conflict (session_id) do update set minutes = excluded.minutes, confirmed = excluded.confirmed,
           month = excluded.month, category = excluded.category, organization_path = excluded.organization_path`,
        [JSON.stringify(this.counted)],
      );
    }
    this.registrations.clear();
    this.counters.clear();
    this.members.clear();
    this.totals.clear();
    this.counted.length = 0;
    this.removed = false;
  }

  private async compare(tx: SqlExecutor, sessions: readonly SessionAfterRun[]): Promise<void> {
    const { rows } = await tx.query<CountedSession>(
      `select session_id, volunteer_id, organization_path, month, category, minutes, confirmed
       from rm_stat_sessions where session_id = any($1::text[])`,
      [sessions.map((session) => session.session_id)],
    );
    const before = new Map(rows.map((row) => [row.session_id, { ...row, minutes: Number(row.minutes) }]));
    for (const session of sessions) {
      const confirmed = session.state === 'confirmed';
      const after: CountedSession = {
        session_id: session.session_id,
        volunteer_id: session.volunteer_id,
        organization_path: session.organization_path,
        month: monthOf(session.service_start, this.timeZone),
        category: session.category,
        minutes: confirmed ? Number(session.minutes) : 0,
        confirmed,
      };
      const was = before.get(session.session_id);
      if (was && was.confirmed === after.confirmed && was.minutes === after.minutes) continue;
      if (was?.confirmed) this.move(was, -1);
      if (after.confirmed) this.move(after, 1);
      this.counted.push(after);
    }
  }

  /**
   * Adds (sign 1) or takes away (sign -1) one confirmed session: its minutes in the organising subtree's
   * counters, its volunteer among the month's and the year's active ones (in its category and in all, '*'),
   * and its minutes in the volunteer's all-time total under the volunteer's own organisation.
   */
  private move(session: CountedSession, sign: 1 | -1): void {
    const minutes = sign * session.minutes;
    const buckets = [session.month, session.month.slice(0, 4)];
    for (const ancestor of session.organization_path) {
      this.counter(ancestor, session.month, session.category).minutes += minutes;
      for (const bucket of buckets) {
        for (const category of [session.category, '*']) {
          const key = [ancestor, bucket, category, session.volunteer_id].join(SEPARATOR);
          this.members.set(key, (this.members.get(key) ?? 0) + sign);
        }
      }
    }
    if (sign < 0) this.removed = true;
    if (minutes !== 0)
      this.totals.set(session.volunteer_id, (this.totals.get(session.volunteer_id) ?? 0) + minutes);
  }

  private register(ancestor: string, month: string): { volunteers: number; teams: number } {
    const key = [ancestor, month].join(SEPARATOR);
    let row = this.registrations.get(key);
    if (!row) {
      row = { volunteers: 0, teams: 0 };
      this.registrations.set(key, row);
    }
    return row;
  }

  private counter(
    ancestor: string,
    month: string,
    category: string,
  ): { activities: number; minutes: number } {
    const key = [ancestor, month, category].join(SEPARATOR);
    let row = this.counters.get(key);
    if (!row) {
      row = { activities: 0, minutes: 0 };
      this.counters.set(key, row);
    }
    return row;
  }

  private async writeCounters(tx: SqlExecutor): Promise<void> {
    const [ancestors, months, categories] = splitKeys(this.counters.keys(), 3);
    const values = [...this.counters.values()];
    await tx.query(
      `insert into rm_stat_counters (ancestor_id, month, category, activities, confirmed_minutes)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bigint[])
       on conflict (ancestor_id, month, category) do update set
         activities = rm_stat_counters.activities + excluded.activities,
         confirmed_minutes = rm_stat_counters.confirmed_minutes + excluded.confirmed_minutes`,
      [
        ancestors,
        months,
        categories,
        values.map((value) => value.activities),
        values.map((value) => value.minutes),
      ],
    );
  }

  private async writeRegistrations(tx: SqlExecutor): Promise<void> {
    const [ancestors, months] = splitKeys(this.registrations.keys(), 2);
    const values = [...this.registrations.values()];
    await tx.query(
      `insert into rm_stat_registrations (ancestor_id, month, volunteers, teams)
       select * from unnest($1::text[], $2::text[], $3::int[], $4::int[])
       on conflict (ancestor_id, month) do update set
         volunteers = rm_stat_registrations.volunteers + excluded.volunteers,
         teams = rm_stat_registrations.teams + excluded.teams`,
      [ancestors, months, values.map((value) => value.volunteers), values.map((value) => value.teams)],
    );
  }

  /**
   * Member rows move by their net number of sessions; a (node, bucket, category) count moves by the members
   * that went from none to some sessions, less those that went from some to none.
   */
  private async writeMembers(tx: SqlExecutor): Promise<void> {
    const [ancestors, buckets, categories, volunteers] = splitKeys(this.members.keys(), 4);
    await tx.query(
      `with d as (
         select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
           as d(ancestor_id, bucket, category, volunteer_id, delta)
       ), moved as (
         insert into rm_stat_active_members (ancestor_id, bucket, category, volunteer_id, sessions)
         select ancestor_id, bucket, category, volunteer_id, delta from d
         on conflict (ancestor_id, bucket, category, volunteer_id)
           do update set sessions = rm_stat_active_members.sessions + excluded.sessions
         returning ancestor_id, bucket, category, volunteer_id, sessions
       ), changed as (
         select m.ancestor_id, m.bucket, m.category,
           sum((m.sessions > 0)::int - (m.sessions - d.delta > 0)::int) as change
         from moved m join d using (ancestor_id, bucket, category, volunteer_id)
         group by m.ancestor_id, m.bucket, m.category
       )
       insert into rm_stat_active_counts (ancestor_id, bucket, category, volunteers)
       select ancestor_id, bucket, category, change from changed where change <> 0
       on conflict (ancestor_id, bucket, category)
         do update set volunteers = rm_stat_active_counts.volunteers + excluded.volunteers`,
      [ancestors, buckets, categories, volunteers, [...this.members.values()]],
    );
    if (!this.removed) return;
    await tx.query(
      `delete from rm_stat_active_members where volunteer_id = any($1::text[]) and sessions <= 0`,
      [[...new Set(volunteers)]],
    );
    await tx.query(
      `delete from rm_stat_active_counts where ancestor_id = any($1::text[]) and volunteers <= 0`,
      [[...new Set(ancestors)]],
    );
  }

  /** Totals under each of the volunteer's own organisation's ancestors; a total back at zero is no row. */
  private async writeTotals(tx: SqlExecutor): Promise<void> {
    const volunteers = [...this.totals.keys()];
    await tx.query(
      `insert into rm_stat_volunteer_totals (ancestor_id, volunteer_id, confirmed_minutes)
       select unnest(v.organization_path), v.id, d.minutes
       from unnest($1::text[], $2::bigint[]) as d(id, minutes) join rm_volunteers v on v.id = d.id
       on conflict (ancestor_id, volunteer_id)
         do update set confirmed_minutes = rm_stat_volunteer_totals.confirmed_minutes + excluded.confirmed_minutes`,
      [volunteers, [...this.totals.values()]],
    );
    await tx.query(
      `delete from rm_stat_volunteer_totals where volunteer_id = any($1::text[]) and confirmed_minutes = 0`,
      [volunteers],
    );
  }
}

/** Splits `a\0b\0c` keys into one array per part, for `unnest`. */
function splitKeys(keys: Iterable<string>, parts: number): string[][] {
  const columns: string[][] = Array.from({ length: parts }, () => []);
  for (const key of keys) {
    const values = key.split(SEPARATOR);
    for (let index = 0; index < parts; index += 1) columns[index]?.push(values[index] ?? '');
  }
  return columns;
}
