import {
  type ActivityScheduled,
  type OrganizationRegistered,
  type PostingPeriodSet,
  type VolunteerRegistered,
} from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';
import { projectActivityScopes, projectVolunteerScopes } from './scope-projection.js';

/** The organisation tree; a node is registered once and never moves. */
export async function projectOrganizationRegistered(
  batch: ProjectionBatch,
  { position }: ProjectedEvent,
  { data: d }: OrganizationRegistered,
): Promise<void> {
  await batch.tx.query(
    `insert into rm_organizations (id, name, kind, parent_id, path, depth, position)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
    [d.organizationId, d.name, d.kind, d.parentId, d.path, d.path.length - 1, position],
  );
}

/** 公示: the organisation's own posting days; the subtree inherits them where it sets none. */
export async function projectPostingPeriodSet(
  batch: ProjectionBatch,
  _projected: ProjectedEvent,
  { data: d }: PostingPeriodSet,
): Promise<void> {
  await batch.tx.query(`update rm_organizations set posting_days = $2 where id = $1`, [
    d.organizationId,
    d.days,
  ]);
}

export async function projectActivityScheduled(
  batch: ProjectionBatch,
  { position }: ProjectedEvent,
  { data: d }: ActivityScheduled,
): Promise<void> {
  await batch.tx.query(
    `insert into rm_activities (id, organization_id, organization_path, title, category, starts_at, ends_at,
       max_minutes, auto_confirm, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (id) do nothing`,
    [
      d.activityId,
      d.organizationId,
      d.organizationPath,
      d.title,
      d.category,
      d.startsAt,
      d.endsAt,
      d.maxMinutesPerVolunteer,
      d.autoConfirm,
      position,
    ],
  );
  await projectActivityScopes(batch.tx, d);
}

/** A new volunteer also gets a balance row, at zero, at the end of the batch. */
export async function projectVolunteerRegistered(
  batch: ProjectionBatch,
  { position, metadata }: ProjectedEvent,
  { data: d }: VolunteerRegistered,
): Promise<void> {
  await batch.tx.query(
    `insert into rm_volunteers (id, name, birth_date, organization_id, organization_path, school_id, league_status,
       registered_at, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (id) do nothing`,
    [
      d.volunteerId,
      // No personal data in the read models: names and birth dates are joined from the personal store.
      '',
      null,
      d.organizationId,
      d.organizationPath,
      d.schoolId,
      d.leagueStatus,
      metadata.recordedAt,
      position,
    ],
  );
  await projectVolunteerScopes(batch.tx, d.volunteerId, d.organizationPath);
  batch.touchedVolunteers.set(d.volunteerId, position);
}
