import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { type ProfileChanged, ProfileChanges } from '../profile-change.js';

interface ActivationInput {
  readonly volunteerId: string;
  readonly reason: string;
  readonly effectiveOn?: string;
}

export class DeactivateVolunteerCommand extends ActingCommand<ActivationInput> {}
export class ReactivateVolunteerCommand extends ActingCommand<ActivationInput> {}

/** Decided by `decideDeactivateVolunteer` (libs/domain/src/volunteer/commands/deactivate-volunteer.command.ts). */
@CommandHandler(DeactivateVolunteerCommand)
export class DeactivateVolunteerHandler implements ICommandHandler<
  DeactivateVolunteerCommand,
  ProfileChanged
> {
  constructor(private readonly profiles: ProfileChanges) {}

  async execute({ context, input }: DeactivateVolunteerCommand): Promise<ProfileChanged> {
    const { volunteerId, reason, effectiveOn } = input;
    await this.profiles.requireInScope(context, volunteerId);
    return this.profiles.change(context, volunteerId, (clock) => ({
      type: 'DeactivateVolunteer',
      data: { reason, ...(effectiveOn === undefined ? {} : { effectiveOn }), ...clock },
    }));
  }
}

/** Decided by `decideReactivateVolunteer`, beside the deactivation it undoes. */
@CommandHandler(ReactivateVolunteerCommand)
export class ReactivateVolunteerHandler implements ICommandHandler<
  ReactivateVolunteerCommand,
  ProfileChanged
> {
  constructor(private readonly profiles: ProfileChanges) {}

  async execute({ context, input }: ReactivateVolunteerCommand): Promise<ProfileChanged> {
    const { volunteerId, reason, effectiveOn } = input;
    await this.profiles.requireInScope(context, volunteerId);
    return this.profiles.change(context, volunteerId, (clock) => ({
      type: 'ReactivateVolunteer',
      data: { reason, ...(effectiveOn === undefined ? {} : { effectiveOn }), ...clock },
    }));
  }
}
