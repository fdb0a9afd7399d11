import { type AwardEvent, assertUnreachable } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';

/** Honours, with the volunteer's line copied in so scoped audits need no join. */
export async function projectAwardEvent(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  event: AwardEvent,
): Promise<void> {
  const { metadata, position } = projected;
  switch (event.type) {
    case 'AwardGranted': {
      const d = event.data;
      await batch.tx.query(
        `insert into rm_awards (award_id, volunteer_id, organization_id, organization_path, policy_id, version, tier,
           unit, measured, threshold, evidence, note, granted_at, granted_by, recorded_at, state, position,
           last_position)
         select $1, v.id, v.organization_id, v.organization_path, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
           'granted', $14, $14
         from rm_volunteers v where v.id = $2
         on conflict (award_id) do nothing`,
        [
          d.awardId,
          d.volunteerId,
          d.policyId,
          d.version,
          d.tier,
          d.unit,
          d.measured,
          d.threshold,
          d.evidence,
          d.note,
          d.grantedAt,
          metadata.actor,
          metadata.recordedAt,
          position,
        ],
      );
      return;
    }
    case 'AwardRevoked':
      await batch.tx.query(
        `update rm_awards set state = 'revoked', revoked_reason = $2, revoked_by = $3, revoked_at = $4,
           last_position = $5
         where award_id = $1 and state = 'granted'`,
        [event.data.awardId, event.data.reason, metadata.actor, metadata.recordedAt, position],
      );
      return;
    default:
      assertUnreachable(event);
  }
}
