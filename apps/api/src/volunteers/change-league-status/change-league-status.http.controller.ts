import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ProfileChanged, ProfileChangedDto } from '../profile-change.js';
import { ChangeLeagueStatusCommand } from './change-league-status.handler.js';
import { ChangeLeagueStatusRequest } from './change-league-status.request.dto.js';

@WriteController('volunteers', 'volunteers/:id/league-status')
export class ChangeLeagueStatusHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: ProfileChangedDto })
  @ApiOperation({
    summary:
      'Change a volunteer’s league status from a date (e.g. admitted as a member); eligibility on and after that day follows',
  })
  change(
    @IdParam() volunteerId: string,
    @Body() { leagueStatus, effectiveOn }: ChangeLeagueStatusRequest,
    @Ctx() context: CommandContext,
  ): Promise<ProfileChanged> {
    return this.commands.execute(
      new ChangeLeagueStatusCommand(context, {
        volunteerId,
        leagueStatus,
        ...(effectiveOn ? { effectiveOn } : {}),
      }),
    );
  }
}
