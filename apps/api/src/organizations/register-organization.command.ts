import { type CommandContext } from '../shared/command-context.js';
import { type RegisterOrganizationRequest } from './register-organization.request.dto.js';

export class RegisterOrganizationCommand {
  constructor(
    readonly context: CommandContext,
    readonly request: RegisterOrganizationRequest,
  ) {}
}
