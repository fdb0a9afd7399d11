import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { type SessionAppended } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { SessionLocator } from '../session-locator.js';

export class RejectSessionCommand extends ActingCommand<{
  readonly sessionId: string;
  readonly reason: string;
}> {}

/**
 * Decided by `decideRejectSession` (libs/domain/src/volunteer/commands/reject-session.command.ts), on the stream
 * of the volunteer the session belongs to.
 */
@CommandHandler(RejectSessionCommand)
export class RejectSessionHandler implements ICommandHandler<RejectSessionCommand, SessionAppended> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly sessions: SessionLocator,
  ) {}

  async execute({ context, input: { sessionId, reason } }: RejectSessionCommand): Promise<SessionAppended> {
    const { volunteerId } = await this.sessions.locate(sessionId);
    const { position } = await this.volunteers.handle(context, volunteerId, {
      type: 'RejectSession',
      data: { sessionId, reason, actor: context.actor },
    });
    return { sessionId, position };
  }
}
