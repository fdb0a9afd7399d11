import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type SessionAppended, SessionAppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { ReasonRequest } from '../reason.request.dto.js';
import { RejectSessionCommand } from './reject-session.handler.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'sessions/:id')
export class RejectSessionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('rejection')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiOkResponse({ type: SessionAppendedDto })
  @ApiOperation({ summary: 'Reject a pending session, with a reason' })
  reject(
    @IdParam() sessionId: string,
    @Body() { reason }: ReasonRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(new RejectSessionCommand(context, { sessionId, reason }));
  }
}
