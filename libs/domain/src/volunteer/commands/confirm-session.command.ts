import { requireOrganizingSubtree } from '../../access-rules.js';
import { requireWholeMinutes, type DomainCommand } from '../../decider.js';
import { selfCertification } from '../../presence/self-certification.js';
import { postingEnd } from '../../posting/posting.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { requireRegistered, requireSession } from '../session-guards.js';
import { type SessionConfirmed } from '../volunteer.events.js';
import { type VolunteerState } from '../volunteer.state.js';
import { isPending } from '../volunteer-session.js';

export type ConfirmSession = DomainCommand<
  'ConfirmSession',
  {
    readonly sessionId: string;
    /** Fewer than measured when the organiser saw less service; the measured minutes when absent. */
    readonly minutes?: number;
    readonly actor: Actor;
    /** 公示: the days the organising line posts a confirmation for (`inheritedPostingDays`); 0 or absent: none. */
    readonly postingDays?: number;
    /** When it is confirmed; the posting runs from here. Needed when postingDays is above 0. */
    readonly now?: string;
  }
>;

export function decideConfirmSession(command: ConfirmSession, state: VolunteerState): SessionConfirmed[] {
  const { sessionId, actor } = command.data;
  const registered = requireRegistered(state);
  const session = requireSession(registered, sessionId);
  requireOrganizingSubtree(actor, session.activity);
  if (!isPending(session)) {
    throw new DomainError(
      'INVALID_SESSION_STATE',
      `session ${sessionId} is ${session.phase}, not awaiting confirmation`,
    );
  }
  const { measuredMinutes } = session;
  const minutes = requireWholeMinutes(command.data.minutes ?? measuredMinutes, 'minutes');
  if (minutes > measuredMinutes) {
    throw new DomainError(
      'MINUTES_EXCEED_MEASURED',
      `at most the ${measuredMinutes} measured minutes`,
      'minutes',
    );
  }
  const { volunteerId } = registered.profile;
  return [
    {
      type: 'SessionConfirmed',
      data: {
        sessionId,
        volunteerId,
        minutes,
        measuredMinutes,
        automatic: false,
        ...selfCertification(actor, volunteerId),
        ...posted(command.data.postingDays, command.data.now),
      },
    },
  ];
}

/** The `postedUntil` field of a confirmation the organising line posts for `days`; nothing when it posts none. */
export function posted(days: number | undefined, now: string | undefined): { postedUntil?: string } {
  const postedUntil = postingEnd(days, now);
  return postedUntil === undefined ? {} : { postedUntil };
}
