import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ProfileChanged, ProfileChangedDto } from '../profile-change.js';
import { TransferVolunteerCommand } from './transfer-volunteer.handler.js';
import { TransferVolunteerRequest } from './transfer-volunteer.request.dto.js';

@WriteController('volunteers', 'volunteers/:id/transfer')
export class TransferVolunteerHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: ProfileChangedDto })
  @ApiOperation({
    summary:
      'Move a volunteer to another home organisation from a date, by an admin whose subtree holds both; sessions stay with the organisers they were earned under',
  })
  transfer(
    @IdParam() volunteerId: string,
    @Body() { organizationId, effectiveOn }: TransferVolunteerRequest,
    @Ctx() context: CommandContext,
  ): Promise<ProfileChanged> {
    return this.commands.execute(
      new TransferVolunteerCommand(context, {
        volunteerId,
        organizationId,
        ...(effectiveOn ? { effectiveOn } : {}),
      }),
    );
  }
}
