import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type SessionAppended, SessionAppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { CheckInCommand } from './check-in.handler.js';
import { CheckInRequest } from './check-in.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'activities/:id')
export class CheckInHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('check-ins')
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: SessionAppendedDto })
  @ApiOperation({
    summary:
      'Check a volunteer in: the kiosk code (qr), a location inside the venue range (geo), or by an organiser of the organising subtree (organizer, past times with a reason)',
  })
  checkIn(
    @IdParam() activityId: string,
    @Body() { volunteerId, at, method, ...presence }: CheckInRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(
      new CheckInCommand(context, { activityId, volunteerId, at, method, presence }),
    );
  }
}
