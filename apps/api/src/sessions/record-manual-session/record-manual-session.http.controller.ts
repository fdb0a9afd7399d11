import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type SessionAppended, SessionAppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { RecordManualSessionCommand } from './record-manual-session.handler.js';
import { ManualSessionRequest } from './record-manual-session.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'activities/:id')
export class RecordManualSessionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('manual-sessions')
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: SessionAppendedDto })
  @ApiOperation({ summary: 'Record a paper sign-in sheet entry; the recording organiser certifies it' })
  manual(
    @IdParam() activityId: string,
    @Body() { volunteerId, startedAt, endedAt, minutes, note }: ManualSessionRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(
      new RecordManualSessionCommand(context, { activityId, volunteerId, startedAt, endedAt, minutes, note }),
    );
  }
}
