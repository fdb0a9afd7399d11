import {
  DuplicateEventIdError,
  type EventData,
  type ExpectedRevision,
  type RequestKey,
  type StreamRevision,
} from '../event-store.port.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One caller's append, validated and serialised up front so a bad one fails alone, before any grouping. */
export interface AppendRequest {
  readonly stream: string;
  readonly expected: ExpectedRevision;
  readonly weight: number;
  /** Other streams read for the decision, checked unchanged by the append. */
  readonly reads: readonly StreamRevision[];
  /** `{"s": stream, "x": expected, "e": [events], "k": request key, "u": reads}` as es_append expects it. */
  readonly json: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toAppendRequest(
  stream: string,
  events: readonly EventData[],
  expected: ExpectedRevision,
  requestKey?: RequestKey,
  reads: readonly StreamRevision[] = [],
): AppendRequest {
  if (typeof stream !== 'string' || stream.length === 0)
    throw new TypeError('A stream name must be a non-empty string');
  if (typeof expected === 'number' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new TypeError(`Expected revision must be a non-negative integer, got ${expected}`);
  }
  if (
    requestKey !== undefined &&
    !(
      typeof requestKey.keyHash === 'string' &&
      requestKey.keyHash.length > 0 &&
      typeof requestKey.requestHash === 'string' &&
      requestKey.requestHash.length > 0
    )
  ) {
    throw new TypeError('A request key needs a key hash and a request hash');
  }
  for (const read of reads) {
    if (typeof read.stream !== 'string' || read.stream.length === 0)
      throw new TypeError('A stream read needs a stream name');
    if (!(Number.isSafeInteger(read.revision) && read.revision >= -1))
      throw new TypeError(`A stream read needs a revision of -1 or more, got ${read.revision}`);
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (typeof event.id !== 'string' || !UUID.test(event.id))
      throw new TypeError(`Event id ${String(event.id)} is not a UUID`);
    if (typeof event.type !== 'string' || event.type.length === 0)
      throw new TypeError('An event type must be a non-empty string');
    if (!isPlainObject(event.data) || !isPlainObject(event.metadata)) {
      throw new TypeError(`Event ${event.id}: data and metadata must be objects`);
    }
    const id = event.id.toLowerCase();
    if (seen.has(id)) throw new DuplicateEventIdError(stream, event.id);
    seen.add(id);
  }
  const json = JSON.stringify({
    s: stream,
    x: String(expected),
    e: events.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
    ...(requestKey === undefined ? {} : { k: { h: requestKey.keyHash, r: requestKey.requestHash } }),
    ...(reads.length === 0 ? {} : { u: reads.map((read) => ({ s: read.stream, v: read.revision })) }),
  });
  return { stream, expected, reads, weight: events.length, json };
}
