import { type CommandContext } from '../shared/command-context.js';
import { type GrantAwardRequest, type RevokeAwardRequest } from './award.request.dto.js';

export class GrantAwardCommand {
  constructor(
    readonly context: CommandContext,
    readonly volunteerId: string,
    readonly request: GrantAwardRequest,
  ) {}
}

export class RevokeAwardCommand {
  constructor(
    readonly context: CommandContext,
    readonly volunteerId: string,
    readonly awardId: string,
    readonly request: RevokeAwardRequest,
  ) {}
}
