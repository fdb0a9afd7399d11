import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../shared/command-context.js';
import { type Appended } from '../shared/responses.js';
import { RegisterOrganizationCommand } from './register-organization.command.js';
import { RegisterOrganizationRequest } from './register-organization.request.dto.js';

@ApiTags('organizations')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('organizations')
export class RegisterOrganizationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOperation({ summary: 'Register an organisation under a parent in your subtree' })
  register(@Body() request: RegisterOrganizationRequest, @Ctx() context: CommandContext): Promise<Appended> {
    return this.commands.execute(new RegisterOrganizationCommand(context, request));
  }
}
