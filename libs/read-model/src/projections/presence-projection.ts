import { acceptedCheckInMethods, type PresenceEvidence } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';

interface EvidenceRow {
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly method: string | null;
  readonly evidence: Partial<PresenceEvidence>;
  readonly selfConfirmed?: boolean;
}

/**
 * Presence facts, apart from the session tables: an activity's venue and methods, and per event the proof a
 * check-in or check-out carried, who recorded a paper sheet, and whether a confirmation was the volunteer's own. Events it does not
 * concern pass through untouched.
 */
export async function projectPresence(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  const { event } = projected;
  switch (event.type) {
    case 'ActivityScheduled':
      await batch.tx.query(
        `insert into rm_activity_venues (activity_id, venue, check_in_methods, position)
         values ($1, $2::jsonb, $3, $4) on conflict (activity_id) do nothing`,
        [
          event.data.activityId,
          event.data.venue ? JSON.stringify(event.data.venue) : null,
          [...acceptedCheckInMethods(event.data)],
          projected.position,
        ],
      );
      return;
    case 'VolunteerCheckedIn':
      return insertEvidence(batch, projected, { ...event.data, evidence: event.data });
    case 'VolunteerCheckedOut':
      return insertEvidence(batch, projected, { ...event.data, method: null, evidence: event.data });
    case 'ManualSessionRecorded':
      return insertEvidence(batch, projected, {
        ...event.data,
        method: null,
        evidence: { recordedBy: projected.metadata.actor },
      });
    case 'SessionConfirmed':
      return insertEvidence(batch, projected, {
        ...event.data,
        method: null,
        evidence: {},
        selfConfirmed: event.data.selfConfirmed === true,
      });
    default:
      return;
  }
}

async function insertEvidence(
  batch: ProjectionBatch,
  { id, position, event, metadata }: ProjectedEvent,
  row: EvidenceRow,
): Promise<void> {
  const e = row.evidence;
  await batch.tx.query(
    `insert into rm_presence_evidence (event_id, session_id, volunteer_id, event_type, method, actor, recorded_by,
       reason, kiosk_code_issued_at, distance_meters, accuracy_meters, self_confirmed, position)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) on conflict (event_id) do nothing`,
    [
      id,
      row.sessionId,
      row.volunteerId,
      event.type,
      row.method,
      metadata.actor,
      e.recordedBy ?? null,
      e.reason ?? null,
      e.kioskCodeIssuedAt ?? null,
      e.geo?.distanceMeters ?? null,
      e.geo?.accuracyMeters ?? null,
      row.selfConfirmed ?? false,
      position,
    ],
  );
}
