import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../shared/command-context.js';
import { IdParam } from '../shared/id-param.js';
import { GrantConsentCommand, RevokeConsentCommand } from './consent.commands.js';
import { type ConsentGranted } from './consent.handlers.js';
import { GrantConsentRequest, RevokeConsentRequest } from './consent.request.dto.js';
import { ConsentGrantedDto, PositionDto } from '../shared/responses.js';

@ApiTags('consents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('volunteers/:id/consents')
export class ConsentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiCreatedResponse({ type: ConsentGrantedDto })
  @ApiOperation({ summary: 'Let a school see the volunteer’s credits, until revoked or until a given time' })
  grant(
    @IdParam() volunteerId: string,
    @Body() request: GrantConsentRequest,
    @Ctx() context: CommandContext,
  ): Promise<ConsentGranted> {
    return this.commands.execute(new GrantConsentCommand(context, volunteerId, request));
  }

  @Post(':schoolId/revocation')
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
    return this.commands.execute(new RevokeConsentCommand(context, volunteerId, schoolId));
  }
}
