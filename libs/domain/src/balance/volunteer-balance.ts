import { type VolunteerEvent } from '../volunteer/volunteer.events.js';
import { calendarYear } from '../shared/time.js';
import { addTo, type Dictionary, emptyDictionary, entryOf } from '../shared/dictionary.js';
import { openSessionServiceStart } from '../volunteer/hour-rules.js';

/**
 * How a session stands for the balance: only confirmed minutes count, pending ones are shown apart. This fold
 * has no clock: a session confirmed under posting (公示) is confirmed here; the read model's balance answers
 * take posted minutes apart at the instant asked about.
 */
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
  return foldBalance(balance, [event], timeZone);
}

/**
 * Folds many events at once, in O(events): the fold copies the balance's records once, then writes its own
 * copy in place, so the balance passed in is never changed and nothing copies per event.
 */
export function foldBalance(
  balance: VolunteerBalance,
  events: Iterable<VolunteerEvent>,
  timeZone: string,
): VolunteerBalance {
  const folder = balanceFolder(balance, timeZone);
  for (const event of events) folder.apply(event);
  return folder.balance;
}

/** What a balance shows, without the per-session records it is kept from. */
export type BalanceFigures = Omit<VolunteerBalance, 'sessions'>;

/** A balance folded event by event, as a stream is read, without a copy of its sessions per event. */
export interface BalanceFolder {
  apply(event: VolunteerEvent): void;
  /** The balance so far; it stays as it is when later events are applied. */
  readonly balance: VolunteerBalance;
  /**
   * The figures so far, read in place: unlike `balance`, reading them does not make the next event copy
   * the sessions again, so they change with the next `apply` and must not be kept past it.
   */
  readonly figures: BalanceFigures;
}

export function balanceFolder(balance: VolunteerBalance, timeZone: string): BalanceFolder {
  return new BalanceFold(balance, timeZone);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

interface OwnedBalance extends Writable<Omit<VolunteerBalance, 'byYear' | 'byCategory' | 'sessions'>> {
  byYear: Record<string, number>;
  byCategory: Record<string, number>;
  sessions: Record<string, BalanceSession>;
}

/** Owns a copy of the balance until someone reads it; the next write after a read copies again. */
class BalanceFold implements BalanceFolder {
  private current: VolunteerBalance;
  private draft: OwnedBalance | null = null;

  constructor(
    balance: VolunteerBalance,
    private readonly timeZone: string,
  ) {
    this.current = balance;
  }

  get balance(): VolunteerBalance {
    if (this.draft !== null) {
      this.current = this.draft;
      this.draft = null;
    }
    return this.current;
  }

  get figures(): BalanceFigures {
    return this.draft ?? this.current;
  }

  apply(event: VolunteerEvent): void {
    const timeZone = this.timeZone;
    switch (event.type) {
      case 'VolunteerRegistered':
        return;
      case 'VolunteerCheckedIn':
        return this.put(event.data.sessionId, () => ({
          state: 'open',
          minutes: 0,
          year: calendarYear(openSessionServiceStart(event.data.activity, event.data.checkedInAt), timeZone),
          category: event.data.activity.category,
        }));
      case 'VolunteerCheckedOut':
      case 'SessionCheckOutMissed':
        return this.change(event.data.sessionId, (session) => ({
          ...session,
          state: 'pending',
          minutes: event.data.measuredMinutes,
          year: calendarYear(event.data.serviceStart, timeZone),
        }));
      case 'ManualSessionRecorded':
        return this.put(event.data.sessionId, () => ({
          state: 'pending',
          minutes: event.data.minutes,
          year: calendarYear(event.data.startedAt, timeZone),
          category: event.data.activity.category,
        }));
      case 'SessionConfirmed':
        return this.change(event.data.sessionId, (session) => ({
          ...session,
          state: 'confirmed',
          minutes: event.data.minutes,
        }));
      case 'SessionCorrected':
        return this.change(event.data.sessionId, (session) => ({ ...session, minutes: event.data.minutes }));
      case 'SessionObjected':
        return this.change(event.data.sessionId, (session) => ({
          ...session,
          state: 'pending',
          minutes: event.data.objectedMinutes,
        }));
      case 'SessionRejected':
        return this.change(event.data.sessionId, (session) => ({
          ...session,
          state: 'rejected',
          minutes: 0,
        }));
      case 'SessionRevoked':
        return this.change(event.data.sessionId, (session) => ({ ...session, state: 'revoked', minutes: 0 }));
      default:
        return assertNever(event);
    }
  }

  private put(sessionId: string, session: () => BalanceSession): void {
    const owned = this.own();
    this.replace(owned, sessionId, entryOf(owned.sessions, sessionId), session());
  }

  private change(sessionId: string, change: (session: BalanceSession) => BalanceSession): void {
    const before = entryOf(this.draft?.sessions ?? this.current.sessions, sessionId);
    if (!before) return;
    this.replace(this.own(), sessionId, before, change(before));
  }

  /** Takes the old figure of one session out of the totals and puts the new one in: O(1) per event. */
  private replace(
    owned: OwnedBalance,
    sessionId: string,
    before: BalanceSession | undefined,
    after: BalanceSession,
  ): void {
    if (before) tally(owned, before, -1);
    tally(owned, after, 1);
    const { sessions } = owned; // prototype-less: any id is a plain key
    sessions[sessionId] = after;
  }

  private own(): OwnedBalance {
    this.draft ??= {
      volunteerId: this.current.volunteerId,
      confirmedMinutes: this.current.confirmedMinutes,
      pendingMinutes: this.current.pendingMinutes,
      byYear: Object.assign(emptyDictionary<number>(), this.current.byYear),
      byCategory: Object.assign(emptyDictionary<number>(), this.current.byCategory),
      sessions: Object.assign(emptyDictionary<BalanceSession>(), this.current.sessions),
    };
    return this.draft;
  }
}

function tally(owned: OwnedBalance, session: BalanceSession, sign: 1 | -1): void {
  const minutes = sign * session.minutes;
  if (session.state === 'pending') owned.pendingMinutes += minutes;
  if (session.state !== 'confirmed') return;
  owned.confirmedMinutes += minutes;
  addTo(owned.byYear, session.year, minutes);
  addTo(owned.byCategory, session.category, minutes);
}

function assertNever(value: never): never {
  throw new Error(`Unhandled event ${JSON.stringify(value)}`);
}
