import {
  ANY,
  type AppendExpectedRevision,
  ErrorType,
  NO_STREAM,
  type Position,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
  START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  EventStoreUnavailableError,
  type ExpectedRevision,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../event-store.port.js';

/*
 * Positions: the port's position is EventStoreDB's commit position + 1, so 0 stays "before everything"
 * even though the first event in $all sits at commit position 0. Events appended over gRPC are written as
 * implicit transactions whose records each carry their own log position as commit and prepare position,
 * so commit + 1 is unique per event and maps back to { commit, prepare } = position - 1.
 */
export function toPortPosition(position: Position | undefined): number {
  // Stream reads on older servers carry no position (or 2^64 - 1); the port's "unknown" is 0.
  if (!position || position.commit >= BigInt(Number.MAX_SAFE_INTEGER)) return 0;
  return Number(position.commit) + 1;
}

/** The EventStoreDB position of the event at port position `position`, or START for 0. */
export function toReadPosition(position: number): ReadPosition {
  if (position <= 0) return START;
  const logPosition = BigInt(position - 1);
  return { commit: logPosition, prepare: logPosition };
}

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** $-prefixed streams and types are EventStoreDB's own (stats, settings, links), never ledger events. */
export function isSystemEvent(event: EsdbRecordedEvent): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
    ? (value as Record<string, unknown>)
    : {};
}

export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  return {
    id: event.id,
    type: event.type,
    data: asObject(event.data),
    metadata: asObject(event.metadata),
    streamName: event.streamId,
    revision: Number(event.revision),
    position: toPortPosition(event.position),
    createdAt: event.created,
  };
}

const UNAVAILABLE_TYPES: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
]);

/** The client's errors as the port's: concurrency conflicts and unavailability are typed, the rest kept. */
export function mapEsdbError(error: unknown, stream?: string, expected?: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError && stream !== undefined && expected !== undefined) {
    const actual = error.actualVersion === NO_STREAM ? 'no_stream' : Number(error.actualVersion);
    return new WrongExpectedRevisionError(stream, expected, actual);
  }
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && UNAVAILABLE_TYPES.has(type)) {
    return new EventStoreUnavailableError(`EventStoreDB unavailable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return error;
}
