import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ProfileChanged, ProfileChangedDto } from '../profile-change.js';
import { ChangeSchoolCommand } from './change-school.handler.js';
import { ChangeSchoolRequest } from './change-school.request.dto.js';

@WriteController('volunteers', 'volunteers/:id/school')
export class ChangeSchoolHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: ProfileChangedDto })
  @ApiOperation({
    summary:
      'Move a volunteer to another school, or out of school, from a date; the consent to the school left ends now',
  })
  change(
    @IdParam() volunteerId: string,
    @Body() { schoolId, effectiveOn }: ChangeSchoolRequest,
    @Ctx() context: CommandContext,
  ): Promise<ProfileChanged> {
    return this.commands.execute(
      new ChangeSchoolCommand(context, {
        volunteerId,
        schoolId: schoolId ?? null,
        ...(effectiveOn ? { effectiveOn } : {}),
      }),
    );
  }
}
