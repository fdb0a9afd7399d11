import { type SqlExecutor } from '@vl/sql';

/** One row per node on the volunteer's home path: the volunteers of any subtree are one index range. */
export async function projectVolunteerScopes(
  tx: SqlExecutor,
  volunteerId: string,
  organizationPath: readonly string[],
): Promise<void> {
  await tx.query(
    `insert into rm_volunteer_scopes (ancestor_id, volunteer_id)
     select unnest($2::text[]), $1 on conflict do nothing`,
    [volunteerId, organizationPath],
  );
}

/** One row per node on the organiser's path, by start: a subtree's activities over a range in order. */
export async function projectActivityScopes(
  tx: SqlExecutor,
  activity: { activityId: string; organizationPath: readonly string[]; startsAt: string; endsAt: string },
): Promise<void> {
  await tx.query(
    `insert into rm_activity_scopes (ancestor_id, starts_at, activity_id, ends_at)
     select unnest($2::text[]), $3, $1, $4 on conflict do nothing`,
    [activity.activityId, activity.organizationPath, activity.startsAt, activity.endsAt],
  );
}
