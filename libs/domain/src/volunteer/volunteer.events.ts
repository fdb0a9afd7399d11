import { type ActivitySnapshot } from '../activity/activity.events.js';
import { type CheckInMethod } from '../activity/venue.js';
import { type PresenceEvidence } from '../presence/presence-evidence.js';
import { type DomainEvent } from '../shared/event.js';
import { type SchoolConsentEvent } from './school-consent.events.js';
import { type AwardEvent, isAwardEvent } from './awards/award.events.js';

export const LEAGUE_STATUSES = ['none', 'applicant', 'member'] as const;
export type LeagueStatus = (typeof LEAGUE_STATUSES)[number];

export type VolunteerRegistered = DomainEvent<
  'VolunteerRegistered',
  {
    volunteerId: string;
    name: string;
    birthDate: string;
    organizationId: string;
    organizationPath: string[];
    schoolId: string | null;
    leagueStatus: LeagueStatus;
  }
>;

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

/** A paper sign-in sheet, recorded by an organiser of the activity. */
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
  }
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
  | SessionRejected
  | SessionCorrected
  | SessionRevoked;

/** Everything a volunteer's stream holds: the hour events (what balances fold), honours and consents. */
export type VolunteerStreamEvent = VolunteerEvent | AwardEvent | SchoolConsentEvent;

// A Record over the tags, so a new hour event fails to compile until it is listed here.
const VOLUNTEER_EVENT_TYPES: Record<VolunteerEvent['type'], true> = {
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

/** The hour events of a volunteer's stream: what the balance folds read. */
export function isVolunteerEvent(event: { readonly type: string }): event is VolunteerEvent {
  return Object.prototype.hasOwnProperty.call(VOLUNTEER_EVENT_TYPES, event.type);
}

export function isSchoolConsentEvent(event: { readonly type: string }): event is SchoolConsentEvent {
  return event.type === 'SchoolConsentGranted' || event.type === 'SchoolConsentRevoked';
}

export function isVolunteerStreamEvent(event: { readonly type: string }): event is VolunteerStreamEvent {
  return isVolunteerEvent(event) || isAwardEvent(event) || isSchoolConsentEvent(event);
}

export const volunteerStream = (id: string): string => `volunteer-${id}`;
