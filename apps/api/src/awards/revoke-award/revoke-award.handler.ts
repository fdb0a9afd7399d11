import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { type AwardAppended } from '../grant-award/grant-award.handler.js';

export class RevokeAwardCommand extends ActingCommand<{
  readonly volunteerId: string;
  readonly awardId: string;
  readonly reason: string;
}> {}

/** Decided by `decideRevokeAward` (libs/domain/src/volunteer/commands/revoke-award.command.ts). */
@CommandHandler(RevokeAwardCommand)
export class RevokeAwardHandler implements ICommandHandler<RevokeAwardCommand, AwardAppended> {
  constructor(private readonly volunteers: VolunteerStreams) {}

  async execute({
    context,
    input: { volunteerId, awardId, reason },
  }: RevokeAwardCommand): Promise<AwardAppended> {
    const { position } = await this.volunteers.handle(context, volunteerId, {
      type: 'RevokeAward',
      data: { awardId, reason, actor: context.actor },
    });
    return { awardId, position };
  }
}
