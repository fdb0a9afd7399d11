import {
  openSessionServiceStart,
  type ManualSessionRecorded,
  type SessionCheckOutMissed,
  type SessionConfirmed,
  type SessionCorrected,
  type SessionObjected,
  type SessionRejected,
  type SessionRevoked,
  type VolunteerCheckedIn,
  type VolunteerCheckedOut,
} from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';
import { changeSession, insertSession, yearOf } from './session-projection.js';

/** An open session counts nothing yet; its service start is provisional until the check-out measures it. */
export async function projectCheckedIn(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  { data: d }: VolunteerCheckedIn,
): Promise<void> {
  await insertSession(batch, projected, {
    sessionId: d.sessionId,
    volunteerId: d.volunteerId,
    activity: d.activity,
    kind: 'live',
    method: d.method,
    state: 'open',
    checkedInAt: d.checkedInAt,
    serviceStart: openSessionServiceStart(d.activity, d.checkedInAt),
    serviceEnd: null,
    measuredMinutes: null,
    minutes: 0,
    note: null,
  });
}

/** A check-out, or a missed one closed at the activity's end, measures the session and leaves it pending. */
export async function projectCheckedOut(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  event: VolunteerCheckedOut | SessionCheckOutMissed,
): Promise<void> {
  const d = event.data;
  const missed = event.type === 'SessionCheckOutMissed';
  await changeSession(batch, projected, d.sessionId, d.volunteerId, {
    state: 'pending',
    checked_out_at: missed ? event.data.closedAt : event.data.checkedOutAt,
    service_start: d.serviceStart,
    service_end: d.serviceEnd,
    service_year: yearOf(batch, d.serviceStart),
    measured_minutes: d.measuredMinutes,
    minutes: d.measuredMinutes,
    missed_check_out: missed,
  });
}

export async function projectManualSession(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  { data: d }: ManualSessionRecorded,
): Promise<void> {
  await insertSession(batch, projected, {
    sessionId: d.sessionId,
    volunteerId: d.volunteerId,
    activity: d.activity,
    kind: 'manual',
    method: null,
    state: 'pending',
    checkedInAt: null,
    serviceStart: d.startedAt,
    serviceEnd: d.endedAt,
    measuredMinutes: d.minutes,
    minutes: d.minutes,
    note: d.note,
  });
}

export async function projectSessionConfirmed(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  { data: d }: SessionConfirmed,
): Promise<void> {
  await changeSession(batch, projected, d.sessionId, d.volunteerId, {
    state: 'confirmed',
    minutes: d.minutes,
    posted_until: d.postedUntil ?? null,
  });
}

/** 公示: an objection puts a posted session back to review with the minutes it had been confirmed for. */
export async function projectSessionObjected(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  { data: d }: SessionObjected,
): Promise<void> {
  await changeSession(
    batch,
    projected,
    d.sessionId,
    d.volunteerId,
    { state: 'pending', minutes: d.objectedMinutes, posted_until: null },
    d.reason,
  );
}

export async function projectSessionCorrected(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  { data: d }: SessionCorrected,
): Promise<void> {
  await changeSession(batch, projected, d.sessionId, d.volunteerId, { minutes: d.minutes }, d.reason);
}

/** A rejected or revoked session stays in the ledger with its history and counts nothing. */
export async function projectSessionClosed(
  batch: ProjectionBatch,
  projected: ProjectedEvent,
  event: SessionRejected | SessionRevoked,
): Promise<void> {
  const d = event.data;
  const state = event.type === 'SessionRejected' ? 'rejected' : 'revoked';
  await changeSession(batch, projected, d.sessionId, d.volunteerId, { state, minutes: 0 }, d.reason);
}
