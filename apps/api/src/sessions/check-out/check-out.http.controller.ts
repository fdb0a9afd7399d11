import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { type CheckedOut, CheckedOutDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { CheckOutCommand } from './check-out.handler.js';
import { CheckOutRequest } from './check-out.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('sessions', 'activities/:id')
export class CheckOutHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('check-outs')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['volunteer', 'organizer', 'admin'], write: true })
  @ApiOkResponse({ type: CheckedOutDto })
  @ApiOperation({ summary: 'Check a volunteer out; answers the measured minutes' })
  checkOut(
    @IdParam() activityId: string,
    @Body() { volunteerId, at, ...presence }: CheckOutRequest,
    @Ctx() context: CommandContext,
  ): Promise<CheckedOut> {
    return this.commands.execute(new CheckOutCommand(context, { activityId, volunteerId, at, presence }));
  }
}
