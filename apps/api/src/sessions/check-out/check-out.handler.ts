import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayTakeAttendance } from '@vl/auth';
import { ActivityLookup } from '../../shared/activity-lookup.js';
import { ActingCommand } from '../../shared/command-context.js';
import { type CheckedOut } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { NO_POSTING, PostingPeriods } from '../posting-periods.js';
import { type PresenceInput, PresenceClaims } from '../presence-claim.js';

export class CheckOutCommand extends ActingCommand<{
  readonly activityId: string;
  readonly volunteerId: string;
  readonly at?: string;
  readonly presence: PresenceInput;
}> {}

/** Decided by `decideCheckOut` (libs/domain/src/volunteer/commands/check-out.command.ts). */
@CommandHandler(CheckOutCommand)
export class CheckOutHandler implements ICommandHandler<CheckOutCommand, CheckedOut> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly activities: ActivityLookup,
    private readonly claims: PresenceClaims,
    private readonly postings: PostingPeriods,
  ) {}

  async execute({ context, input }: CheckOutCommand): Promise<CheckedOut> {
    const { activityId, volunteerId, at } = input;
    const activity = await this.activities.require(activityId);
    assertMayTakeAttendance(context.actor, volunteerId, activity);
    const presence = this.claims.of(context.actor, input.presence);
    const { events, position } = await this.volunteers.handle(
      context,
      volunteerId,
      (now, postingDays: number) => ({
        type: 'CheckOut',
        data: { activityId, ...(at === undefined ? {} : { at }), now, presence, postingDays },
      }),
      {
        ...(at === undefined ? {} : { occurredAt: at }),
        // An automatic confirmation is posted (公示) like any other.
        facts: (fresh) =>
          activity.autoConfirm
            ? this.postings.daysFor(activity.organizationPath, fresh)
            : Promise.resolve(NO_POSTING),
      },
    );
    // Recorded more than two hours after the activity ended, a check-out closes the session as missed.
    for (const event of events) {
      if (event.type === 'VolunteerCheckedOut' || event.type === 'SessionCheckOutMissed') {
        const { sessionId, measuredMinutes } = event.data;
        return {
          sessionId,
          measuredMinutes,
          missedCheckOut: event.type === 'SessionCheckOutMissed',
          position,
        };
      }
    }
    throw new Error('A check-out appended no closing event');
  }
}
