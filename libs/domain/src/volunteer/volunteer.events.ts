import { type ActivitySnapshot } from '../activity/activity.events.js';
import { type CheckInMethod } from '../activity/venue.js';
import { type PresenceEvidence } from '../presence/presence-evidence.js';
import { type DomainEvent } from '../shared/event.js';
import { type SchoolConsentEvent } from './school-consent.events.js';
import { type AwardEvent, isAwardEvent } from './awards/award.events.js';
import { isVolunteerProfileEvent, type VolunteerProfileEvent } from './profile.events.js';

import { type LeagueStatus } from './league-status.js';

export { LEAGUE_STATUSES, type LeagueStatus } from './league-status.js';

/**
 * Ids and the facts the rules need, nothing personal: the name, birth date, phone, identity number and
 * guardian live in the personal-data store (libs/personal-data), keyed by the volunteer id. Schema v2.
 */
export type VolunteerRegistered = DomainEvent<
  'VolunteerRegistered',
  {
    volunteerId: string;
    organizationId: string;
    organizationPath: string[];
    schoolId: string | null;
    leagueStatus: LeagueStatus;
    /** Under 18 at registration; the guardian's consent is then recorded in the personal-data store. */
    minorAtRegistration: boolean;
  }
>;

/** v1, as written before personal data moved out of the events; upcast on read (ledger-upcasters.ts). */
export interface VolunteerRegisteredV1 {
  volunteerId: string;
  name: string;
  birthDate: string;
  organizationId: string;
  organizationPath: string[];
  schoolId: string | null;
  leagueStatus: LeagueStatus;
}

export type VolunteerCheckedIn = DomainEvent<
  'VolunteerCheckedIn',
  {
    sessionId: string;
    volunteerId: string;
    activity: ActivitySnapshot;
    checkedInAt: string;
    method: CheckInMethod;
  } & Partial<PresenceEvidence>
>;

/** serviceStart/serviceEnd: the check-in interval clipped to the activity window; what is counted. */
export type VolunteerCheckedOut = DomainEvent<
  'VolunteerCheckedOut',
  {
    sessionId: string;
    volunteerId: string;
    checkedOutAt: string;
    serviceStart: string;
    serviceEnd: string;
    measuredMinutes: number;
  } & Partial<PresenceEvidence>
>;

/** An open session still open two hours after its activity's end, closed at that end, pending review. */
export type SessionCheckOutMissed = DomainEvent<
  'SessionCheckOutMissed',
  {
    sessionId: string;
    volunteerId: string;
    closedAt: string;
    serviceStart: string;
    serviceEnd: string;
    measuredMinutes: number;
  }
>;

/** Where an imported session was first recorded: the other system and its own record id. */
export interface SessionOrigin {
  source: string;
  recordId: string;
}

/**
 * A paper sign-in sheet, recorded by an organiser of the activity, or hours imported from another system by
 * an administrator (then `origin` names that system and its record; absent on every other session).
 */
export type ManualSessionRecorded = DomainEvent<
  'ManualSessionRecorded',
  {
    sessionId: string;
    volunteerId: string;
    activity: ActivitySnapshot;
    startedAt: string;
    endedAt: string;
    minutes: number;
    note: string;
    origin?: SessionOrigin;
  }
>;

export type SessionConfirmed = DomainEvent<
  'SessionConfirmed',
  {
    sessionId: string;
    volunteerId: string;
    minutes: number;
    measuredMinutes: number;
    automatic: boolean;
    /** Present when the confirming token names this same volunteer (`selfCertification`). */
    selfConfirmed?: true;
    /**
     * 公示: present when the organising line posts confirmations; the session counts from this instant on,
     * and until it anyone in scope may object. Absent: it counts at once.
     */
    postedUntil?: string;
  }
>;

/** An objection lodged while a session was posted: it goes back to review, counting nothing meanwhile. */
export type SessionObjected = DomainEvent<
  'SessionObjected',
  { sessionId: string; volunteerId: string; reason: string; postedUntil: string; objectedMinutes: number }
>;

export type SessionRejected = DomainEvent<
  'SessionRejected',
  { sessionId: string; volunteerId: string; reason: string }
>;

export type SessionCorrected = DomainEvent<
  'SessionCorrected',
  { sessionId: string; volunteerId: string; minutes: number; previousMinutes: number; reason: string }
>;

export type SessionRevoked = DomainEvent<
  'SessionRevoked',
  { sessionId: string; volunteerId: string; reason: string; revokedMinutes: number }
>;

export type VolunteerEvent =
  | VolunteerRegistered
  | VolunteerCheckedIn
  | VolunteerCheckedOut
  | SessionCheckOutMissed
  | ManualSessionRecorded
  | SessionConfirmed
  | SessionObjected
  | SessionRejected
  | SessionCorrected
  | SessionRevoked;

/**
 * Everything a volunteer's stream holds: the hour events (what balances fold), honours, consents and the
 * changes to the volunteer's standing.
 */
export type VolunteerStreamEvent = VolunteerEvent | AwardEvent | SchoolConsentEvent | VolunteerProfileEvent;

// A Record over the tags, so a new hour event fails to compile until it is listed here.
const VOLUNTEER_EVENT_TYPES: Record<VolunteerEvent['type'], true> = {
  VolunteerRegistered: true,
  VolunteerCheckedIn: true,
  VolunteerCheckedOut: true,
  SessionCheckOutMissed: true,
  ManualSessionRecorded: true,
  SessionConfirmed: true,
  SessionObjected: true,
  SessionRejected: true,
  SessionCorrected: true,
  SessionRevoked: true,
};

/** The hour events of a volunteer's stream: what the balance folds read. */
export function isVolunteerEvent(event: { readonly type: string }): event is VolunteerEvent {
  return Object.prototype.hasOwnProperty.call(VOLUNTEER_EVENT_TYPES, event.type);
}

export function isSchoolConsentEvent(event: { readonly type: string }): event is SchoolConsentEvent {
  return event.type === 'SchoolConsentGranted' || event.type === 'SchoolConsentRevoked';
}

export function isVolunteerStreamEvent(event: { readonly type: string }): event is VolunteerStreamEvent {
  return (
    isVolunteerEvent(event) ||
    isAwardEvent(event) ||
    isSchoolConsentEvent(event) ||
    isVolunteerProfileEvent(event)
  );
}

export const volunteerStream = (id: string): string => `volunteer-${id}`;
