import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { ErasePersonalDataCommand, type PersonalDataErasedAnswer } from './erase-personal-data.handler.js';
import { ErasePersonalDataRequest, PersonalDataErasedDto } from './erase-personal-data.request.dto.js';

@WriteController('personal-data', 'volunteers/:id/personal-data')
export class ErasePersonalDataHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('erasure')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiOkResponse({ type: PersonalDataErasedDto })
  @ApiOperation({
    summary:
      'Erase the volunteer’s personal data (PIPL right to deletion): their data key is destroyed; their hours stay in every total',
  })
  erase(
    @IdParam() volunteerId: string,
    @Body() { reason }: ErasePersonalDataRequest,
    @Ctx() context: CommandContext,
  ): Promise<PersonalDataErasedAnswer> {
    return this.commands.execute(new ErasePersonalDataCommand(context, { volunteerId, reason }));
  }
}
