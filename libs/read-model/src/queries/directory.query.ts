import { type SqlClient } from '@vl/event-store';

export interface SessionLocation {
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly activityId: string;
  readonly organizationPath: string[];
}

export interface VolunteerLocation {
  readonly volunteerId: string;
  readonly organizationId: string;
  readonly organizationPath: string[];
  readonly schoolId: string | null;
}

/** Lookups the command side needs to find a stream: which volunteer a session belongs to, and so on. */
export class DirectoryQuery {
  constructor(private readonly sql: SqlClient) {}

  async session(sessionId: string): Promise<SessionLocation | undefined> {
    const { rows } = await this.sql.query<{
      session_id: string;
      volunteer_id: string;
      activity_id: string;
      organization_path: string[];
    }>(
      `select session_id, volunteer_id, activity_id, organization_path from rm_sessions where session_id = $1`,
      [sessionId],
    );
    const row = rows[0];
    return row
      ? {
          sessionId: row.session_id,
          volunteerId: row.volunteer_id,
          activityId: row.activity_id,
          organizationPath: row.organization_path,
        }
      : undefined;
  }

  async volunteer(volunteerId: string): Promise<VolunteerLocation | undefined> {
    const { rows } = await this.sql.query<{
      id: string;
      organization_id: string;
      organization_path: string[];
      school_id: string | null;
    }>(`select id, organization_id, organization_path, school_id from rm_volunteers where id = $1`, [
      volunteerId,
    ]);
    const row = rows[0];
    return row
      ? {
          volunteerId: row.id,
          organizationId: row.organization_id,
          organizationPath: row.organization_path,
          schoolId: row.school_id,
        }
      : undefined;
  }

  /** Open sessions whose activity ended before the given instant: candidates for a missed check-out. */
  async openSessionsEndedBefore(
    instant: string,
    limit: number,
  ): Promise<{ volunteerId: string; sessionId: string }[]> {
    const { rows } = await this.sql.query<{ volunteer_id: string; session_id: string }>(
      `select volunteer_id, session_id from rm_sessions
       where state = 'open' and activity_ends_at < $1 order by activity_ends_at limit $2`,
      [instant, limit],
    );
    return rows.map((row) => ({ volunteerId: row.volunteer_id, sessionId: row.session_id }));
  }
}
