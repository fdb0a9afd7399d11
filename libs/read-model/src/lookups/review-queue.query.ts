import { type SqlClient } from '@vl/sql';
import { decodeCursor, iso, isoOrNull, type Page, type PageRequest, toPage } from './keyset-cursor.js';

export interface ReviewQueueItem {
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly volunteerName: string;
  readonly activityId: string;
  readonly activityTitle: string;
  readonly organizationId: string;
  readonly state: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly measuredMinutes: number | null;
  readonly missedCheckOut: boolean;
  /** Recorded from a paper sheet rather than checked in and out. */
  readonly manual: boolean;
}

interface QueueRow {
  session_id: string;
  volunteer_id: string;
  volunteer_name: string | null;
  activity_id: string;
  activity_title: string;
  organization_id: string;
  state: string;
  service_start: Date | string;
  service_end: Date | string | null;
  measured_minutes: number | null;
  missed_check_out: boolean;
  kind: string;
}

/**
 * The organiser's queue: sessions of activities organised in a subtree that await confirmation, oldest
 * first. Both indexes it uses hold pending sessions only, so they stay as small as the queue itself.
 */
export class ReviewQueueQuery {
  constructor(private readonly sql: SqlClient) {}

  async inSubtree(organizationId: string, page: PageRequest): Promise<Page<ReviewQueueItem>> {
    const params: unknown[] = [organizationId];
    let after = '';
    if (page.cursor !== undefined) {
      const [startedAt, sessionId] = decodeCursor(page.cursor, ['instant', 'text']);
      params.push(startedAt, sessionId);
      after = `and (s.service_start, s.session_id collate "C") > ($2::timestamptz, $3::text collate "C")`;
    }
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<QueueRow>(
      `select s.session_id, s.volunteer_id, v.name as volunteer_name, s.activity_id, s.activity_title,
         s.organization_id, s.state, s.service_start, s.service_end, s.measured_minutes, s.missed_check_out, s.kind
       from rm_sessions s left join rm_volunteers v on v.id = s.volunteer_id
       where s.state = 'pending' and s.organization_path @> array[$1]::text[] ${after}
       order by s.service_start, s.session_id collate "C"
       limit $${params.length}`,
      params,
    );
    return toPage(
      rows,
      page.limit,
      (row) => [iso(row.service_start), row.session_id],
      (row) => ({
        sessionId: row.session_id,
        volunteerId: row.volunteer_id,
        volunteerName: row.volunteer_name ?? row.volunteer_id,
        activityId: row.activity_id,
        activityTitle: row.activity_title,
        organizationId: row.organization_id,
        state: row.state,
        startedAt: iso(row.service_start),
        endedAt: isoOrNull(row.service_end),
        measuredMinutes: row.measured_minutes === null ? null : Number(row.measured_minutes),
        missedCheckOut: row.missed_check_out,
        manual: row.kind === 'manual',
      }),
    );
  }
}
