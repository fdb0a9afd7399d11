import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type AwardAppended } from '../grant-award/grant-award.handler.js';
import { RevokeAwardCommand } from './revoke-award.handler.js';
import { RevokeAwardRequest } from './revoke-award.request.dto.js';
import { AwardAppendedDto } from '../../shared/responses.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('awards', 'volunteers/:id/awards')
export class RevokeAwardHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':awardId/revocation')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: AwardAppendedDto })
  @ApiOperation({ summary: 'Revoke an honour, with a reason' })
  revoke(
    @IdParam() volunteerId: string,
    @IdParam('awardId') awardId: string,
    @Body() { reason }: RevokeAwardRequest,
    @Ctx() context: CommandContext,
  ): Promise<AwardAppended> {
    return this.commands.execute(new RevokeAwardCommand(context, { volunteerId, awardId, reason }));
  }
}
