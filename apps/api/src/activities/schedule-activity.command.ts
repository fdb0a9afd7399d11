import { type CommandContext } from '../shared/command-context.js';
import { type ScheduleActivityRequest } from './schedule-activity.request.dto.js';

export class ScheduleActivityCommand {
  constructor(
    readonly context: CommandContext,
    readonly request: ScheduleActivityRequest,
  ) {}
}
