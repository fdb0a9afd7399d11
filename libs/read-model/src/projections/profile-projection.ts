import { assertUnreachable, profileChangeKindOf, type VolunteerProfileEvent } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';
import { projectVolunteerScopes } from './scope-projection.js';

/**
 * A profile change: rm_volunteers takes the standing of today, and rm_volunteer_profile_changes keeps the
 * change with the value it replaced, for questions about earlier days. A transfer moves the volunteer's
 * scope rows to the new subtree; the sessions keep the organiser's path they were earned under.
 */
export async function projectProfileChange(
  batch: ProjectionBatch,
  { id, position, metadata }: ProjectedEvent,
  event: VolunteerProfileEvent,
): Promise<void> {
  const { tx } = batch;
  const d = event.data;
  const [previous, value] = changedValues(event);
  await tx.query(
    `insert into rm_volunteer_profile_changes (volunteer_id, position, event_id, kind, previous_value, value,
       effective_on, recorded_at, actor)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing`,
    [
      d.volunteerId,
      position,
      id,
      profileChangeKindOf(event),
      previous,
      value,
      d.effectiveOn,
      metadata.recordedAt,
      metadata.actor,
    ],
  );
  switch (event.type) {
    case 'VolunteerLeagueStatusChanged':
      await tx.query(`update rm_volunteers set league_status = $2 where id = $1`, [
        d.volunteerId,
        event.data.leagueStatus,
      ]);
      return;
    case 'VolunteerSchoolChanged':
      await tx.query(`update rm_volunteers set school_id = $2 where id = $1`, [
        d.volunteerId,
        event.data.schoolId,
      ]);
      return;
    case 'VolunteerTransferred':
      await tx.query(`update rm_volunteers set organization_id = $2, organization_path = $3 where id = $1`, [
        d.volunteerId,
        event.data.organizationId,
        event.data.organizationPath,
      ]);
      await tx.query(`delete from rm_volunteer_scopes where volunteer_id = $1`, [d.volunteerId]);
      await projectVolunteerScopes(tx, d.volunteerId, event.data.organizationPath);
      return;
    case 'VolunteerDeactivated':
      await tx.query(`update rm_volunteers set active = false, deactivated_on = $2 where id = $1`, [
        d.volunteerId,
        d.effectiveOn,
      ]);
      return;
    case 'VolunteerReactivated':
      await tx.query(`update rm_volunteers set active = true, deactivated_on = null where id = $1`, [
        d.volunteerId,
      ]);
      return;
    default:
      assertUnreachable(event);
  }
}

/** The value replaced and the new one, as text: a status, a school id, an organisation id, active or not. */
function changedValues(event: VolunteerProfileEvent): [string | null, string | null] {
  switch (event.type) {
    case 'VolunteerLeagueStatusChanged':
      return [event.data.previousLeagueStatus, event.data.leagueStatus];
    case 'VolunteerSchoolChanged':
      return [event.data.previousSchoolId, event.data.schoolId];
    case 'VolunteerTransferred':
      return [event.data.previousOrganizationId, event.data.organizationId];
    case 'VolunteerDeactivated':
      return ['active', 'inactive'];
    case 'VolunteerReactivated':
      return ['inactive', 'active'];
    default:
      return assertUnreachable(event);
  }
}
