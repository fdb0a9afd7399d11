import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../shared/command-context.js';
import { IdParam } from '../shared/id-param.js';
import {
  type CheckedOut,
  CheckedOutDto,
  type SessionAppended,
  SessionAppendedDto,
} from '../shared/responses.js';
import { CheckInCommand, CheckOutCommand, RecordManualSessionCommand } from './session.commands.js';
import { CheckInRequest, CheckOutRequest, ManualSessionRequest } from './session.request.dto.js';

@ApiTags('sessions')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('activities/:id')
export class AttendanceHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('check-ins')
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: SessionAppendedDto })
  @ApiOperation({ summary: 'Check a volunteer in (QR code, location, or by an organiser)' })
  checkIn(
    @IdParam() activityId: string,
    @Body() request: CheckInRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(new CheckInCommand(context, activityId, request));
  }

  @Post('check-outs')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin'], write: true })
  @ApiOkResponse({ type: CheckedOutDto })
  @ApiOperation({ summary: 'Check a volunteer out; answers the measured minutes' })
  checkOut(
    @IdParam() activityId: string,
    @Body() request: CheckOutRequest,
    @Ctx() context: CommandContext,
  ): Promise<CheckedOut> {
    return this.commands.execute(new CheckOutCommand(context, activityId, request));
  }

  @Post('manual-sessions')
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: SessionAppendedDto })
  @ApiOperation({ summary: 'Record a paper sign-in sheet entry; the recording organiser certifies it' })
  manual(
    @IdParam() activityId: string,
    @Body() request: ManualSessionRequest,
    @Ctx() context: CommandContext,
  ): Promise<SessionAppended> {
    return this.commands.execute(new RecordManualSessionCommand(context, activityId, request));
  }
}
