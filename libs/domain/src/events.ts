import { type ActivityEvent } from './activity/activity.events.js';
import { type CertificateEvent } from './certificate/certificate.events.js';
import { type OrganizationEvent } from './organization/organization.events.js';
import { type VolunteerEvent, type VolunteerStreamEvent } from './volunteer/volunteer.events.js';

/** Every event the ledger stores; the `type` tag is its name in the store, in Kafka and in logs. */
export type LedgerEvent = OrganizationEvent | ActivityEvent | VolunteerStreamEvent | CertificateEvent;
export type LedgerEventType = LedgerEvent['type'];

/** The current schema version of each event type; older versions are upcast on read. */
export const EVENT_SCHEMA_VERSIONS: Record<LedgerEventType, number> = {
  OrganizationRegistered: 1,
  ActivityScheduled: 1,
  VolunteerRegistered: 1,
  VolunteerCheckedIn: 1,
  VolunteerCheckedOut: 1,
  SessionCheckOutMissed: 1,
  ManualSessionRecorded: 1,
  SessionConfirmed: 1,
  SessionRejected: 1,
  SessionCorrected: 1,
  SessionRevoked: 1,
  SchoolConsentGranted: 1,
  SchoolConsentRevoked: 1,
  CertificateIssued: 1,
};

export function isLedgerEventType(type: string): type is LedgerEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);
}

// A Record over the tags, so a new hour event fails to compile until it is listed here.
const HOUR_EVENT_TYPES: Record<VolunteerEvent['type'], true> = {
  VolunteerRegistered: true,
  VolunteerCheckedIn: true,
  VolunteerCheckedOut: true,
  SessionCheckOutMissed: true,
  ManualSessionRecorded: true,
  SessionConfirmed: true,
  SessionRejected: true,
  SessionCorrected: true,
  SessionRevoked: true,
};

/** The events of a volunteer's stream that the balance folds read (consents are not among them). */
export function isVolunteerHourEvent(event: LedgerEvent): event is VolunteerEvent {
  return Object.prototype.hasOwnProperty.call(HOUR_EVENT_TYPES, event.type);
}
