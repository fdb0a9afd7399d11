import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ConsentGranted, GrantConsentCommand } from './grant-consent.handler.js';
import { GrantConsentRequest } from './grant-consent.request.dto.js';
import { ConsentGrantedDto } from '../../shared/responses.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('consents', 'volunteers/:id/consents')
export class GrantConsentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiCreatedResponse({ type: ConsentGrantedDto })
  @ApiOperation({
    summary:
      'The volunteer lets a school see their credits, until revoked or a given time; a minor with their guardian’s consent. An administrator cannot.',
  })
  grant(
    @IdParam() volunteerId: string,
    @Body() { schoolId, until, guardianConsentedOn }: GrantConsentRequest,
    @Ctx() context: CommandContext,
  ): Promise<ConsentGranted> {
    return this.commands.execute(
      new GrantConsentCommand(context, { volunteerId, schoolId, until, guardianConsentedOn }),
    );
  }
}
