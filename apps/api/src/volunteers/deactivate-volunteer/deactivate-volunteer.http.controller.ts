import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ProfileChanged, ProfileChangedDto } from '../profile-change.js';
import { ActivationRequest } from './activation.request.dto.js';
import { DeactivateVolunteerCommand, ReactivateVolunteerCommand } from './deactivate-volunteer.handler.js';

@WriteController('volunteers', 'volunteers/:id')
export class DeactivateVolunteerHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('deactivation')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: ProfileChangedDto })
  @ApiOperation({
    summary:
      'Deactivate a volunteer, with a reason: no new check-ins or sessions from then; the history stays and counts',
  })
  deactivate(
    @IdParam() volunteerId: string,
    @Body() { reason, effectiveOn }: ActivationRequest,
    @Ctx() context: CommandContext,
  ): Promise<ProfileChanged> {
    return this.commands.execute(
      new DeactivateVolunteerCommand(context, {
        volunteerId,
        reason,
        ...(effectiveOn ? { effectiveOn } : {}),
      }),
    );
  }

  @Post('reactivation')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: ProfileChangedDto })
  @ApiOperation({ summary: 'Reactivate a deactivated volunteer, with a reason' })
  reactivate(
    @IdParam() volunteerId: string,
    @Body() { reason, effectiveOn }: ActivationRequest,
    @Ctx() context: CommandContext,
  ): Promise<ProfileChanged> {
    return this.commands.execute(
      new ReactivateVolunteerCommand(context, {
        volunteerId,
        reason,
        ...(effectiveOn ? { effectiveOn } : {}),
      }),
    );
  }
}
