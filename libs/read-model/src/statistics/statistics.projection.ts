import { type LedgerEvent } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from '../projections/projection-context.js';
import { type SessionAfterRun, StatisticsRun } from './statistics-run.js';

/** The session an event changes, for the event types the statistics count sessions by. */
function sessionOf(event: LedgerEvent): string | undefined {
  switch (event.type) {
    case 'VolunteerCheckedIn':
    case 'VolunteerCheckedOut':
    case 'SessionCheckOutMissed':
    case 'ManualSessionRecorded':
    case 'SessionConfirmed':
    case 'SessionObjected':
    case 'SessionCorrected':
    case 'SessionRejected':
    case 'SessionRevoked':
      return event.data.sessionId;
    default:
      return undefined;
  }
}

/**
 * Keeps the statistics counters after the directory and session projections have run for the same event:
 * a run of one event, its session (if any) compared as it now stands in rm_sessions with what it was counted
 * for. In the batch's transaction, so the checkpoint covers it like every other read model.
 */
export async function projectStatistics(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  const run = new StatisticsRun(batch.timeZone);
  run.add(projected);
  const sessionId = sessionOf(projected.event);
  const sessions =
    sessionId === undefined
      ? []
      : (
          await batch.tx.query<SessionAfterRun>(
            `select session_id, volunteer_id, organization_path, service_start, category, minutes, state
             from rm_sessions where session_id = $1`,
            [sessionId],
          )
        ).rows;
  await run.write(batch.tx, sessions);
}
