import { postingOver } from '../posting/posting.js';
import { datedEntry } from '../policies/evaluation-context.js';
import { type DatedEntry, DatedEntries, type LedgerEntryFigure } from '../policies/evaluation-input.js';
import { type ConfirmedSession, type VolunteerSession } from '../volunteer/volunteer-session.js';
import { type RegisteredVolunteer } from '../volunteer/volunteer.state.js';

/**
 * The confirmed sessions of a volunteer's stream as the policy engine counts them, in service order. Given
 * an instant, only those whose posting (公示) is over by then: a posted session counts from its end.
 */
export function confirmedEntriesOf(state: RegisteredVolunteer, at?: string): LedgerEntryFigure[] {
  return Object.values(state.sessions)
    .flatMap((session) => (counted(session, at) ? [figureOf(session)] : []))
    .sort((a, b) => a.servedAt.localeCompare(b.servedAt) || a.entryId.localeCompare(b.entryId));
}

// A session record is never written, only replaced by a new one, so its dated entry holds as long as it does.
const datedBySession = new WeakMap<
  VolunteerSession,
  { readonly timeZone: string; readonly entry: DatedEntry }
>();

/**
 * `confirmedEntriesOf`, dated for the engine: each session record is checked and dated once, so judging a
 * volunteer again after every event reads the history without dating it again.
 */
export function confirmedDatedEntriesOf(
  state: RegisteredVolunteer,
  at: string,
  timeZone: string,
): DatedEntries {
  const instant = Date.parse(at);
  const list: DatedEntry[] = [];
  for (const session of Object.values(state.sessions)) {
    if (!counted(session, instant)) continue;
    const known = datedBySession.get(session);
    if (known?.timeZone === timeZone) {
      list.push(known.entry);
      continue;
    }
    const entry = datedEntry(figureOf(session), timeZone);
    datedBySession.set(session, { timeZone, entry });
    list.push(entry);
  }
  return new DatedEntries(timeZone, list);
}

function counted(session: VolunteerSession, at: string | number | undefined): session is ConfirmedSession {
  return session.phase === 'Confirmed' && (at === undefined || postingOver(session.postedUntil, at));
}

function figureOf(session: ConfirmedSession): LedgerEntryFigure {
  return {
    entryId: session.sessionId,
    servedAt: session.service.start,
    minutes: session.minutes,
    category: session.activity.category,
    organizationId: session.activity.organizationId,
  };
}
