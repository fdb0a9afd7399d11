import { assertUnreachable } from '@vl/domain';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';
import { projectCertificateIssued } from './certificate-projection.js';
import { projectConsentGranted, projectConsentRevoked } from './consent-projection.js';
import { projectAwardEvent } from './award-projection.js';
import { changeSession, insertSession, yearOf } from './session-projection.js';
import { projectActivityScopes, projectVolunteerScopes } from './scope-projection.js';

/** Applies one event to the read-model tables, inside the batch's transaction. */
export async function projectLedgerEvent(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  const { event, position } = projected;
  const { tx } = batch;
  switch (event.type) {
    case 'OrganizationRegistered': {
      const d = event.data;
      await tx.query(
        `insert into rm_organizations (id, name, kind, parent_id, path, depth, position)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
        [d.organizationId, d.name, d.kind, d.parentId, d.path, d.path.length - 1, position],
      );
      return;
    }
    case 'ActivityScheduled': {
      const d = event.data;
      await tx.query(
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
      await projectActivityScopes(tx, d);
      return;
    }
    case 'VolunteerRegistered': {
      const d = event.data;
      await tx.query(
        `insert into rm_volunteers (id, name, birth_date, organization_id, organization_path, school_id, league_status,
           registered_at, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (id) do nothing`,
        [
          d.volunteerId,
          d.name,
          d.birthDate,
          d.organizationId,
          d.organizationPath,
          d.schoolId,
          d.leagueStatus,
          projected.metadata.recordedAt,
          position,
        ],
      );
      await projectVolunteerScopes(tx, d.volunteerId, d.organizationPath);
      batch.touchedVolunteers.set(d.volunteerId, position);
      return;
    }
    case 'VolunteerCheckedIn': {
      const d = event.data;
      const serviceStart =
        new Date(d.checkedInAt) > new Date(d.activity.startsAt) ? d.checkedInAt : d.activity.startsAt;
      await insertSession(batch, projected, {
        sessionId: d.sessionId,
        volunteerId: d.volunteerId,
        activity: d.activity,
        kind: 'live',
        method: d.method,
        state: 'open',
        checkedInAt: d.checkedInAt,
        serviceStart,
        serviceEnd: null,
        measuredMinutes: null,
        minutes: 0,
        note: null,
      });
      return;
    }
    case 'VolunteerCheckedOut':
    case 'SessionCheckOutMissed': {
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
      return;
    }
    case 'ManualSessionRecorded': {
      const d = event.data;
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
      return;
    }
    case 'SessionConfirmed':
      await changeSession(batch, projected, event.data.sessionId, event.data.volunteerId, {
        state: 'confirmed',
        minutes: event.data.minutes,
      });
      return;
    case 'SessionCorrected':
      await changeSession(
        batch,
        projected,
        event.data.sessionId,
        event.data.volunteerId,
        { minutes: event.data.minutes },
        event.data.reason,
      );
      return;
    case 'SessionRejected':
      await changeSession(
        batch,
        projected,
        event.data.sessionId,
        event.data.volunteerId,
        { state: 'rejected', minutes: 0 },
        event.data.reason,
      );
      return;
    case 'SessionRevoked':
      await changeSession(
        batch,
        projected,
        event.data.sessionId,
        event.data.volunteerId,
        { state: 'revoked', minutes: 0 },
        event.data.reason,
      );
      return;
    case 'SchoolConsentGranted':
      await projectConsentGranted(tx, event, position);
      return;
    case 'SchoolConsentRevoked':
      await projectConsentRevoked(tx, event, position);
      return;
    case 'CertificateIssued':
      await projectCertificateIssued(tx, event, position);
      return;
    case 'AwardGranted':
    case 'AwardRevoked':
      await projectAwardEvent(batch, projected, event);
      return;
    default:
      assertUnreachable(event);
  }
}
