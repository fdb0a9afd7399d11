import { postingOver } from '../posting/posting.js';
import { type LedgerEntryFigure } from '../policies/evaluation-input.js';
import { type RegisteredVolunteer } from '../volunteer/volunteer.state.js';

/**
 * The confirmed sessions of a volunteer's stream as the policy engine counts them, in service order. Given
 * an instant, only those whose posting (公示) is over by then: a posted session counts from its end.
 */
export function confirmedEntriesOf(state: RegisteredVolunteer, at?: string): LedgerEntryFigure[] {
  return Object.values(state.sessions)
    .flatMap((session) =>
      session.phase === 'Confirmed' && (at === undefined || postingOver(session.postedUntil, at))
        ? [
            {
              entryId: session.sessionId,
              servedAt: session.service.start,
              minutes: session.minutes,
              category: session.activity.category,
              organizationId: session.activity.organizationId,
            },
          ]
        : [],
    )
    .sort((a, b) => a.servedAt.localeCompare(b.servedAt) || a.entryId.localeCompare(b.entryId));
}
