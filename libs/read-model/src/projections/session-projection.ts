import { calendarYear, type ActivitySnapshot } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';

/** Columns a session event may change; each change also appends a full snapshot to the session's history. */
interface SessionChange {
  state?: 'open' | 'pending' | 'confirmed' | 'rejected' | 'revoked';
  minutes?: number;
  measured_minutes?: number;
  checked_out_at?: string;
  service_start?: string;
  service_end?: string;
  service_year?: string;
  missed_check_out?: boolean;
  posted_until?: string | null;
}

const HISTORY_COLUMNS = `session_id, seq, volunteer_id, event_id, event_type, position, state, minutes, measured_minutes,
  service_start, service_year, category, reason, actor, correlation_id, occurred_at, recorded_at, posted_until`;

export async function insertSession(
  batch: ProjectionBatch,
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
): Promise<void> {
  const { metadata } = projected;
  await batch.tx.query(
    `with s as (
       insert into rm_sessions (session_id, volunteer_id, activity_id, activity_title, organization_id, organization_path,
         category, kind, method, state, checked_in_at, service_start, service_end, service_year, activity_ends_at,
         measured_minutes, minutes, note, version, created_position, last_position, last_recorded_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1, $19, $19, $20)
       on conflict (session_id) do nothing
       returning *)
     insert into rm_session_history (${HISTORY_COLUMNS})
     select session_id, version, volunteer_id, $21, $22, $19, state, minutes, measured_minutes, service_start,
       service_year, category, null, $23, $24, $25, $20, posted_until from s`,
    [
      session.sessionId,
      session.volunteerId,
      session.activity.activityId,
      session.activity.title,
      session.activity.organizationId,
      session.activity.organizationPath,
      session.activity.category,
      session.kind,
      session.method,
      session.state,
      session.checkedInAt,
      session.serviceStart,
      session.serviceEnd,
      calendarYear(session.serviceStart, batch.timeZone),
      session.activity.endsAt,
      session.measuredMinutes,
      session.minutes,
      session.note,
      projected.position,
      metadata.recordedAt,
      projected.id,
      projected.event.type,
      metadata.actor,
      metadata.correlationId,
      metadata.occurredAt,
    ],
  );
  touch(batch, session.volunteerId, projected.position);
}

export async function changeSession(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  sessionId: string,
  volunteerId: string,
  change: SessionChange,
  reason: string | null = null,
): Promise<void> {
  const columns = Object.keys(change) as (keyof SessionChange)[];
  const params: unknown[] = [sessionId, projected.position, projected.metadata.recordedAt];
  const sets = columns.map((column) => {
    params.push(change[column]);
    return `${column} = $${params.length}`;
  });
  params.push(projected.id, projected.event.type, reason, projected.metadata.actor);
  params.push(projected.metadata.correlationId, projected.metadata.occurredAt);
  const n = params.length;
  await batch.tx.query(
    `with s as (
       update rm_sessions set ${[...sets, 'version = version + 1', 'last_position = $2', 'last_recorded_at = $3'].join(', ')}
       where session_id = $1
       returning *)
     insert into rm_session_history (${HISTORY_COLUMNS})
     select session_id, version, volunteer_id, $${n - 5}, $${n - 4}, $2, state, minutes, measured_minutes, service_start,
       service_year, category, $${n - 3}, $${n - 2}, $${n - 1}, $${n}, $3, posted_until from s`,
    params,
  );
  touch(batch, volunteerId, projected.position);
}

export function yearOf(batch: ProjectionBatch, instant: string): string {
  return calendarYear(instant, batch.timeZone);
}

function touch(batch: ProjectionBatch, volunteerId: string, position: number): void {
  batch.touchedVolunteers.set(volunteerId, position);
}
