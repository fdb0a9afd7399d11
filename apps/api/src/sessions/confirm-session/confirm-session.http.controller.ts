import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type SessionMinutes, SessionMinutesDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { ConfirmSessionCommand } from './confirm-session.handler.js';
import { ConfirmSessionRequest } from './confirm-session.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'sessions/:id')
export class ConfirmSessionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('confirmation')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiOkResponse({ type: SessionMinutesDto })
  @ApiOperation({ summary: 'Confirm a pending session, optionally with fewer minutes than measured' })
  confirm(
    @IdParam() sessionId: string,
    @Body() { minutes }: ConfirmSessionRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionMinutes> {
    return this.commands.execute(new ConfirmSessionCommand(context, { sessionId, minutes }));
  }
}
