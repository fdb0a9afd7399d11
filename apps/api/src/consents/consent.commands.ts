import { type CommandContext } from '../shared/command-context.js';
import { type GrantConsentRequest } from './consent.request.dto.js';

export class GrantConsentCommand {
  constructor(
    readonly context: CommandContext,
    readonly volunteerId: string,
    readonly request: GrantConsentRequest,
  ) {}
}

export class RevokeConsentCommand {
  constructor(
    readonly context: CommandContext,
    readonly volunteerId: string,
    readonly schoolId: string,
  ) {}
}
