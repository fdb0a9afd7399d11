import { type AnomalySession, type GeoPoint } from '@vl/domain';
import { type SqlClient } from '@vl/sql';

export interface AnomalySessions {
  /** Sessions of activities organised in the subtree whose service starts in [from, to). */
  readonly covered: AnomalySession[];
  /** Those, the same volunteers' other sessions and the same activities' other sessions: the baselines. */
  readonly population: AnomalySession[];
  /** Names of the volunteers in `covered`. */
  readonly volunteerNames: Map<string, string>;
}

interface Row {
  session_id: string;
  volunteer_id: string;
  activity_id: string;
  kind: string;
  method: string | null;
  checked_in_at: Date | string | null;
  checked_out_at: Date | string | null;
  service_start: Date | string;
  activity_ends_at: Date | string;
  measured_minutes: number | null;
  venue: { latitude?: number | null; longitude?: number | null } | string | null;
  self_confirmed: boolean;
}

// Rejected and revoked sessions were already judged; they are neither findings nor baselines.
const SELECT = `
  select s.session_id, s.volunteer_id, s.activity_id, s.kind, s.method, s.checked_in_at, s.checked_out_at,
    s.service_start, s.activity_ends_at, s.measured_minutes, v.venue,
    exists (select 1 from rm_presence_evidence e where e.session_id = s.session_id and e.self_confirmed)
      as self_confirmed
  from rm_sessions s left join rm_activity_venues v on v.activity_id = s.activity_id
  where s.state not in ('rejected', 'revoked')`;

/** What the anomaly rules read: sessions with their venue (when location-proven) and self-confirmation. */
export class AnomalySessionsQuery {
  constructor(private readonly sql: SqlClient) {}

  async inSubtree(organizationId: string, from: string, to: string): Promise<AnomalySessions> {
    const covered = await this.sql.query<Row>(
      `${SELECT} and s.organization_path @> array[$1]::text[]
         and s.service_start >= $2::timestamptz and s.service_start < $3::timestamptz`,
      [organizationId, from, to],
    );
    const volunteerIds = [...new Set(covered.rows.map((row) => row.volunteer_id))];
    const activityIds = [...new Set(covered.rows.map((row) => row.activity_id))];
    if (volunteerIds.length === 0) return { covered: [], population: [], volunteerNames: new Map() };
    const population = await this.sql.query<Row>(
      `${SELECT} and (s.volunteer_id = any($1::text[]) or s.activity_id = any($2::text[]))`,
      [volunteerIds, activityIds],
    );
    const names = await this.sql.query<{ id: string; name: string }>(
      `select id, name from rm_volunteers where id = any($1::text[])`,
      [volunteerIds],
    );
    return {
      covered: covered.rows.map(toSession),
      population: population.rows.map(toSession),
      volunteerNames: new Map(names.rows.map((row) => [row.id, row.name])),
    };
  }
}

function toSession(row: Row): AnomalySession {
  return {
    sessionId: row.session_id,
    volunteerId: row.volunteer_id,
    activityId: row.activity_id,
    kind: row.kind === 'manual' ? 'manual' : 'live',
    checkedInAt: millisOrNull(row.checked_in_at),
    checkedOutAt: millisOrNull(row.checked_out_at),
    serviceStart: millis(row.service_start),
    activityEndsAt: millis(row.activity_ends_at),
    measuredMinutes: row.measured_minutes,
    geoVenue: row.method === 'geo' ? venuePoint(row.venue) : null,
    confirmedBySelf: row.self_confirmed,
  };
}

function venuePoint(venue: Row['venue']): GeoPoint | null {
  const parsed = typeof venue === 'string' ? (JSON.parse(venue) as Exclude<Row['venue'], string>) : venue;
  if (typeof parsed?.latitude !== 'number' || typeof parsed.longitude !== 'number') return null;
  return { latitude: parsed.latitude, longitude: parsed.longitude };
}

function millis(value: Date | string): number {
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

function millisOrNull(value: Date | string | null): number | null {
  return value === null ? null : millis(value);
}
