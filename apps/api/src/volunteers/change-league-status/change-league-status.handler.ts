import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LeagueStatus } from '@vl/domain';
import { ActingCommand } from '../../shared/command-context.js';
import { type ProfileChanged, ProfileChanges } from '../profile-change.js';

export class ChangeLeagueStatusCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly leagueStatus: LeagueStatus;
  readonly effectiveOn?: string;
}> {}

/** Decided by `decideChangeLeagueStatus` (libs/domain/src/volunteer/commands/change-league-status.command.ts). */
@CommandHandler(ChangeLeagueStatusCommand)
export class ChangeLeagueStatusHandler implements ICommandHandler<ChangeLeagueStatusCommand, ProfileChanged> {
  constructor(private readonly profiles: ProfileChanges) {}

  async execute({ context, input }: ChangeLeagueStatusCommand): Promise<ProfileChanged> {
    const { volunteerId, leagueStatus, effectiveOn } = input;
    await this.profiles.requireInScope(context, volunteerId);
    return this.profiles.change(context, volunteerId, (clock) => ({
      type: 'ChangeLeagueStatus',
      data: { leagueStatus, ...(effectiveOn === undefined ? {} : { effectiveOn }), ...clock },
    }));
  }
}
