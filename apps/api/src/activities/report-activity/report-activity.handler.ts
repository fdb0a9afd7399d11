import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActWithin } from '@vl/auth';
import { ActivityLookup } from '../../shared/activity-lookup.js';
import { ActingCommand } from '../../shared/command-context.js';
import { type Appended } from '../../shared/responses.js';
import { ActivityStreams } from '../../shared/streams.js';

export class ReportActivityCommand extends ActingCommand<{
  readonly activityId: string;
  readonly residentVisits: number;
  readonly summary: string;
}> {}

/** Decided by `decideActivity` (libs/domain/src/activity/activity.decider.ts). */
@CommandHandler(ReportActivityCommand)
export class ReportActivityHandler implements ICommandHandler<ReportActivityCommand, Appended> {
  constructor(
    private readonly activities: ActivityStreams,
    private readonly lookup: ActivityLookup,
  ) {}

  async execute({ context, input }: ReportActivityCommand): Promise<Appended> {
    const activity = await this.lookup.require(input.activityId);
    // Only the organising organisation's line reports what its activity served.
    assertMayActWithin(context.actor, {
      organizationId: activity.organizationId,
      path: activity.organizationPath,
    });
    const { position } = await this.activities.handle(context, input.activityId, (now) => ({
      type: 'ReportActivity',
      data: {
        activityId: input.activityId,
        residentVisits: input.residentVisits,
        summary: input.summary,
        now,
      },
    }));
    return { id: input.activityId, position };
  }
}
