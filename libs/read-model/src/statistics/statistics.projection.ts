import { type ActivityScheduled, type OrganizationRegistered, type VolunteerRegistered } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from '../projections/projection-context.js';
import { monthOf } from './statistics-month.js';

interface SessionFigures {
  volunteer_id: string;
  organization_path: string[];
  month: string;
  category: string;
  /** Confirmed minutes the session counts for; zero unless confirmed. */
  minutes: number;
  confirmed: boolean;
}

/**
 * Keeps the statistics counters after the directory and session projections have run for the same event.
 * Per event, in the batch's transaction, so the checkpoint covers it like every other read model.
 */
export async function projectStatistics(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  const { event } = projected;
  switch (event.type) {
    case 'OrganizationRegistered':
      return countOrganization(batch, projected, event);
    case 'VolunteerRegistered':
      return countVolunteer(batch, projected, event);
    case 'ActivityScheduled':
      return countActivity(batch, event);
    case 'VolunteerCheckedIn':
    case 'VolunteerCheckedOut':
    case 'SessionCheckOutMissed':
    case 'ManualSessionRecorded':
    case 'SessionConfirmed':
    case 'SessionObjected':
    case 'SessionCorrected':
    case 'SessionRejected':
    case 'SessionRevoked':
      return refreshSession(batch, event.data.sessionId);
    default:
      return;
  }
}

async function countOrganization(
  batch: ProjectionBatch,
  { metadata }: ProjectedEvent,
  { data: d }: OrganizationRegistered,
): Promise<void> {
  if (d.kind !== 'team') return;
  await batch.tx.query(
    `insert into rm_stat_registrations (ancestor_id, month, teams) select unnest($1::text[]), $2, 1
     on conflict (ancestor_id, month) do update set teams = rm_stat_registrations.teams + 1`,
    [d.path, monthOf(metadata.recordedAt, batch.timeZone)],
  );
}

async function countVolunteer(
  batch: ProjectionBatch,
  { metadata }: ProjectedEvent,
  { data: d }: VolunteerRegistered,
): Promise<void> {
  await batch.tx.query(
    `insert into rm_stat_registrations (ancestor_id, month, volunteers) select unnest($1::text[]), $2, 1
     on conflict (ancestor_id, month) do update set volunteers = rm_stat_registrations.volunteers + 1`,
    [d.organizationPath, monthOf(metadata.recordedAt, batch.timeZone)],
  );
}

async function countActivity(batch: ProjectionBatch, { data: d }: ActivityScheduled): Promise<void> {
  await batch.tx.query(
    `insert into rm_stat_counters (ancestor_id, month, category, activities)
     select unnest($1::text[]), $2, $3, 1
     on conflict (ancestor_id, month, category) do update set activities = rm_stat_counters.activities + 1`,
    [d.organizationPath, monthOf(d.startsAt, batch.timeZone), d.category],
  );
}

/**
 * Compares what the session counts for now (its row in rm_sessions) with what it was counted for before,
 * and moves the counters by the difference: confirmations, corrections, rejections and revocations alike.
 */
async function refreshSession(batch: ProjectionBatch, sessionId: string): Promise<void> {
  const { tx } = batch;
  const current = await tx.query<{
    volunteer_id: string;
    organization_path: string[];
    service_start: Date | string;
    category: string;
    minutes: number;
    state: string;
  }>(
    `select volunteer_id, organization_path, service_start, category, minutes, state
     from rm_sessions where session_id = $1`,
    [sessionId],
  );
  const row = current.rows[0];
  if (!row) return;
  const confirmed = row.state === 'confirmed';
  const after: SessionFigures = {
    volunteer_id: row.volunteer_id,
    organization_path: row.organization_path,
    month: monthOf(row.service_start, batch.timeZone),
    category: row.category,
    minutes: confirmed ? Number(row.minutes) : 0,
    confirmed,
  };
  const counted = await tx.query<SessionFigures>(
    `select volunteer_id, organization_path, month, category, minutes, confirmed
     from rm_stat_sessions where session_id = $1`,
    [sessionId],
  );
  const before = counted.rows[0];
  if (before && before.confirmed === after.confirmed && Number(before.minutes) === after.minutes) return;
  if (before?.confirmed) await moveSession(batch, { ...before, minutes: Number(before.minutes) }, -1);
  if (after.confirmed) await moveSession(batch, after, 1);
  await tx.query(
    `insert into rm_stat_sessions (session_id, volunteer_id, organization_path, month, category, minutes, confirmed)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (session_id) do update set minutes = excluded.minutes, confirmed = excluded.confirmed,
       month = excluded.month, category = excluded.category, organization_path = excluded.organization_path`,
    [
      sessionId,
      after.volunteer_id,
      after.organization_path,
      after.month,
      after.category,
      after.minutes,
      confirmed,
    ],
  );
}

