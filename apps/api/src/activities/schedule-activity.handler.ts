import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { activityDecider, activityStream } from '@vl/domain';
import { generatedId } from '../shared/deterministic-id.js';
import { OrganizationLookup } from '../shared/organization-lookup.js';
import { type Appended } from '../shared/responses.js';
import { assertCovers } from '../shared/scope.js';
import { evolveActivityStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import { ScheduleActivityCommand } from './schedule-activity.command.js';

@CommandHandler(ScheduleActivityCommand)
export class ScheduleActivityHandler implements ICommandHandler<ScheduleActivityCommand, Appended> {
  constructor(
    private readonly runner: StreamRunner,
    private readonly organizations: OrganizationLookup,
  ) {}

  async execute({ context, request }: ScheduleActivityCommand): Promise<Appended> {
    const activityId = request.id ?? generatedId(context.idempotencySeed, 'activity');
    const organization = await this.organizations.require(request.organizationId, 'organizationId');
    assertCovers(context.actor, organization.path, `Organisation ${organization.organizationId}`);
    return this.runner.run(context, {
      stream: activityStream(activityId),
      initialState: activityDecider.initialState,
      evolve: evolveActivityStream,
      decide: (state) =>
        activityDecider.decide(
          {
            type: 'ScheduleActivity',
            data: {
              activityId,
              organization,
              title: request.title,
              category: request.category,
              startsAt: request.startsAt,
              endsAt: request.endsAt,
              maxMinutesPerVolunteer: request.maxMinutesPerVolunteer ?? null,
              autoConfirm: request.autoConfirm ?? false,
              now: context.now.toISOString(),
            },
          },
          state,
        ),
      respond: (_events, position) => ({ id: activityId, position }),
    });
  }
}
