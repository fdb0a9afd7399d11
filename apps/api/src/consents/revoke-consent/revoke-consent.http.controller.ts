import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { RevokeConsentCommand } from './revoke-consent.handler.js';
import { RevokeConsentRequest } from './revoke-consent.request.dto.js';
import { PositionDto } from '../../shared/responses.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('consents', 'volunteers/:id/consents')
export class RevokeConsentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':schoolId/revocation')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiOkResponse({ type: PositionDto })
  @ApiOperation({ summary: 'Withdraw the consent in force for a school' })
  revoke(
    @IdParam() volunteerId: string,
    @IdParam('schoolId') schoolId: string,
    @Body() _request: RevokeConsentRequest,
    @Ctx() context: CommandContext,
  ): Promise<{ position: number }> {
    return this.commands.execute(new RevokeConsentCommand(context, { volunteerId, schoolId }));
  }
}
