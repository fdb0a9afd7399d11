import { type LeagueStatus } from '@vl/domain';
import { type SqlClient } from '@vl/sql';

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

/** A volunteer as the policy engine and the audit list see them. */
export interface VolunteerProfile {
  readonly volunteerId: string;
  readonly name: string;
  readonly birthDate: string;
  readonly leagueStatus: LeagueStatus;
  readonly organizationId: string;
  readonly organizationPath: string[];
}

export interface OrganizationLocation {
  readonly organizationId: string;
  readonly path: string[];
}

interface ProfileRow {
  id: string;
  name: string;
  birth_date: string;
  league_status: LeagueStatus;
  organization_id: string;
  organization_path: string[];
}

// A date column read as text, so no driver turns it into a local-time Date.
const PROFILE_COLUMNS = `id, name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, league_status, organization_id,
  organization_path`;

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

  async organization(organizationId: string): Promise<OrganizationLocation | undefined> {
    const { rows } = await this.sql.query<{ id: string; path: string[] }>(
      `select id, path from rm_organizations where id = $1`,
      [organizationId],
    );
    const row = rows[0];
    return row ? { organizationId: row.id, path: row.path } : undefined;
  }

  async volunteerProfile(volunteerId: string): Promise<VolunteerProfile | undefined> {
    const { rows } = await this.sql.query<ProfileRow>(
      `select ${PROFILE_COLUMNS} from rm_volunteers where id = $1`,
      [volunteerId],
    );
    return rows[0] ? toProfile(rows[0]) : undefined;
  }

  /**
   * Volunteers whose home is in a node's subtree, in id order, after a given id (keyset paging). Byte order
   * (`C`), so a cursor means the same on every database whatever its locale.
   */
  /** The volunteer holding each of these sessions, for those the read model knows. */
  async sessionHolders(sessionIds: readonly string[]): Promise<Map<string, string>> {
    if (sessionIds.length === 0) return new Map();
    const { rows } = await this.sql.query<{ session_id: string; volunteer_id: string }>(
      `select session_id, volunteer_id from rm_sessions where session_id = any($1::text[])`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.session_id, row.volunteer_id]));
  }

  async volunteersIn(
    organizationId: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<VolunteerProfile[]> {
    const { rows } = await this.sql.query<ProfileRow>(
      `select ${PROFILE_COLUMNS} from rm_volunteers
       where organization_path @> array[$1]::text[] and ($2::text is null or id collate "C" > $2)
       order by id collate "C" limit $3`,
      [organizationId, afterId ?? null, limit],
    );
    return rows.map(toProfile);
  }

  /**
   * `volunteersIn`, narrowed to those whose confirmed sessions starting in `served`'s span add up to its
   * minutes: the sessions are summed once per volunteer who served in the span, not per volunteer listed.
   */
  async volunteersServingIn(
    organizationId: string,
    served: ServedAtLeast,
    afterId: string | undefined,
    limit: number,
  ): Promise<VolunteerProfile[]> {
    const { rows } = await this.sql.query<ProfileRow>(
      `with served as (
         select volunteer_id from rm_sessions
         where state = 'confirmed' and ($2::timestamptz is null or service_start >= $2)
           and ($3::timestamptz is null or service_start < $3)
         group by volunteer_id having sum(minutes) >= $4)
       select ${PROFILE_COLUMNS} from rm_volunteers join served on served.volunteer_id = rm_volunteers.id
       where organization_path @> array[$1]::text[] and ($5::text is null or id collate "C" > $5)
       order by id collate "C" limit $6`,
      [organizationId, served.from, served.before, served.minutes, afterId ?? null, limit],
    );
    return rows.map(toProfile);
  }
}

/** Confirmed service between two instants that a volunteer must reach to be looked at. */
export interface ServedAtLeast {
  /** The first instant counted; null from the start. */
  readonly from: string | null;
  /** Service starting at or after this instant is not counted; null up to now. */
  readonly before: string | null;
  readonly minutes: number;
}

function toProfile(row: ProfileRow): VolunteerProfile {
  return {
    volunteerId: row.id,
    name: row.name,
    birthDate: row.birth_date,
    leagueStatus: row.league_status,
    organizationId: row.organization_id,
    organizationPath: row.organization_path,
  };
}
