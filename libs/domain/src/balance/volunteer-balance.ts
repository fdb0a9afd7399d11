import { type VolunteerEvent } from '../volunteer/volunteer.events.js';
import { calendarYear } from '../shared/time.js';
import { addTo, type Dictionary, emptyDictionary, entryOf, withEntry } from '../shared/dictionary.js';
import { openSessionServiceStart } from '../volunteer/hour-rules.js';

/** How a session stands for the balance: only confirmed minutes count, pending ones are shown apart. */
export type BalanceSessionState = 'open' | 'pending' | 'confirmed' | 'rejected' | 'revoked';

export interface BalanceSession {
  readonly state: BalanceSessionState;
  readonly minutes: number;
  /** Calendar year of the session's service start in the programme's time zone. */
  readonly year: string;
  readonly category: string;
}

export interface VolunteerBalance {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  readonly byYear: Dictionary<number>;
  readonly byCategory: Dictionary<number>;
  readonly sessions: Dictionary<BalanceSession>;
}

export const emptyBalance = (volunteerId: string): VolunteerBalance => ({
  volunteerId,
  confirmedMinutes: 0,
  pendingMinutes: 0,
  byYear: emptyDictionary(),
  byCategory: emptyDictionary(),
  sessions: emptyDictionary(),
});

/** Folds one event of a volunteer's stream into the balance. Pure: the time zone is passed in. */
export function evolveBalance(
  balance: VolunteerBalance,
  event: VolunteerEvent,
  timeZone: string,
): VolunteerBalance {
  switch (event.type) {
    case 'VolunteerRegistered':
      return balance;
    case 'VolunteerCheckedIn':
      return withSession(balance, event.data.sessionId, {
        state: 'open',
        minutes: 0,
        year: calendarYear(openSessionServiceStart(event.data.activity, event.data.checkedInAt), timeZone),
        category: event.data.activity.category,
      });
    case 'VolunteerCheckedOut':
    case 'SessionCheckOutMissed':
      return update(balance, event.data.sessionId, (session) => ({
        ...session,
        state: 'pending',
        minutes: event.data.measuredMinutes,
        year: calendarYear(event.data.serviceStart, timeZone),
      }));
    case 'ManualSessionRecorded':
      return withSession(balance, event.data.sessionId, {
        state: 'pending',
        minutes: event.data.minutes,
        year: calendarYear(event.data.startedAt, timeZone),
        category: event.data.activity.category,
      });
    case 'SessionConfirmed':
      return update(balance, event.data.sessionId, (session) => ({
        ...session,
        state: 'confirmed',
        minutes: event.data.minutes,
      }));
    case 'SessionCorrected':
      return update(balance, event.data.sessionId, (session) => ({
        ...session,
        minutes: event.data.minutes,
      }));
    case 'SessionRejected':
      return update(balance, event.data.sessionId, (session) => ({
        ...session,
        state: 'rejected',
        minutes: 0,
      }));
    case 'SessionRevoked':
      return update(balance, event.data.sessionId, (session) => ({
        ...session,
        state: 'revoked',
        minutes: 0,
      }));
    default:
      return assertNever(event);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled event ${JSON.stringify(value)}`);
}

function withSession(
  balance: VolunteerBalance,
  sessionId: string,
  session: BalanceSession,
): VolunteerBalance {
  return replace(balance, sessionId, entryOf(balance.sessions, sessionId), session);
}

function update(
  balance: VolunteerBalance,
  sessionId: string,
  change: (session: BalanceSession) => BalanceSession,
): VolunteerBalance {
  const session = entryOf(balance.sessions, sessionId);
  if (!session) return balance;
  return replace(balance, sessionId, session, change(session));
}

/** Takes the old figure of one session out of the totals and puts the new one in: O(1) per event. */
function replace(
  balance: VolunteerBalance,
  sessionId: string,
  before: BalanceSession | undefined,
  after: BalanceSession,
): VolunteerBalance {
  let { confirmedMinutes, pendingMinutes } = balance;
  const byYear = Object.assign(emptyDictionary<number>(), balance.byYear);
  const byCategory = Object.assign(emptyDictionary<number>(), balance.byCategory);
  const apply = (session: BalanceSession, sign: 1 | -1): void => {
    const minutes = sign * session.minutes;
    if (session.state === 'pending') pendingMinutes += minutes;
    if (session.state !== 'confirmed') return;
    confirmedMinutes += minutes;
    addTo(byYear, session.year, minutes);
    addTo(byCategory, session.category, minutes);
  };
  if (before) apply(before, -1);
  apply(after, 1);
  return {
    volunteerId: balance.volunteerId,
    confirmedMinutes,
    pendingMinutes,
    byYear,
    byCategory,
    sessions: withEntry(balance.sessions, sessionId, after),
  };
}
