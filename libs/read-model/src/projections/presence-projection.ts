import { acceptedCheckInMethods, type PresenceEvidence } from '@vl/domain';
import { type SqlExecutor } from '@vl/sql';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';

interface EvidenceFacts {
  readonly sessionId: string;
  readonly volunteerId: string;
  readonly method: string | null;
  readonly evidence: Partial<PresenceEvidence>;
  readonly selfConfirmed?: boolean;
}

/**
 * Presence facts, apart from the session tables: an activity's venue and methods, and per event the proof a
 * check-in or check-out carried, who recorded a paper sheet, and whether a confirmation was the volunteer's
 * own. Events it does not concern pass through untouched.
 */
export async function projectPresence(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  const rows = new PresenceRows();
  rows.add(projected);
  await rows.write(batch.tx);
}

/**
 * The presence rows of a run of events, written with one statement per table. Both tables keep the first
 * row of a key, so a run gives the rows its events would give one by one.
 */
export class PresenceRows {
  private readonly venues = new Map<string, Record<string, unknown>>();
  private readonly evidence = new Map<string, Record<string, unknown>>();

  add(projected: ProjectedEvent): void {
    const { event } = projected;
    switch (event.type) {
      case 'ActivityScheduled':
        if (this.venues.has(event.data.activityId)) return;
        this.venues.set(event.data.activityId, {
          activity_id: event.data.activityId,
          venue: event.data.venue ?? null,
          check_in_methods: [...acceptedCheckInMethods(event.data)],
          position: projected.position,
        });
        return;
      case 'VolunteerCheckedIn':
        return this.addEvidence(projected, { ...event.data, evidence: event.data });
      case 'VolunteerCheckedOut':
        return this.addEvidence(projected, { ...event.data, method: null, evidence: event.data });
      case 'ManualSessionRecorded':
        return this.addEvidence(projected, {
          ...event.data,
          method: null,
          evidence: { recordedBy: projected.metadata.actor },
        });
      case 'SessionConfirmed':
        return this.addEvidence(projected, {
          ...event.data,
          method: null,
          evidence: {},
          selfConfirmed: event.data.selfConfirmed === true,
        });
      default:
        return;
    }
  }

  async write(tx: SqlExecutor): Promise<void> {
    if (this.venues.size > 0) {
      await tx.query(
        `insert into rm_activity_venues (activity_id, venue, check_in_methods, position)
         select activity_id, venue, check_in_methods, position from json_to_recordset($1::json)
           as r(activity_id text, venue jsonb, check_in_methods text[], position bigint)
         on conflict (activity_id) do nothing`,
        [JSON.stringify([...this.venues.values()])],
      );
    }
    if (this.evidence.size > 0) {
      await tx.query(
        `insert into rm_presence_evidence (event_id, session_id, volunteer_id, event_type, method, actor,
           recorded_by, reason, kiosk_code_issued_at, distance_meters, accuracy_meters, self_confirmed, position)
         select event_id, session_id, volunteer_id, event_type, method, actor, recorded_by, reason,
           kiosk_code_issued_at, distance_meters, accuracy_meters, self_confirmed, position
         from json_to_recordset($1::json) as r(event_id text, session_id text, volunteer_id text,
           event_type text, method text, actor text, recorded_by text, reason text,
           kiosk_code_issued_at timestamptz, distance_meters int, accuracy_meters int, self_confirmed boolean,
           position bigint)
         on conflict (position) do nothing`,
        [JSON.stringify([...this.evidence.values()])],
      );
    }
    this.venues.clear();
    this.evidence.clear();
  }

  private addEvidence({ id, position, event, metadata }: ProjectedEvent, facts: EvidenceFacts): void {
    if (this.evidence.has(id)) return;
    const e = facts.evidence;
    this.evidence.set(id, {
      event_id: id,
      session_id: facts.sessionId,
      volunteer_id: facts.volunteerId,
      event_type: event.type,
      method: facts.method,
      actor: metadata.actor,
      recorded_by: e.recordedBy ?? null,
      reason: e.reason ?? null,
      kiosk_code_issued_at: e.kioskCodeIssuedAt ?? null,
      distance_meters: e.geo?.distanceMeters ?? null,
      accuracy_meters: e.geo?.accuracyMeters ?? null,
      self_confirmed: facts.selfConfirmed ?? false,
      position,
    });
  }
}
