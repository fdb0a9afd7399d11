import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type Appended, AppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { ReportActivityCommand } from './report-activity.handler.js';
import { ReportActivityRequest } from './report-activity.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('activities', 'activities/:id')
export class ReportActivityHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('report')
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['organizer', 'admin'], write: true })
  @ApiCreatedResponse({ type: AppendedDto })
  @ApiOperation({
    summary:
      'Report what an activity served once it has ended: resident visits (服务人次) and a summary. ' +
      'An organiser or admin of the organising subtree; a later report replaces the earlier one',
  })
  report(
    @IdParam() activityId: string,
    @Body() request: ReportActivityRequest,
    @Ctx() context: CommandContext,
  ): Promise<Appended> {
    return this.commands.execute(new ReportActivityCommand(context, { activityId, ...request }));
  }
}
