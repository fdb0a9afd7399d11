import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayActWithin } from '@vl/auth';
import { type VenueInput } from '@vl/domain';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { OrganizationLookup } from '../../shared/organization-lookup.js';
import { type Appended } from '../../shared/responses.js';
import { ActivityStreams } from '../../shared/streams.js';

export class ScheduleActivityCommand extends ActingCommand<{
  readonly id?: string;
  readonly organizationId: string;
  readonly title: string;
  readonly category: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly maxMinutesPerVolunteer?: number;
  readonly autoConfirm?: boolean;
  readonly venue?: VenueInput;
  readonly checkInMethods?: readonly string[];
}> {}

/** Decided by `decideActivity` (libs/domain/src/activity/activity.decider.ts). */
@CommandHandler(ScheduleActivityCommand)
export class ScheduleActivityHandler implements ICommandHandler<ScheduleActivityCommand, Appended> {
  constructor(
    private readonly activities: ActivityStreams,
    private readonly organizations: OrganizationLookup,
  ) {}

  async execute({ context, input }: ScheduleActivityCommand): Promise<Appended> {
    const activityId = input.id ?? generatedId(context.idempotencySeed, 'activity');
    const organization = await this.organizations.require(input.organizationId, 'organizationId');
    assertMayActWithin(context.actor, organization);
    const { position } = await this.activities.handle(context, activityId, (now) => ({
      type: 'ScheduleActivity',
      data: {
        activityId,
        organization,
        title: input.title,
        category: input.category,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        maxMinutesPerVolunteer: input.maxMinutesPerVolunteer ?? null,
        autoConfirm: input.autoConfirm ?? false,
        venue: input.venue ?? null,
        ...(input.checkInMethods === undefined ? {} : { checkInMethods: input.checkInMethods }),
        now,
      },
    }));
    return { id: activityId, position };
  }
}
