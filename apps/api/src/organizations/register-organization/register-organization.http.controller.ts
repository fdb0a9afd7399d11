import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { type Appended, AppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { RegisterOrganizationCommand } from './register-organization.handler.js';
import { RegisterOrganizationRequest } from './register-organization.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

@WriteController('organizations', 'organizations')
export class RegisterOrganizationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @KeyBoundByAppends()
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiCreatedResponse({ type: AppendedDto })
  @ApiOperation({ summary: 'Register an organisation under a parent in your subtree' })
  register(@Body() request: RegisterOrganizationRequest, @Ctx() context: CommandContext): Promise<Appended> {
    return this.commands.execute(new RegisterOrganizationCommand(context, { ...request }));
  }
}
