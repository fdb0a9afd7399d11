import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActingCommand } from '../../shared/command-context.js';
import { type SessionMinutes } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { PostingPeriods } from '../posting-periods.js';
import { SessionLocator } from '../session-locator.js';

export class ConfirmSessionCommand extends ActingCommand<{
  readonly sessionId: string;
  /** Fewer than measured; the measured minutes when absent. */
  readonly minutes: number | undefined;
}> {}

/**
 * Decided by `decideConfirmSession` (libs/domain/src/volunteer/commands/confirm-session.command.ts), on the
 * stream of the volunteer the session belongs to; only the organising organisation's subtree confirms.
 */
@CommandHandler(ConfirmSessionCommand)
export class ConfirmSessionHandler implements ICommandHandler<ConfirmSessionCommand, SessionMinutes> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly sessions: SessionLocator,
    private readonly postings: PostingPeriods,
  ) {}

  async execute({ context, input: { sessionId, minutes } }: ConfirmSessionCommand): Promise<SessionMinutes> {
    const { volunteerId, organizationPath } = await this.sessions.locate(sessionId);
    const { events, position } = await this.volunteers.handle(
      context,
      volunteerId,
      (now, postingDays: number) => ({
        type: 'ConfirmSession',
        data: { sessionId, minutes, actor: context.actor, postingDays, now },
      }),
      // 公示: the organising line's posting days, as its organisation streams say when the append is made.
      { facts: (fresh) => this.postings.daysFor(organizationPath, fresh) },
    );
    const confirmed = events.find((event) => event.type === 'SessionConfirmed');
    return {
      sessionId,
      minutes: confirmed?.type === 'SessionConfirmed' ? confirmed.data.minutes : (minutes ?? 0),
      position,
    };
  }
}
