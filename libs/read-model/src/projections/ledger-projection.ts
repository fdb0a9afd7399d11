import { assertUnreachable } from '@vl/domain';
import { projectActivityReported } from '../statistics/activity-report.projection.js';
import { projectStatistics } from '../statistics/statistics.projection.js';
import { type ProjectedEvent, type ProjectionBatch } from './projection-context.js';
import { projectCertificateIssued } from './certificate-projection.js';
import { projectConsentGranted, projectConsentRevoked } from './consent-projection.js';
import { projectAwardEvent } from './award-projection.js';
import { projectPresence } from './presence-projection.js';
import { projectProfileChange } from './profile-projection.js';
import {
  projectActivityScheduled,
  projectOrganizationRegistered,
  projectPostingPeriodSet,
  projectVolunteerRegistered,
} from './directory-projection.js';
import {
  projectCheckedIn,
  projectCheckedOut,
  projectManualSession,
  projectSessionClosed,
  projectSessionConfirmed,
  projectSessionCorrected,
  projectSessionObjected,
} from './session-event-projection.js';

/** Applies one event to the read-model tables, inside the batch's transaction. */
export async function projectLedgerEvent(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  await projectRecords(batch, projected);
  // After the records, which the statistics compare against what they counted before.
  await projectStatistics(batch, projected);
}

async function projectRecords(batch: ProjectionBatch, projected: ProjectedEvent): Promise<void> {
  const { event, position } = projected;
  await projectPresence(batch, projected);
  switch (event.type) {
    case 'OrganizationRegistered':
      return projectOrganizationRegistered(batch, projected, event);
    case 'ActivityScheduled':
      return projectActivityScheduled(batch, projected, event);
    case 'ActivityReported':
      return projectActivityReported(batch, projected, event);
    case 'VolunteerRegistered':
      return projectVolunteerRegistered(batch, projected, event);
    case 'VolunteerCheckedIn':
      return projectCheckedIn(batch, projected, event);
    case 'VolunteerCheckedOut':
    case 'SessionCheckOutMissed':
      return projectCheckedOut(batch, projected, event);
    case 'ManualSessionRecorded':
      return projectManualSession(batch, projected, event);
    case 'SessionConfirmed':
      return projectSessionConfirmed(batch, projected, event);
    case 'SessionCorrected':
      return projectSessionCorrected(batch, projected, event);
    case 'SessionObjected':
      return projectSessionObjected(batch, projected, event);
    case 'PostingPeriodSet':
      return projectPostingPeriodSet(batch, projected, event);
    case 'SessionRejected':
    case 'SessionRevoked':
      return projectSessionClosed(batch, projected, event);
    case 'SchoolConsentGranted':
      return projectConsentGranted(batch.tx, event, position);
    case 'SchoolConsentRevoked':
      return projectConsentRevoked(batch.tx, event, position);
    case 'CertificateIssued':
      return projectCertificateIssued(batch.tx, event, position);
    case 'AwardGranted':
    case 'AwardRevoked':
      return projectAwardEvent(batch, projected, event);
    case 'VolunteerLeagueStatusChanged':
    case 'VolunteerSchoolChanged':
    case 'VolunteerTransferred':
    case 'VolunteerDeactivated':
    case 'VolunteerReactivated':
      return projectProfileChange(batch, projected, event);
    case 'PersonalDataErased':
    case 'PersonalDataMovedOut':
      // The read models hold no personal data: the personal-data store answers for it.
      return;
    default:
      assertUnreachable(event);
  }
}
