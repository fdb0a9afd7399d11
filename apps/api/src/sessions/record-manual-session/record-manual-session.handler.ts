import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActivityLookup } from '../../shared/activity-lookup.js';
import { ActingCommand } from '../../shared/command-context.js';
import { generatedId } from '../../shared/deterministic-id.js';
import { type SessionAppended } from '../../shared/responses.js';
import { VolunteerStreams } from '../../shared/streams.js';
import { PostingPeriods } from '../posting-periods.js';

export class RecordManualSessionCommand extends ActingCommand<{
  readonly activityId: string;
  readonly volunteerId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly minutes: number;
  readonly note: string;
}> {}

/**
 * Decided by `decideRecordManualSession` (libs/domain/src/volunteer/commands/record-manual-session.command.ts),
 * which also holds who may record: the organising organisation's subtree.
 */
@CommandHandler(RecordManualSessionCommand)
export class RecordManualSessionHandler implements ICommandHandler<
  RecordManualSessionCommand,
  SessionAppended
> {
  constructor(
    private readonly volunteers: VolunteerStreams,
    private readonly activities: ActivityLookup,
    private readonly postings: PostingPeriods,
  ) {}

  async execute({ context, input }: RecordManualSessionCommand): Promise<SessionAppended> {
    const { activityId, volunteerId, ...sheet } = input;
    const activity = await this.activities.require(activityId);
    const sessionId = generatedId(context.idempotencySeed, 'session');
    const { events, position } = await this.volunteers.handle(
      context,
      volunteerId,
      (now, postingDays: number) => ({
        type: 'RecordManualSession',
        data: { sessionId, activity, ...sheet, actor: context.actor, now, postingDays },
      }),
      {
        occurredAt: sheet.startedAt,
        // The sheet is certified in the same append, and posted (公示) like any other confirmation.
        facts: (fresh) => this.postings.daysFor(activity.organizationPath, fresh),
      },
    );
    const recorded = events.find((event) => event.type === 'ManualSessionRecorded');
    return {
      sessionId: recorded?.type === 'ManualSessionRecorded' ? recorded.data.sessionId : sessionId,
      position,
    };
  }
}
