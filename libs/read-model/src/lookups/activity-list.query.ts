import { acceptedCheckInMethods, type CheckInMethod, MAX_ACTIVITY_WINDOW_MS, type Venue } from '@vl/domain';
import { type SqlClient } from '@vl/sql';
import { decodeCursor, iso, isoOrNull, type Page, type PageRequest, toPage } from './keyset-cursor.js';

export interface ActivityListItem {
  readonly id: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly title: string;
  readonly category: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly maxMinutesPerVolunteer: number | null;
  readonly autoConfirm: boolean;
  /** Where it takes place; null for activities scheduled without one. */
  readonly venue: Venue | null;
  readonly checkInMethods: readonly CheckInMethod[];
}

export interface ActivityDetails extends ActivityListItem {
  /** The organising node's path, for scope checks; not part of the answer. */
  readonly organizationPath: string[];
}

export interface RosterEntry {
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly volunteerName: string;
  readonly state: string;
  readonly checkedInAt: string | null;
  readonly checkedOutAt: string | null;
  readonly minutes: number;
  readonly missedCheckOut: boolean;
}

/** A bound of a date range: an instant, or a calendar date meaning its midnight in the programme's zone. */
export interface RangeBound {
  readonly value: string;
  readonly isDate: boolean;
}

export interface ActivityRange {
  readonly from?: RangeBound;
  readonly to?: RangeBound;
  readonly timeZone: string;
}

interface ActivityRow {
  id: string;
  organization_id: string;
  organization_name: string | null;
  organization_path: string[];
  title: string;
  category: string;
  starts_at: Date | string;
  ends_at: Date | string;
  max_minutes: number | null;
  auto_confirm: boolean;
  venue: Venue | string | null;
  check_in_methods: CheckInMethod[] | null;
}

interface RosterRow {
  session_id: string;
  volunteer_id: string;
  volunteer_name: string | null;
  state: string;
  checked_in_at: Date | string | null;
  checked_out_at: Date | string | null;
  minutes: number;
  missed_check_out: boolean;
}

const COLUMNS = `a.id, a.organization_id, o.name as organization_name, a.organization_path, a.title, a.category,
  a.starts_at, a.ends_at, a.max_minutes, a.auto_confirm, v.venue, v.check_in_methods`;
/** Venues live in their own table (presence-projection.ts). */
const VENUE_JOIN = `left join rm_activity_venues v on v.activity_id = a.id`;

/** Activities: those organised in a subtree over a date range, and one activity with its roster. */
export class ActivityListQuery {
  constructor(private readonly sql: SqlClient) {}

  async details(activityId: string): Promise<ActivityDetails | undefined> {
    const { rows } = await this.sql.query<ActivityRow>(
      `select ${COLUMNS} from rm_activities a left join rm_organizations o on o.id = a.organization_id
       ${VENUE_JOIN} where a.id = $1`,
      [activityId],
    );
    const row = rows[0];
    return row ? { ...toItem(row), organizationPath: row.organization_path } : undefined;
  }

  /**
   * Activities organised in the node's subtree whose window overlaps [from, to), by start then id: a range
   * of the node's scope rows. An activity lasts at most 31 days, which bounds that range from below too.
   */
  async inSubtree(
    organizationId: string,
    range: ActivityRange,
    page: PageRequest,
  ): Promise<Page<ActivityListItem>> {
    const params: unknown[] = [organizationId];
    const where = ['sc.ancestor_id = $1'];
    const bound = (value: RangeBound): string => {
      params.push(value.value);
      if (!value.isDate) return `$${params.length}::timestamptz`;
      params.push(range.timeZone);
      return `($${params.length - 1}::date::timestamp at time zone $${params.length}::text)`;
    };
    if (range.from !== undefined) {
      const from = bound(range.from);
      where.push(`sc.ends_at > ${from}`);
      where.push(`sc.starts_at > ${from} - interval '${MAX_ACTIVITY_WINDOW_MS / 1000} seconds'`);
    }
    if (range.to !== undefined) where.push(`sc.starts_at < ${bound(range.to)}`);
    if (page.cursor !== undefined) {
      const [startsAt, id] = decodeCursor(page.cursor, ['instant', 'text']);
      params.push(startsAt, id);
      where.push(
        `(sc.starts_at, sc.activity_id collate "C") > ($${params.length - 1}::timestamptz, $${params.length}::text collate "C")`,
      );
    }
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<ActivityRow>(
      `select ${COLUMNS}
       from rm_activity_scopes sc
       join rm_activities a on a.id = sc.activity_id
       left join rm_organizations o on o.id = a.organization_id
       ${VENUE_JOIN}
       where ${where.join(' and ')}
       order by sc.starts_at, sc.activity_id collate "C" limit $${params.length}`,
      params,
    );
    return toPage(rows, page.limit, (row) => [iso(row.starts_at), row.id], toItem);
  }

  /** The activity's sessions in the order they began; only one volunteer's when `volunteerId` is given. */
  async roster(activityId: string, volunteerId?: string): Promise<RosterEntry[]> {
    const params: unknown[] = [activityId];
    if (volunteerId !== undefined) params.push(volunteerId);
    const { rows } = await this.sql.query<RosterRow>(
      `select s.session_id, s.volunteer_id, v.name as volunteer_name, s.state, s.checked_in_at, s.checked_out_at,
         s.minutes, s.missed_check_out
       from rm_sessions s left join rm_volunteers v on v.id = s.volunteer_id
       where s.activity_id = $1 ${volunteerId !== undefined ? 'and s.volunteer_id = $2' : ''}
       order by s.service_start, s.session_id`,
      params,
    );
    return rows.map((row) => ({
      sessionId: row.session_id,
      volunteerId: row.volunteer_id,
      volunteerName: row.volunteer_name ?? row.volunteer_id,
      state: row.state,
      checkedInAt: isoOrNull(row.checked_in_at),
      checkedOutAt: isoOrNull(row.checked_out_at),
      minutes: Number(row.minutes),
      missedCheckOut: row.missed_check_out,
    }));
  }
}

function toItem(row: ActivityRow): ActivityListItem {
  const venue = typeof row.venue === 'string' ? (JSON.parse(row.venue) as Venue) : row.venue;
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name ?? row.organization_id,
    title: row.title,
    category: row.category,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    maxMinutesPerVolunteer: row.max_minutes === null ? null : Number(row.max_minutes),
    autoConfirm: row.auto_confirm,
    venue,
    checkInMethods: row.check_in_methods ?? [...acceptedCheckInMethods({ venue })],
  };
}
