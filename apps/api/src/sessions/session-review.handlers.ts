import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LedgerEvent, volunteerDecider, volunteerStream, type VolunteerCommand } from '@vl/domain';
import { type CommandContext } from '../shared/command-context.js';
import { type SessionAppended, type SessionMinutes } from '../shared/responses.js';
import { evolveVolunteerStream, foldVolunteerStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import {
  ConfirmSessionCommand,
  CorrectSessionCommand,
  RejectSessionCommand,
  RevokeSessionCommand,
} from './session.commands.js';
import { SessionLocator } from './session-locator.js';

/** Runs a review command on the stream of the volunteer the session belongs to. */
@Injectable()
abstract class SessionReviewHandler {
  constructor(
    private readonly runner: StreamRunner,
    private readonly locator: SessionLocator,
  ) {}

  protected async review<Result>(
    context: CommandContext,
    sessionId: string,
    command: VolunteerCommand,
    respond: (events: LedgerEvent[], position: number) => Result,
  ): Promise<Result> {
    const { volunteerId } = await this.locator.locate(sessionId);
    return this.runner.run(context, {
      stream: volunteerStream(volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      decide: (state) => volunteerDecider.decide(command, state),
      respond,
    });
  }
}

function minutesOf(events: LedgerEvent[], fallback: number): number {
  for (const event of events) {
    if (event.type === 'SessionConfirmed' || event.type === 'SessionCorrected') return event.data.minutes;
  }
  return fallback;
}

@CommandHandler(ConfirmSessionCommand)
export class ConfirmSessionHandler
  extends SessionReviewHandler
  implements ICommandHandler<ConfirmSessionCommand>
{
  execute({ context, sessionId, request }: ConfirmSessionCommand): Promise<SessionMinutes> {
    return this.review(
      context,
      sessionId,
      { type: 'ConfirmSession', data: { sessionId, minutes: request.minutes, actor: context.actor } },
      (events, position) => ({ sessionId, minutes: minutesOf(events, request.minutes ?? 0), position }),
    );
  }
}

@CommandHandler(RejectSessionCommand)
export class RejectSessionHandler
  extends SessionReviewHandler
  implements ICommandHandler<RejectSessionCommand>
{
  execute({ context, sessionId, request }: RejectSessionCommand): Promise<SessionAppended> {
    return this.review(
      context,
      sessionId,
      { type: 'RejectSession', data: { sessionId, reason: request.reason, actor: context.actor } },
      (_events, position) => ({ sessionId, position }),
    );
  }
}

@CommandHandler(CorrectSessionCommand)
export class CorrectSessionHandler
  extends SessionReviewHandler
  implements ICommandHandler<CorrectSessionCommand>
{
  execute({ context, sessionId, request }: CorrectSessionCommand): Promise<SessionMinutes> {
    return this.review(
      context,
      sessionId,
      {
        type: 'CorrectSession',
        data: { sessionId, minutes: request.minutes, reason: request.reason, actor: context.actor },
      },
      (events, position) => ({ sessionId, minutes: minutesOf(events, request.minutes), position }),
    );
  }
}

@CommandHandler(RevokeSessionCommand)
export class RevokeSessionHandler
  extends SessionReviewHandler
  implements ICommandHandler<RevokeSessionCommand>
{
  execute({ context, sessionId, request }: RevokeSessionCommand): Promise<SessionAppended> {
    return this.review(
      context,
      sessionId,
      { type: 'RevokeSession', data: { sessionId, reason: request.reason, actor: context.actor } },
      (_events, position) => ({ sessionId, position }),
    );
  }
}

export const SessionReviewHandlers = [
  ConfirmSessionHandler,
  RejectSessionHandler,
  CorrectSessionHandler,
  RevokeSessionHandler,
];
