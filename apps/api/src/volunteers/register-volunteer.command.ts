import { type CommandContext } from '../shared/command-context.js';
import { type RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

export class RegisterVolunteerCommand {
  constructor(
    readonly context: CommandContext,
    readonly request: RegisterVolunteerRequest,
  ) {}
}
