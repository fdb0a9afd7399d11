import { type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { type EffectiveDate, requireEffectiveOn } from '../profile-guards.js';
import { type VolunteerDeactivated, type VolunteerReactivated } from '../profile.events.js';
import { requireReason, requireRegistered } from '../session-guards.js';
import { isActive, type VolunteerState } from '../volunteer.state.js';

export type DeactivateVolunteer = DomainCommand<
  'DeactivateVolunteer',
  EffectiveDate & { readonly reason: string }
>;
export type ReactivateVolunteer = DomainCommand<
  'ReactivateVolunteer',
  EffectiveDate & { readonly reason: string }
>;

/**
 * No new sessions from now on; the history stays and keeps counting. An open session is closed first (a
 * check-out, or the missed check-out sweep), so nothing is left half-recorded.
 */
export function decideDeactivateVolunteer(
  command: DeactivateVolunteer,
  state: VolunteerState,
): VolunteerDeactivated[] {
  const volunteer = requireRegistered(state);
  const { volunteerId } = volunteer.profile;
  if (!isActive(volunteer)) {
    throw new DomainError(
      'VOLUNTEER_ALREADY_INACTIVE',
      `volunteer ${volunteerId} is already deactivated`,
      'id',
    );
  }
  const reason = requireReason(command.data.reason);
  if (volunteer.openSessionId !== null) {
    throw new DomainError(
      'SESSION_ALREADY_OPEN',
      `session ${volunteer.openSessionId} is open; it is closed before the volunteer is deactivated`,
      'id',
    );
  }
  const effectiveOn = requireEffectiveOn(volunteer, 'activity', command.data);
  return [{ type: 'VolunteerDeactivated', data: { volunteerId, reason, effectiveOn } }];
}

export function decideReactivateVolunteer(
  command: ReactivateVolunteer,
  state: VolunteerState,
): VolunteerReactivated[] {
  const volunteer = requireRegistered(state);
  const { volunteerId } = volunteer.profile;
  if (isActive(volunteer)) {
    throw new DomainError('VOLUNTEER_ALREADY_ACTIVE', `volunteer ${volunteerId} is active`, 'id');
  }
  const reason = requireReason(command.data.reason);
  const effectiveOn = requireEffectiveOn(volunteer, 'activity', command.data);
  return [{ type: 'VolunteerReactivated', data: { volunteerId, reason, effectiveOn } }];
}
