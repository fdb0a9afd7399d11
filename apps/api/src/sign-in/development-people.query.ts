import { type Actor, type Role } from '@vl/domain';
import { type SqlClient } from '@vl/sql';

export interface DevelopmentPerson {
  readonly sub: string;
  readonly displayName: string;
  readonly roles: Role[];
  readonly org: string;
  readonly organizationName: string | null;
  readonly volunteerId?: string;
  readonly schoolId?: string;
}

export interface PeoplePage {
  readonly items: DevelopmentPerson[];
  readonly nextCursor: string | null;
}

interface PersonRow {
  rank: number;
  sub: string;
  display_name: string;
  role: Role;
  org: string;
  organization_name: string | null;
  volunteer_id: string | null;
  school_id: string | null;
}

/**
 * The people of the ledger as development sign-in offers them, derived from the read models: the system
 * administrator, an administrator of every city, district and top organisation, an organiser of every team
 * and community, an account of every school, and every volunteer. Their subs say who they are
 * (`admin:hetang`), so a sign-in names one and the ledger finds it again.
 */
const PEOPLE = `
  with people as (
    select 0 as rank, 'sysadmin' as sub, '系统管理员' as display_name, 'admin' as role, '*' as org,
      null::text as organization_name, null::text as volunteer_id, null::text as school_id
    union all
    select 1, 'admin:' || id, name || '管理员', 'admin', id, name, null, null
      from rm_organizations where kind in ('city', 'district') or parent_id is null
    union all
    select 2, 'organizer:' || id, name || '组织者', 'organizer', id, name, null, null
      from rm_organizations where kind in ('team', 'community')
    union all
    select 3, 'school:' || id, name || '账号', 'school', id, name, null, id
      from rm_organizations where kind = 'school'
    union all
    select 4, 'volunteer:' || v.id, v.name, 'volunteer', v.organization_id, o.name, v.id, null
      from rm_volunteers v left join rm_organizations o on o.id = v.organization_id
  )
  select rank, sub, display_name, role, org, organization_name, volunteer_id, school_id from people`;

export class DevelopmentPeopleQuery {
  constructor(private readonly sql: SqlClient) {}

  /**
   * `q` matches part of the sub, the display name or the organisation's name, or is a volunteer's exact
   * full name: `named` holds the ids the personal-data store finds for it (names are not in the read models).
   */
  async page(options: {
    q?: string;
    named?: readonly string[];
    limit: number;
    cursor?: PeopleCursor;
  }): Promise<PeoplePage> {
    const { rows } = await this.sql.query<PersonRow>(
      `${PEOPLE}
       where ($1::int is null or (rank, sub) > ($1::int, $2::text))
         and ($3::text is null
           or strpos(lower(concat_ws(' ', sub, display_name, organization_name)), lower($3::text)) > 0
           or volunteer_id = any($5::text[]))
       order by rank, sub
       limit $4`,
      [
        options.cursor?.rank ?? null,
        options.cursor?.sub ?? null,
        options.q ?? null,
        options.limit + 1,
        [...(options.named ?? [])],
      ],
    );
    const page = rows.slice(0, options.limit);
    const last = page.at(-1);
    return {
      items: page.map(person),
      nextCursor:
        rows.length > options.limit && last !== undefined
          ? encodeCursor({ rank: last.rank, sub: last.sub })
          : null,
    };
  }

  async find(sub: string): Promise<DevelopmentPerson | undefined> {
    const { rows } = await this.sql.query<PersonRow>(`${PEOPLE} where sub = $1`, [sub]);
    const row = rows[0];
    return row === undefined ? undefined : person(row);
  }
}

export function actorOf(person: DevelopmentPerson): Actor {
  return {
    sub: person.sub,
    roles: person.roles,
    org: person.org,
    ...(person.volunteerId === undefined ? {} : { volunteerId: person.volunteerId }),
    ...(person.schoolId === undefined ? {} : { schoolId: person.schoolId }),
  };
}

function person(row: PersonRow): DevelopmentPerson {
  return {
    sub: row.sub,
    displayName: row.display_name,
    roles: [row.role],
    org: row.org,
    organizationName: row.organization_name,
    ...(row.volunteer_id === null ? {} : { volunteerId: row.volunteer_id }),
    ...(row.school_id === null ? {} : { schoolId: row.school_id }),
  };
}

export interface PeopleCursor {
  readonly rank: number;
  readonly sub: string;
}

function encodeCursor(cursor: PeopleCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.sub])).toString('base64url');
}

/** Undefined for anything that is not a cursor this query wrote. */
export function decodeCursor(value: string): PeopleCursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      Number.isInteger(parsed[0]) &&
      parsed[0] >= 0 &&
      parsed[0] <= 4 &&
      typeof parsed[1] === 'string' &&
      parsed[1].length <= 200
    ) {
      return { rank: parsed[0] as number, sub: parsed[1] };
    }
  } catch {
    // not JSON: not a cursor
  }
  return undefined;
}
