import { type ActivityEvent } from './activity/activity.events.js';
import { type CertificateEvent } from './certificate/certificate.events.js';
import { type OrganizationEvent } from './organization/organization.events.js';
import { type PersonalDataEvent } from './volunteer/personal-data.events.js';
import { type VolunteerStreamEvent } from './volunteer/volunteer.events.js';

/** Every event the ledger stores; the `type` tag is its name in the store, in Kafka and in logs. */
export type LedgerEvent =
  OrganizationEvent | ActivityEvent | VolunteerStreamEvent | CertificateEvent | PersonalDataEvent;
export type LedgerEventType = LedgerEvent['type'];

/** The current schema version of each event type; older versions are upcast on read. */
export const EVENT_SCHEMA_VERSIONS: Record<LedgerEventType, number> = {
  OrganizationRegistered: 1,
  PostingPeriodSet: 1,
  ActivityScheduled: 1,
  ActivityReported: 1,
  VolunteerRegistered: 2,
  VolunteerCheckedIn: 1,
  VolunteerCheckedOut: 1,
  SessionCheckOutMissed: 1,
  ManualSessionRecorded: 1,
  SessionConfirmed: 1,
  SessionObjected: 1,
  SessionRejected: 1,
  SessionCorrected: 1,
  SessionRevoked: 1,
  SchoolConsentGranted: 1,
  SchoolConsentRevoked: 1,
  CertificateIssued: 1,
  AwardGranted: 1,
  AwardRevoked: 1,
  PersonalDataErased: 1,
  PersonalDataMovedOut: 1,
  VolunteerLeagueStatusChanged: 1,
  VolunteerSchoolChanged: 1,
  VolunteerTransferred: 1,
  VolunteerDeactivated: 1,
  VolunteerReactivated: 1,
};

export function isLedgerEventType(type: string): type is LedgerEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);
}
