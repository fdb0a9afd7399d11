import { type ActivityReported } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from '../projections/projection-context.js';
import { monthOf } from './statistics-month.js';

/**
 * The latest report of an activity, and its resident visits in the subtree counters. A later report
 * replaces the earlier one, so the counters move by the difference.
 */
export async function projectActivityReported(
  batch: ProjectionBatch,
  { position, metadata }: ProjectedEvent,
  { data: d }: ActivityReported,
): Promise<void> {
  const { rows } = await batch.tx.query<{ resident_visits: number }>(
    `select resident_visits from rm_activity_reports where activity_id = $1`,
    [d.activityId],
  );
  const previous = rows[0]?.resident_visits ?? 0;
  await batch.tx.query(
    `insert into rm_activity_reports (activity_id, resident_visits, summary, reported_at, reported_by, reports, position)
     values ($1, $2, $3, $4, $5, 1, $6)
     on conflict (activity_id) do update set resident_visits = excluded.resident_visits,
       summary = excluded.summary, reported_at = excluded.reported_at, reported_by = excluded.reported_by,
       reports = rm_activity_reports.reports + 1, position = excluded.position`,
    [d.activityId, d.residentVisits, d.summary, d.reportedAt, metadata.actor, position],
  );
  const delta = d.residentVisits - previous;
  if (delta === 0) return;
  await batch.tx.query(
    `insert into rm_stat_counters (ancestor_id, month, category, resident_visits)
     select unnest($1::text[]), $2, $3, $4::bigint
     on conflict (ancestor_id, month, category)
       do update set resident_visits = rm_stat_counters.resident_visits + excluded.resident_visits`,
    [d.organizationPath, monthOf(d.startsAt, batch.timeZone), d.category, delta],
  );
}
