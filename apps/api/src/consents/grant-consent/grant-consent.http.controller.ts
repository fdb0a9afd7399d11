import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ConsentGranted, GrantConsentCommand } from './grant-consent.handler.js';
import { GrantConsentRequest } from './grant-consent.request.dto.js';

@WriteController('consents', 'volunteers/:id/consents')
export class GrantConsentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiOperation({ summary: 'Let a school see the volunteer’s credits, until revoked or until a given time' })
  grant(
    @IdParam() volunteerId: string,
    @Body() { schoolId, until }: GrantConsentRequest,
    @Ctx() context: CommandContext,
  ): Promise<ConsentGranted> {
    return this.commands.execute(new GrantConsentCommand(context, { volunteerId, schoolId, until }));
  }
}
