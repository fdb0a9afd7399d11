import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertMayTakeAttendance } from '@vl/auth';
import { type CheckInMethod } from '@vl/domain';
import { type PresenceInput, PresenceClaims } from '../presence-claim.js';
import { ActivityLookup } from '../../shared/activity-lookup.js';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { type SessionAppended } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';

export class CheckInCommand extends ActingCommand<{
  readonly activityId: string;
  readonly volunteerId: string;
  readonly at?: string;
  readonly method: CheckInMethod;
  readonly presence: PresenceInput;
}> {}

/** Decided by `decideCheckIn` (libs/domain/src/volunteer/commands/check-in.command.ts). */
@CommandHandler(CheckInCommand)
export class CheckInHandler implements ICommandHandler<CheckInCommand, SessionAppended> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly activities: ActivityLookup,
    private readonly claims: PresenceClaims,
  ) {}

  async execute({ context, input }: CheckInCommand): Promise<SessionAppended> {
    const activity = await this.activities.require(input.activityId);
    assertMayTakeAttendance(context.actor, input.volunteerId, activity);
    const presence = this.claims.of(context.actor, input.presence);
    const sessionId = generatedId(context.idempotencySeed, 'session');
    const { events, position } = await this.volunteers.handle(
      context,
      input.volunteerId,
      (now) => ({
        type: 'CheckIn',
        data: {
          sessionId,
          activity,
          ...(input.at === undefined ? {} : { at: input.at }),
          method: input.method,
          now,
          presence,
        },
      }),
      input.at === undefined ? {} : { occurredAt: input.at },
    );
    const checkedIn = events.find((event) => event.type === 'VolunteerCheckedIn');
    return {
      sessionId: checkedIn?.type === 'VolunteerCheckedIn' ? checkedIn.data.sessionId : sessionId,
      position,
    };
  }
}
