import { requireOneOf, type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type EffectiveDate, requireEffectiveOn } from '../profile-guards.js';
import { type VolunteerLeagueStatusChanged } from '../profile.events.js';
import { requireRegistered } from '../session-guards.js';
import { LEAGUE_STATUSES, type LeagueStatus } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';

export type ChangeLeagueStatus = DomainCommand<
  'ChangeLeagueStatus',
  EffectiveDate & { readonly leagueStatus: LeagueStatus }
>;

/**
 * Admission (applicant → member, or straight to member), an application made or withdrawn, or leaving the
 * League (member → none, e.g. at 28). A member does not become an applicant again.
 */
export function decideChangeLeagueStatus(
  command: ChangeLeagueStatus,
  state: VolunteerState,
): VolunteerLeagueStatusChanged[] {
  const volunteer = requireRegistered(state);
  const leagueStatus = requireOneOf(command.data.leagueStatus, LEAGUE_STATUSES, 'leagueStatus');
  const previousLeagueStatus = volunteer.profile.leagueStatus;
  if (leagueStatus === previousLeagueStatus) {
    throw new DomainError(
      'PROFILE_UNCHANGED',
      `the league status is already ${leagueStatus}`,
      'leagueStatus',
    );
  }
  if (previousLeagueStatus === 'member' && leagueStatus === 'applicant') {
    throw new DomainError(
      'LEAGUE_STATUS_TRANSITION_INVALID',
      'a member does not become an applicant again',
      'leagueStatus',
    );
  }
  const effectiveOn = requireEffectiveOn(volunteer, 'leagueStatus', command.data);
  return [
    {
      type: 'VolunteerLeagueStatusChanged',
      data: { volunteerId: volunteer.profile.volunteerId, leagueStatus, previousLeagueStatus, effectiveOn },
    },
  ];
}
