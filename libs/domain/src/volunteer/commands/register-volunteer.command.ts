import {
  requireCalendarDate,
  requireId,
  requireInstant,
  requireOneOf,
  requireText,
  type DomainCommand,
} from '../../decider.js';
import { type OrganizationNode } from '../../organization/organization-tree.js';
import { DomainError } from '../../shared/errors.js';
import {
  ageAt,
  DEFAULT_PROGRAMME_TIME_ZONE,
  isVolunteerAge,
  VOLUNTEER_MAX_AGE,
  VOLUNTEER_MIN_AGE,
} from '../age-rule.js';
import { calendarDate } from '../../shared/time.js';
import { LEAGUE_STATUSES, type LeagueStatus, type VolunteerRegistered } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';

export const VOLUNTEER_NAME_MAX_LENGTH = 100;
/** Under this age a volunteer registers with a legal guardian's consent (中国注册志愿者管理办法, 2013). */
export const GUARDIAN_CONSENT_BELOW_AGE = 18;

/** The guardian's consent as the decider checks it; the guardian's details go to the personal-data store. */
export interface GuardianConsent {
  /** YYYY-MM-DD, not after the registration. */
  readonly consentedOn: string;
}

export type RegisterVolunteer = DomainCommand<
  'RegisterVolunteer',
  {
    readonly volunteerId: string;
    readonly name: string;
    /** YYYY-MM-DD */
    readonly birthDate: string;
    /** The organisation the volunteer belongs to, as its stream says it is. */
    readonly organization: OrganizationNode;
    readonly schoolId: string | null;
    readonly leagueStatus: LeagueStatus;
    /** Required under 18: the guardian's consent (name, phone and relation are kept apart). */
    readonly guardian?: GuardianConsent | null;
    readonly now: string;
    /** The programme's time zone, in which the age is counted; Asia/Shanghai by default. */
    readonly timeZone?: string;
  }
>;

/**
 * The name and birth date are checked here (the age rule needs the birth date) but the event keeps only
 * ids and whether the volunteer was a minor: the personal data itself is stored apart by the caller.
 */
export function decideRegisterVolunteer(
  command: RegisterVolunteer,
  state: VolunteerState,
): VolunteerRegistered[] {
  const { volunteerId, organization, schoolId, now, timeZone } = command.data;
  if (state.status === 'Registered') {
    throw new DomainError('VOLUNTEER_ALREADY_EXISTS', `volunteer ${volunteerId} exists`, 'volunteerId');
  }
  requireId(volunteerId, 'volunteerId');
  requireText(command.data.name, 'name', VOLUNTEER_NAME_MAX_LENGTH);
  const birthDate = requireCalendarDate(command.data.birthDate, 'birthDate');
  if (schoolId !== null) requireId(schoolId, 'schoolId');
  const leagueStatus = requireOneOf(command.data.leagueStatus, LEAGUE_STATUSES, 'leagueStatus');
  requireInstant(now, 'now');

  const age = ageAt(birthDate, now, timeZone);
  if (!isVolunteerAge(age)) {
    throw new DomainError(
      'VOLUNTEER_AGE_OUT_OF_RANGE',
      `volunteers are ${VOLUNTEER_MIN_AGE} to ${VOLUNTEER_MAX_AGE} years old; this one is ${age}`,
      'birthDate',
    );
  }
  const minorAtRegistration = age < GUARDIAN_CONSENT_BELOW_AGE;
  if (minorAtRegistration) requireGuardianConsent(command.data.guardian ?? null, now, timeZone);
  return [
    {
      type: 'VolunteerRegistered',
      data: {
        volunteerId,
        organizationId: organization.organizationId,
        organizationPath: [...organization.path],
        schoolId,
        leagueStatus,
        minorAtRegistration,
      },
    },
  ];
}

function requireGuardianConsent(guardian: GuardianConsent | null, now: string, timeZone?: string): void {
  if (guardian === null) {
    throw new DomainError(
      'GUARDIAN_CONSENT_REQUIRED',
      `a volunteer under ${GUARDIAN_CONSENT_BELOW_AGE} registers with a guardian's consent`,
      'guardian',
    );
  }
  const consentedOn = requireCalendarDate(guardian.consentedOn, 'guardian.consentedOn');
  if (consentedOn > calendarDate(now, timeZone ?? DEFAULT_PROGRAMME_TIME_ZONE)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `the guardian's consent of ${consentedOn} is after the registration`,
      'guardian.consentedOn',
    );
  }
}
