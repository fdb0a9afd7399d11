/**
 * The event store port, shaped on EventStoreDB's semantics so that the PostgreSQL/PGlite adapter and the
 * EventStoreDB adapter fit it exactly. Revisions count from 0 within a stream; positions are global, start
 * at 1 and only grow, so `fromPosition: 0` means "from the beginning".
 */
export type ExpectedRevision = 'no_stream' | 'any' | 'stream_exists' | number;

export interface EventData {
  /** A UUID. Deterministic where a command can be retried, so a retried append is a no-op. */
  readonly id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export interface RecordedEvent extends EventData {
  readonly streamName: string;
  readonly revision: number;
  readonly position: number;
  readonly createdAt: Date;
}

export interface AppendResult {
  /** The revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** The global position of the last event appended. */
  readonly position: number;
  /**
   * True when these very events (the same ids, in the same place) were stored by an earlier append and
   * this one stored nothing. Only stores that can tell say so.
   */
  readonly repeated?: boolean;
}

/**
 * A client's request, bound to an append: the hash of its Idempotency-Key (with who sent it, where) and
 * the hash of its body. The first append carrying a key binds it to that body, in the same transaction
 * as its events; an append carrying the key with another body is refused (`RequestKeyReusedError`).
 */
export interface RequestKey {
  readonly keyHash: string;
  readonly requestHash: string;
}

/** Another stream a decision was made on, and the revision it was read at (-1: it did not exist). */
export interface StreamRevision {
  readonly stream: string;
  readonly revision: number;
}

export interface AppendOptions {
  readonly requestKey?: RequestKey;
  /**
   * Other streams the decision rests on, at the revisions it read them: the append is refused
   * (`StaleReadError`) unless each is still there, checked in the append's own transaction.
   */
  readonly unchangedReads?: readonly StreamRevision[];
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. */
  readonly fromPosition?: number;
  readonly maxCount: number;
}

export interface SubscribeOptions {
  /** Exclusive: events after this position. */
  readonly fromPosition?: number;
}

/** A catch-up then live subscription in global order. Iterate it; close it to stop. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  /**
   * `options.requestKey` is honoured only by a store with `requestKeyBinding`, and `options.unchangedReads`
   * only by one with `checksReads`; others must not be given them.
   */
  append(
    stream: string,
    events: readonly EventData[],
    expectedRevision: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * The body hash a request key was bound to by an append, or undefined when none bound it. Present only
   * on stores that bind request keys in their appends (PostgreSQL and PGlite).
   */
  requestKeyBinding?(keyHash: string): Promise<string | undefined>;
  /** True on stores that check an append's `unchangedReads` (PostgreSQL and PGlite). */
  readonly checksReads?: boolean;
  /** The stream's events in order; an empty array when the stream does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** The position of the last committed event, 0 when the store is empty. */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';

  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or 'no_stream'. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** A stream an append's decision was made on has moved on since it was read: decide again on a fresh read. */
export class StaleReadError extends Error {
  override readonly name = 'StaleReadError';

  constructor(
    /** The stream appended to. */
    readonly stream: string,
    /** The stream read that moved on, its revision when read, and its revision now (-1: no stream). */
    readonly read: StreamRevision,
    readonly actual: number,
  ) {
    super(`Stream ${stream}: ${read.stream} was read at revision ${read.revision} and is at ${actual} now`);
  }
}

/** An append reused event ids that are already stored, but not as the same append. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';

  constructor(
    readonly stream: string,
    readonly eventId: string,
  ) {
    super(`Stream ${stream}: event id ${eventId} is already stored elsewhere`);
  }
}

/** An append carried a request key already bound to another request body. */
export class RequestKeyReusedError extends Error {
  override readonly name = 'RequestKeyReusedError';

  constructor(readonly stream: string) {
    super(`Stream ${stream}: the request key is bound to another request body`);
  }
}

// A SQL-backed store and the read models share one notion of "unreachable", so the class lives beside the SQL client.
export { EventStoreUnavailableError } from '@vl/sql';
