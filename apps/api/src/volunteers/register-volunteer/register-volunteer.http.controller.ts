import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { type Appended, AppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { RegisterVolunteerCommand } from './register-volunteer.handler.js';
import { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

@WriteController('volunteers', 'volunteers')
export class RegisterVolunteerHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiCreatedResponse({ type: AppendedDto })
  @ApiOperation({ summary: 'Register a volunteer in an organisation of your subtree' })
  register(@Body() request: RegisterVolunteerRequest, @Ctx() context: CommandContext): Promise<Appended> {
    return this.commands.execute(new RegisterVolunteerCommand(context, { ...request }));
  }
}
