import { type CommandContext } from '../shared/command-context.js';
import {
  type CheckInRequest,
  type CheckOutRequest,
  type ConfirmSessionRequest,
  type CorrectSessionRequest,
  type ManualSessionRequest,
  type ReasonRequest,
} from './session.request.dto.js';

export class CheckInCommand {
  constructor(
    readonly context: CommandContext,
    readonly activityId: string,
    readonly request: CheckInRequest,
  ) {}
}

export class CheckOutCommand {
  constructor(
    readonly context: CommandContext,
    readonly activityId: string,
    readonly request: CheckOutRequest,
  ) {}
}

export class RecordManualSessionCommand {
  constructor(
    readonly context: CommandContext,
    readonly activityId: string,
    readonly request: ManualSessionRequest,
  ) {}
}

export class ConfirmSessionCommand {
  constructor(
    readonly context: CommandContext,
    readonly sessionId: string,
    readonly request: ConfirmSessionRequest,
  ) {}
}

export class RejectSessionCommand {
  constructor(
    readonly context: CommandContext,
    readonly sessionId: string,
    readonly request: ReasonRequest,
  ) {}
}

export class CorrectSessionCommand {
  constructor(
    readonly context: CommandContext,
    readonly sessionId: string,
    readonly request: CorrectSessionRequest,
  ) {}
}

export class RevokeSessionCommand {
  constructor(
    readonly context: CommandContext,
    readonly sessionId: string,
    readonly request: ReasonRequest,
  ) {}
}
