import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type AwardAppended, GrantAwardCommand } from './grant-award.handler.js';
import { GrantAwardRequest } from './grant-award.request.dto.js';
import { AwardAppendedDto } from '../../shared/responses.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('awards', 'volunteers/:id/awards')
export class GrantAwardHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiCreatedResponse({ type: AwardAppendedDto })
  @ApiOperation({
    summary: 'Grant an honour; 422 NOT_ELIGIBLE, naming what is missing, unless the hours reach the tier now',
  })
  grant(
    @IdParam() volunteerId: string,
    @Body() { awardId, policyId, tier, note }: GrantAwardRequest,
    @Ctx() context: CommandContext,
  ): Promise<AwardAppended> {
    return this.commands.execute(
      new GrantAwardCommand(context, { volunteerId, awardId, policyId, tier, note }),
    );
  }
}
