import { type LeagueStatus } from '@vl/domain';
import { type SqlClient } from '@vl/sql';
import { type ConfirmedEntry } from './balance.query.js';
import { iso } from './ledger.query.js';

export interface ConsentingStudent {
  readonly volunteerId: string;
  readonly name: string;
  readonly birthDate: string;
  readonly leagueStatus: LeagueStatus;
  readonly consentId: string;
  readonly grantedAt: string;
  readonly until: string | null;
}

interface StudentRow {
  volunteer_id: string;
  name: string;
  birth_date: Date | string;
  league_status: LeagueStatus;
  consent_id: string;
  granted_at: Date | string;
  until: Date | string | null;
}

interface EntryRow {
  volunteer_id: string;
  session_id: string;
  minutes: number;
  category: string;
  service_start: Date | string;
  organization_id: string;
}

/** A school's view: only the volunteers whose consent to it is in force at the instant asked about. */
export class SchoolRosterQuery {
  constructor(private readonly sql: SqlClient) {}

  async consentingStudents(schoolId: string, at: string): Promise<ConsentingStudent[]> {
    const { rows } = await this.sql.query<StudentRow>(
      `select c.volunteer_id, v.name, to_char(v.birth_date, 'YYYY-MM-DD') as birth_date, v.league_status,
         c.consent_id, c.granted_at, c.until
       from rm_school_consents c join rm_volunteers v on v.id = c.volunteer_id
       where c.school_id = $1 and c.revoked_at is null and (c.until is null or c.until > $2)
       order by c.volunteer_id`,
      [schoolId, at],
    );
    return rows.map((row) => ({
      volunteerId: row.volunteer_id,
      name: row.name,
      birthDate: typeof row.birth_date === 'string' ? row.birth_date : iso(row.birth_date).slice(0, 10),
      leagueStatus: row.league_status,
      consentId: row.consent_id,
      grantedAt: iso(row.granted_at),
      until: row.until === null ? null : iso(row.until),
    }));
  }

  /**
   * The confirmed entries of several volunteers at once, as the policy engine counts them: a session still
   * under public posting (公示) at `now` does not count yet.
   */
  async confirmedEntries(
    volunteerIds: readonly string[],
    now = new Date().toISOString(),
  ): Promise<Map<string, ConfirmedEntry[]>> {
    const byVolunteer = new Map<string, ConfirmedEntry[]>(volunteerIds.map((id) => [id, []]));
    if (volunteerIds.length === 0) return byVolunteer;
    const { rows } = await this.sql.query<EntryRow>(
      `select volunteer_id, session_id, minutes, category, service_start, organization_id from rm_sessions
       where volunteer_id = any($1::text[]) and state = 'confirmed'
         and (posted_until is null or posted_until <= $2)
       order by volunteer_id, service_start, session_id`,
      [volunteerIds, now],
    );
    for (const row of rows) {
      byVolunteer.get(row.volunteer_id)?.push({
        entryId: row.session_id,
        servedAt: iso(row.service_start),
        minutes: Number(row.minutes),
        category: row.category,
        organizationId: row.organization_id,
      });
    }
    return byVolunteer;
  }
}