/**
 * Adds (sign 1) or takes away (sign -1) one confirmed session: its minutes in the organising subtree's
 * counters, its volunteer among that month's active ones, and its minutes in the volunteer's all-time total
 * under the volunteer's own organisation (star levels).
 */
async function moveSession(batch: ProjectionBatch, session: SessionFigures, sign: 1 | -1): Promise<void> {
  const { tx } = batch;
  const minutes = sign * session.minutes;
  await tx.query(
    `insert into rm_stat_counters (ancestor_id, month, category, confirmed_minutes)
     select unnest($1::text[]), $2, $3, $4::bigint
     on conflict (ancestor_id, month, category)
       do update set confirmed_minutes = rm_stat_counters.confirmed_minutes + excluded.confirmed_minutes`,
    [session.organization_path, session.month, session.category, minutes],
  );
  // The volunteer among the active ones of the month and of the year, in the category and in all ('*'); the
  // counts move only when a member row reaches one session or falls back to none.
  await tx.query(
    `with keys as (
       select a.ancestor_id, b.bucket, c.category
       from unnest($1::text[]) as a(ancestor_id), unnest($2::text[]) as b(bucket), unnest($3::text[]) as c(category)
     ), moved as (
       insert into rm_stat_active_members (ancestor_id, bucket, category, volunteer_id, sessions)
       select ancestor_id, bucket, category, $4, $5::int from keys
       on conflict (ancestor_id, bucket, category, volunteer_id)
         do update set sessions = rm_stat_active_members.sessions + excluded.sessions
       returning ancestor_id, bucket, category, sessions
     )
     insert into rm_stat_active_counts (ancestor_id, bucket, category, volunteers)
     select ancestor_id, bucket, category, $5::int from moved
     where ($5::int = 1 and sessions = 1) or ($5::int = -1 and sessions = 0)
     on conflict (ancestor_id, bucket, category)
       do update set volunteers = rm_stat_active_counts.volunteers + excluded.volunteers`,
    [
      session.organization_path,
      [session.month, session.month.slice(0, 4)],
      [session.category, '*'],
      session.volunteer_id,
      sign,
    ],
  );
  if (sign < 0) {
    await tx.query(
      `delete from rm_stat_active_members where ancestor_id = any($1::text[]) and volunteer_id = $2
         and bucket = any($3::text[]) and sessions <= 0`,
      [session.organization_path, session.volunteer_id, [session.month, session.month.slice(0, 4)]],
    );
    await tx.query(
      `delete from rm_stat_active_counts where ancestor_id = any($1::text[]) and bucket = any($2::text[])
         and volunteers <= 0`,
      [session.organization_path, [session.month, session.month.slice(0, 4)]],
    );
  }
  if (minutes === 0) return;
  await tx.query(
    `insert into rm_stat_volunteer_totals (ancestor_id, volunteer_id, confirmed_minutes)
     select unnest(v.organization_path), v.id, $2::bigint from rm_volunteers v where v.id = $1
     on conflict (ancestor_id, volunteer_id)
       do update set confirmed_minutes = rm_stat_volunteer_totals.confirmed_minutes + excluded.confirmed_minutes`,
    [session.volunteer_id, minutes],
  );
  // A total back at zero is no row, however the confirmations and revocations fell into batches.
  await tx.query(`delete from rm_stat_volunteer_totals where volunteer_id = $1 and confirmed_minutes = 0`, [
    session.volunteer_id,
  ]);
}
