import { DomainError } from './shared/errors.js';
import { ID_PATTERN } from './shared/event.js';

/** A command: an imperative `type` tag and its payload, shaped like a DomainEvent. */
export interface DomainCommand<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The three parts of every consistency boundary. `decide` either returns the events a command causes or
 * throws a DomainError; `evolve` never throws, so any stored history can be folded back into state.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  /** The same as evolving event by event, where a decider can fold a whole history faster. */
  fold?(state: State, events: readonly Event[]): State;
  /**
   * For a state one owner keeps and folds on command after command: `fold` writes the given state's records
   * in place rather than copying them (the same result as `fold` otherwise), and `detach` copies a state
   * so that such a fold never changes what it gave away.
   */
  readonly owned?: OwnedFold<Event, State>;
}

export interface OwnedFold<Event, State> {
  fold(state: State, events: readonly Event[]): State;
  detach(state: State): State;
}

/** Folds a stream's events into the decider's state, starting from its initial state. */
export function evolveAll<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: readonly Event[],
): State {
  if (decider.fold) return decider.fold(decider.initialState, events);
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState);
}

// Guards shared by every decider's command input. Each names the request field at fault.

export function requireId(value: string, field: string): string {
  if (!ID_PATTERN.test(value)) {
    throw new DomainError('VALIDATION_FAILED', `${field} must match ${ID_PATTERN.source}`, field);
  }
  return value;
}

/** Trimmed text of 1..maxLength characters. */
export function requireText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0) throw new DomainError('VALIDATION_FAILED', `${field} must not be empty`, field);
  if (text.length > maxLength) {
    throw new DomainError('VALIDATION_FAILED', `${field} must be at most ${maxLength} characters`, field);
  }
  return text;
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new DomainError('VALIDATION_FAILED', `${field} must be one of ${allowed.join(', ')}`, field);
  }
  return found;
}

export function requireWholeMinutes(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `${field} must be a whole number of minutes, 0 or more`,
      field,
    );
  }
  return value;
}

// ISO 8601 with a mandatory offset: a bare local time would be ambiguous across time zones.
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO 8601 instant with an offset into epoch milliseconds. */
export function requireInstant(value: string, field: string): number {
  const match = INSTANT_PATTERN.exec(value);
  const epochMs = match ? Date.parse(value) : Number.NaN;
  // Date.parse rolls 30 February over into March; a real calendar date is checked separately.
  if (
    !match ||
    Number.isNaN(epochMs) ||
    !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
  ) {
    throw new DomainError('VALIDATION_FAILED', `${field} must be an ISO 8601 instant with an offset`, field);
  }
  return epochMs;
}

/** The canonical stored form of an instant: UTC, millisecond precision. */
export function toUtcIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A YYYY-MM-DD string naming a real day (no 30 February). */
export function requireCalendarDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new DomainError('VALIDATION_FAILED', `${field} must be a real date in the form YYYY-MM-DD`, field);
  }
  return value;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
