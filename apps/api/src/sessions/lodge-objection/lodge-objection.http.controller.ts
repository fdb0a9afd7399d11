import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type SessionAppended, SessionAppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { ReasonRequest } from '../reason.request.dto.js';
import { LodgeObjectionCommand } from './lodge-objection.handler.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'sessions/:id')
export class LodgeObjectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('objections')
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: SessionAppendedDto })
  @ApiOperation({
    summary:
      'Object to a session under public posting (公示), with a reason: it goes back to review and counts ' +
      'nothing until an organiser confirms it again (a new posting) or rejects it. The volunteer, or an ' +
      'organiser or admin of the organising line or the volunteer’s own, while the posting runs',
  })
  object(
    @IdParam() sessionId: string,
    @Body() { reason }: ReasonRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(new LodgeObjectionCommand(context, { sessionId, reason }));
  }
}
