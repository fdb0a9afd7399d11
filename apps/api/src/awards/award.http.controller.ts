import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../shared/command-context.js';
import { IdParam } from '../shared/id-param.js';
import { GrantAwardCommand, RevokeAwardCommand } from './award.commands.js';
import { type AwardAppended } from './award.handlers.js';
import { GrantAwardRequest, RevokeAwardRequest } from './award.request.dto.js';

@ApiTags('awards')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('volunteers/:id/awards')
export class AwardHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOperation({
    summary: 'Grant an honour; 422 NOT_ELIGIBLE, naming what is missing, unless the hours reach the tier now',
  })
  grant(
    @IdParam() volunteerId: string,
    @Body() request: GrantAwardRequest,
    @Ctx() context: CommandContext,
  ): Promise<AwardAppended> {
    return this.commands.execute(new GrantAwardCommand(context, volunteerId, request));
  }

  @Post(':awardId/revocation')
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOperation({ summary: 'Revoke an honour, with a reason' })
  revoke(
    @IdParam() volunteerId: string,
    @IdParam('awardId') awardId: string,
    @Body() request: RevokeAwardRequest,
    @Ctx() context: CommandContext,
  ): Promise<AwardAppended> {
    return this.commands.execute(new RevokeAwardCommand(context, volunteerId, awardId, request));
  }
}
