import { type SqlClient } from '@vl/sql';
import { decodeCursor, iso, type Page, type PageRequest, toPage } from './keyset-cursor.js';

export interface VolunteerListItem {
  readonly id: string;
  readonly name: string;
  readonly organizationId: string;
  readonly schoolId: string | null;
  readonly leagueStatus: string;
  /** False once deactivated: no new sessions. */
  readonly active: boolean;
}

export interface VolunteerDetails extends VolunteerListItem {
  readonly birthDate: string;
  readonly organizationName: string;
  readonly registeredAt: string;
  /** YYYY-MM-DD while deactivated, else null. */
  readonly deactivatedOn: string | null;
  /** The home organisation's path, for scope checks; not part of the answer. */
  readonly organizationPath: string[];
}

interface ListRow {
  id: string;
  name: string;
  organization_id: string;
  school_id: string | null;
  league_status: string;
  active: boolean;
}

interface DetailsRow extends ListRow {
  birth_date: string;
  organization_name: string | null;
  registered_at: Date | string;
  organization_path: string[];
  deactivated_on: string | null;
}

/** Volunteers: one profile, and the volunteers of a subtree found by id prefix or exact full name. */
export class VolunteerDirectoryQuery {
  constructor(private readonly sql: SqlClient) {}

  async details(volunteerId: string): Promise<VolunteerDetails | undefined> {
    const { rows } = await this.sql.query<DetailsRow>(
      `select v.id, v.name, to_char(v.birth_date, 'YYYY-MM-DD') as birth_date, v.organization_id,
         o.name as organization_name, v.school_id, v.league_status, v.registered_at, v.organization_path,
         v.active, to_char(v.deactivated_on, 'YYYY-MM-DD') as deactivated_on
       from rm_volunteers v left join rm_organizations o on o.id = v.organization_id
       where v.id = $1`,
      [volunteerId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      ...toItem(row),
      birthDate: row.birth_date,
      organizationName: row.organization_name ?? row.organization_id,
      registeredAt: iso(row.registered_at),
      deactivatedOn: row.deactivated_on,
      organizationPath: row.organization_path,
    };
  }

  /**
   * Volunteers whose home is in the node's subtree, in id order (bytes), walked along the node's scope
   * rows. `search` matches the start of the id, or one of `named`: the ids the personal-data store finds
   * by exact full name (names are not in the read models).
   */
  async inSubtree(
    organizationId: string,
    search: string | undefined,
    page: PageRequest,
    named: readonly string[] = [],
  ): Promise<Page<VolunteerListItem>> {
    const params: unknown[] = [organizationId];
    const where = ['sc.ancestor_id = $1'];
    if (search !== undefined) {
      params.push(search, [...named]);
      where.push(`(starts_with(v.id, $2) or v.id = any($3::text[]))`);
    }
    if (page.cursor !== undefined) {
      const [id] = decodeCursor(page.cursor, ['text']);
      params.push(id);
      where.push(`sc.volunteer_id collate "C" > $${params.length}::text collate "C"`);
    }
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<ListRow>(
      `select v.id, v.name, v.organization_id, v.school_id, v.league_status, v.active
       from rm_volunteer_scopes sc join rm_volunteers v on v.id = sc.volunteer_id
       where ${where.join(' and ')}
       order by sc.volunteer_id collate "C" limit $${params.length}`,
      params,
    );
    return toPage(rows, page.limit, (row) => [row.id], toItem);
  }
}

function toItem(row: ListRow): VolunteerListItem {
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    schoolId: row.school_id,
    leagueStatus: row.league_status,
    active: row.active,
  };
}
