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
import { ageAt, isVolunteerAge, VOLUNTEER_MAX_AGE, VOLUNTEER_MIN_AGE } from '../age-rule.js';
import { LEAGUE_STATUSES, type LeagueStatus, type VolunteerRegistered } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';

export const VOLUNTEER_NAME_MAX_LENGTH = 100;

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
    readonly now: string;
    /** The programme's time zone, in which the age is counted; Asia/Shanghai by default. */
    readonly timeZone?: string;
  }
>;

export function decideRegisterVolunteer(
  command: RegisterVolunteer,
  state: VolunteerState,
): VolunteerRegistered[] {
  const { volunteerId, organization, schoolId, now, timeZone } = command.data;
  if (state.status === 'Registered') {
    throw new DomainError('VOLUNTEER_ALREADY_EXISTS', `volunteer ${volunteerId} exists`, 'volunteerId');
  }
  requireId(volunteerId, 'volunteerId');
  const name = requireText(command.data.name, 'name', VOLUNTEER_NAME_MAX_LENGTH);
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
  return [
    {
      type: 'VolunteerRegistered',
      data: {
        volunteerId,
        name,
        birthDate,
        organizationId: organization.organizationId,
        organizationPath: [...organization.path],
        schoolId,
        leagueStatus,
      },
    },
  ];
}
