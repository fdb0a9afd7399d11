import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { type Appended, AppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { ScheduleActivityCommand } from './schedule-activity.handler.js';
import { ScheduleActivityRequest } from './schedule-activity.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('activities', 'activities')
export class ScheduleActivityHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: AppendedDto })
  @ApiOperation({ summary: 'Schedule an activity of an organisation in your subtree' })
  schedule(@Body() request: ScheduleActivityRequest, @Ctx() context: CommandContext): Promise<Appended> {
    return this.commands.execute(new ScheduleActivityCommand(context, { ...request }));
  }
}
