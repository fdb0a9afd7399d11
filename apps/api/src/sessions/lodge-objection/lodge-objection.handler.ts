import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { type SessionAppended } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { SessionLocator } from '../session-locator.js';

export class LodgeObjectionCommand extends ActingCommand<{
  readonly sessionId: string;
  readonly reason: string;
}> {}

/**
 * Decided by `decideLodgeObjection` (libs/domain/src/volunteer/commands/lodge-objection.command.ts), on the
 * stream of the volunteer the session belongs to, at the clock's time: only while the posting runs.
 */
@CommandHandler(LodgeObjectionCommand)
export class LodgeObjectionHandler implements ICommandHandler<LodgeObjectionCommand, SessionAppended> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly sessions: SessionLocator,
  ) {}

  async execute({ context, input: { sessionId, reason } }: LodgeObjectionCommand): Promise<SessionAppended> {
    const { volunteerId } = await this.sessions.locate(sessionId);
    const { position } = await this.volunteers.handle(context, volunteerId, (now) => ({
      type: 'LodgeObjection',
      data: { sessionId, reason, actor: context.actor, now },
    }));
    return { sessionId, position };
  }
}
