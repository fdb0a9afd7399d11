import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type SessionMinutes, SessionMinutesDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { CorrectSessionCommand } from './correct-session.handler.js';
import { CorrectSessionRequest } from './correct-session.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'sessions/:id')
export class CorrectSessionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiOkResponse({ type: SessionMinutesDto })
  @ApiOperation({ summary: 'Correct a confirmed session’s minutes, with a reason' })
  correct(
    @IdParam() sessionId: string,
    @Body() { minutes, reason }: CorrectSessionRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionMinutes> {
    return this.commands.execute(new CorrectSessionCommand(context, { sessionId, minutes, reason }));
  }
}
