import { type DomainCommand } from '../../decider.js';
import { type OrganizationNode } from '../../organization/organization-tree.js';
import { DomainError } from '../../shared/errors.js';
import { type EffectiveDate, requireEffectiveOn } from '../profile-guards.js';
import { type VolunteerTransferred } from '../profile.events.js';
import { requireRegistered } from '../session-guards.js';
import { type VolunteerState } from '../volunteer.state.js';

export type TransferVolunteer = DomainCommand<
  'TransferVolunteer',
  /** The new home organisation, as its own stream says it is. */
  EffectiveDate & { readonly organization: OrganizationNode }
>;

/** A new home organisation; the sessions stay with the activities' organisers, where they were earned. */
export function decideTransferVolunteer(
  command: TransferVolunteer,
  state: VolunteerState,
): VolunteerTransferred[] {
  const volunteer = requireRegistered(state);
  const { organization } = command.data;
  const { volunteerId, organizationId: previousOrganizationId, organizationPath } = volunteer.profile;
  if (organization.organizationId === previousOrganizationId) {
    throw new DomainError(
      'PROFILE_UNCHANGED',
      `volunteer ${volunteerId} already belongs to ${previousOrganizationId}`,
      'organizationId',
    );
  }
  const effectiveOn = requireEffectiveOn(volunteer, 'organization', command.data);
  return [
    {
      type: 'VolunteerTransferred',
      data: {
        volunteerId,
        organizationId: organization.organizationId,
        organizationPath: [...organization.path],
        previousOrganizationId,
        previousOrganizationPath: [...organizationPath],
        effectiveOn,
      },
    },
  ];
}
