import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../shared/command-context.js';
import { IdParam } from '../shared/id-param.js';
import { type SessionAppended, type SessionMinutes } from '../shared/responses.js';
import {
  ConfirmSessionCommand,
  CorrectSessionCommand,
  RejectSessionCommand,
  RevokeSessionCommand,
} from './session.commands.js';
import { ConfirmSessionRequest, CorrectSessionRequest, ReasonRequest } from './session.request.dto.js';

@ApiTags('sessions')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('sessions/:id')
export class SessionReviewHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('confirmation')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiOperation({ summary: 'Confirm a pending session, optionally with fewer minutes than measured' })
  confirm(
    @IdParam() sessionId: string,
    @Body() request: ConfirmSessionRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionMinutes> {
    return this.commands.execute(new ConfirmSessionCommand(context, sessionId, request));
  }

  @Post('rejection')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiOperation({ summary: 'Reject a pending session, with a reason' })
  reject(
    @IdParam() sessionId: string,
    @Body() request: ReasonRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(new RejectSessionCommand(context, sessionId, request));
  }

  @Post('corrections')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiOperation({ summary: 'Correct a confirmed session’s minutes, with a reason' })
  correct(
    @IdParam() sessionId: string,
    @Body() request: CorrectSessionRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionMinutes> {
    return this.commands.execute(new CorrectSessionCommand(context, sessionId, request));
  }

  @Post('revocation')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOperation({ summary: 'Revoke a session (admin only), with a reason; its minutes leave every balance' })
  revoke(
    @IdParam() sessionId: string,
    @Body() request: ReasonRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(new RevokeSessionCommand(context, sessionId, request));
  }
}
