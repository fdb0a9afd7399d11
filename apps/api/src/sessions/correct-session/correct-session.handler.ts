import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { type SessionMinutes } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { SessionLocator } from '../session-locator.js';

export class CorrectSessionCommand extends ActingCommand<{
  readonly sessionId: string;
  readonly minutes: number;
  readonly reason: string;
}> {}

/**
 * Decided by `decideCorrectSession` (libs/domain/src/volunteer/commands/correct-session.command.ts), on the
 * stream of the volunteer the session belongs to.
 */
@CommandHandler(CorrectSessionCommand)
export class CorrectSessionHandler implements ICommandHandler<CorrectSessionCommand, SessionMinutes> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly sessions: SessionLocator,
  ) {}

  async execute({ context, input }: CorrectSessionCommand): Promise<SessionMinutes> {
    const { sessionId, minutes, reason } = input;
    const { volunteerId } = await this.sessions.locate(sessionId);
    const { events, position } = await this.volunteers.handle(context, volunteerId, {
      type: 'CorrectSession',
      data: { sessionId, minutes, reason, actor: context.actor },
    });
    const corrected = events.find((event) => event.type === 'SessionCorrected');
    return {
      sessionId,
      minutes: corrected?.type === 'SessionCorrected' ? corrected.data.minutes : minutes,
      position,
    };
  }
}
