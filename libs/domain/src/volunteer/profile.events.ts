import { type DomainEvent } from '../shared/event.js';
import { type LeagueStatus } from './league-status.js';

/**
 * Changes to a volunteer's standing after registration, each effective from a calendar date in the
 * programme's zone (`effectiveOn`, YYYY-MM-DD) and carrying the value it replaced, so a question about any
 * earlier day (served before, or as the ledger knew it then) finds the value in force that day. Ids only.
 */
export type VolunteerLeagueStatusChanged = DomainEvent<
  'VolunteerLeagueStatusChanged',
  {
    volunteerId: string;
    leagueStatus: LeagueStatus;
    previousLeagueStatus: LeagueStatus;
    effectiveOn: string;
  }
>;

/** A move to another school, or out of school (`schoolId` null); the old school's consent ends with it. */
export type VolunteerSchoolChanged = DomainEvent<
  'VolunteerSchoolChanged',
  {
    volunteerId: string;
    schoolId: string | null;
    previousSchoolId: string | null;
    effectiveOn: string;
  }
>;

/**
 * A move to another home organisation: the new subtree's scopes cover the volunteer from then. Sessions stay
 * with the activities' organisers, where they were earned.
 */
export type VolunteerTransferred = DomainEvent<
  'VolunteerTransferred',
  {
    volunteerId: string;
    organizationId: string;
    organizationPath: string[];
    previousOrganizationId: string;
    previousOrganizationPath: string[];
    effectiveOn: string;
  }
>;

/** No new sessions from then; the history stays and counts. */
export type VolunteerDeactivated = DomainEvent<
  'VolunteerDeactivated',
  { volunteerId: string; reason: string; effectiveOn: string }
>;

export type VolunteerReactivated = DomainEvent<
  'VolunteerReactivated',
  { volunteerId: string; reason: string; effectiveOn: string }
>;

export type VolunteerProfileEvent =
  | VolunteerLeagueStatusChanged
  | VolunteerSchoolChanged
  | VolunteerTransferred
  | VolunteerDeactivated
  | VolunteerReactivated;

/** What a change is about; each kind keeps its own order of effective dates. */
export type ProfileChangeKind = 'leagueStatus' | 'school' | 'organization' | 'activity';

const PROFILE_EVENT_KINDS: Record<VolunteerProfileEvent['type'], ProfileChangeKind> = {
  VolunteerLeagueStatusChanged: 'leagueStatus',
  VolunteerSchoolChanged: 'school',
  VolunteerTransferred: 'organization',
  VolunteerDeactivated: 'activity',
  VolunteerReactivated: 'activity',
};

export function isVolunteerProfileEvent(event: { readonly type: string }): event is VolunteerProfileEvent {
  return Object.prototype.hasOwnProperty.call(PROFILE_EVENT_KINDS, event.type);
}

export function profileChangeKindOf(event: VolunteerProfileEvent): ProfileChangeKind {
  return PROFILE_EVENT_KINDS[event.type];
}
