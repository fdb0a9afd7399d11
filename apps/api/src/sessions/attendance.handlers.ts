import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type Actor,
  type ActivitySnapshot,
  DomainError,
  volunteerDecider,
  volunteerStream,
} from '@vl/domain';
import { ActivityLookup } from '../shared/activity-lookup.js';
import { generatedId } from '../shared/deterministic-id.js';
import { type CheckedOut, type SessionAppended } from '../shared/responses.js';
import { assertCovers } from '../shared/scope.js';
import { evolveVolunteerStream, foldVolunteerStream } from '../shared/stream-evolvers.js';
import { StreamRunner } from '../shared/stream-runner.js';
import { CheckInCommand, CheckOutCommand, RecordManualSessionCommand } from './session.commands.js';

/** A volunteer checks in and out only for themself; organisers and admins for the activities they run. */
function assertMayTakeAttendance(actor: Actor, volunteerId: string, activity: ActivitySnapshot): void {
  if (actor.roles.includes('volunteer') && actor.volunteerId === volunteerId) return;
  if (actor.roles.some((role) => role === 'organizer' || role === 'admin')) {
    assertCovers(actor, activity.organizationPath, `Activity ${activity.activityId}`);
    return;
  }
  throw new DomainError('NOT_IN_SCOPE', 'A volunteer checks in and out only for themself', 'volunteerId');
}

@CommandHandler(CheckInCommand)
export class CheckInHandler implements ICommandHandler<CheckInCommand, SessionAppended> {
  constructor(
    private readonly runner: StreamRunner,
    private readonly activities: ActivityLookup,
  ) {}

  async execute({ context, activityId, request }: CheckInCommand): Promise<SessionAppended> {
    const activity = await this.activities.require(activityId);
    assertMayTakeAttendance(context.actor, request.volunteerId, activity);
    const sessionId = generatedId(context.idempotencySeed, 'session');
    return this.runner.run(context, {
      stream: volunteerStream(request.volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      occurredAt: request.at,
      decide: (state) =>
        volunteerDecider.decide(
          {
            type: 'CheckIn',
            data: {
              sessionId,
              activity,
              at: request.at,
              method: request.method,
              now: context.now.toISOString(),
            },
          },
          state,
        ),
      respond: (events, position) => {
        const checkedIn = events.find((event) => event.type === 'VolunteerCheckedIn');
        return {
          sessionId: checkedIn?.type === 'VolunteerCheckedIn' ? checkedIn.data.sessionId : sessionId,
          position,
        };
      },
    });
  }
}

@CommandHandler(CheckOutCommand)
export class CheckOutHandler implements ICommandHandler<CheckOutCommand, CheckedOut> {
  constructor(
    private readonly runner: StreamRunner,
    private readonly activities: ActivityLookup,
  ) {}

  async execute({ context, activityId, request }: CheckOutCommand): Promise<CheckedOut> {
    const activity = await this.activities.require(activityId);
    assertMayTakeAttendance(context.actor, request.volunteerId, activity);
    return this.runner.run(context, {
      stream: volunteerStream(request.volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      occurredAt: request.at,
      decide: (state) =>
        volunteerDecider.decide(
          { type: 'CheckOut', data: { activityId, at: request.at, now: context.now.toISOString() } },
          state,
        ),
      respond: (events, position) => {
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
      },
    });
  }
}

@CommandHandler(RecordManualSessionCommand)
export class RecordManualSessionHandler implements ICommandHandler<
  RecordManualSessionCommand,
  SessionAppended
> {
  constructor(
    private readonly runner: StreamRunner,
    private readonly activities: ActivityLookup,
  ) {}

  async execute({ context, activityId, request }: RecordManualSessionCommand): Promise<SessionAppended> {
    const activity = await this.activities.require(activityId);
    const sessionId = generatedId(context.idempotencySeed, 'session');
    return this.runner.run(context, {
      stream: volunteerStream(request.volunteerId),
      initialState: volunteerDecider.initialState,
      evolve: evolveVolunteerStream,
      fold: foldVolunteerStream,
      occurredAt: request.startedAt,
      decide: (state) =>
        volunteerDecider.decide(
          {
            type: 'RecordManualSession',
            data: {
              sessionId,
              activity,
              startedAt: request.startedAt,
              endedAt: request.endedAt,
              minutes: request.minutes,
              note: request.note,
              actor: context.actor,
              now: context.now.toISOString(),
            },
          },
          state,
        ),
      respond: (events, position) => {
        const recorded = events.find((event) => event.type === 'ManualSessionRecorded');
        return {
          sessionId: recorded?.type === 'ManualSessionRecorded' ? recorded.data.sessionId : sessionId,
          position,
        };
      },
    });
  }
}

export const AttendanceHandlers = [CheckInHandler, CheckOutHandler, RecordManualSessionHandler];
