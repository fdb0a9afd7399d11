import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActWithin } from '@vl/auth';
import { ActingCommand } from '../../shared/command-context.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { type ProfileChanged, ProfileChanges } from '../profile-change.js';

export class TransferVolunteerCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly organizationId: string;
  readonly effectiveOn?: string;
}> {}

/**
 * Decided by `decideTransferVolunteer` (libs/domain/src/volunteer/commands/transfer-volunteer.command.ts).
 * The admin's subtree holds both the volunteer and the new organisation: a move between districts is the
 * city's to record, so neither district hands a volunteer to, or takes one from, the other alone.
 */
@CommandHandler(TransferVolunteerCommand)
export class TransferVolunteerHandler implements ICommandHandler<TransferVolunteerCommand, ProfileChanged> {
  constructor(
    private readonly profiles: ProfileChanges,
    private readonly organizations: OrganizationLookup,
  ) {}

  async execute({ context, input }: TransferVolunteerCommand): Promise<ProfileChanged> {
    const { volunteerId, organizationId, effectiveOn } = input;
    await this.profiles.requireInScope(context, volunteerId);
    const organization = await this.organizations.require(organizationId, 'organizationId');
    assertMayActWithin(context.actor, organization);
    return this.profiles.change(context, volunteerId, (clock) => ({
      type: 'TransferVolunteer',
      data: { organization, ...(effectiveOn === undefined ? {} : { effectiveOn }), ...clock },
    }));
  }
}
