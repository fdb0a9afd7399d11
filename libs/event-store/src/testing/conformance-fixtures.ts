import { randomUUID } from 'node:crypto';
import { type EventData, type EventStore, type RecordedEvent } from '../event-store.port.js';

/** What each conformance section needs: the suite's store and a way to open more on the same data. */
export interface ConformanceContext {
  readonly store: () => EventStore;
  /** Another store on the same database (another pool, another process in real life); closed by the suite. */
  readonly open: () => Promise<EventStore>;
  readonly options: ConformanceOptions;
}

export interface ConformanceOptions {
  /** EventStoreDB lets one event id live in two streams; the SQL store refuses it. */
  readonly rejectsDuplicateIdsElsewhere: boolean;
  /** Size of the concurrent-append test. */
  readonly concurrentWriters: number;
  readonly appendsPerWriter: number;
}

/** A stream name no other test (or earlier run against a long-lived server) has used. */
export function uniqueStream(prefix = 'conformance'): string {
  return `${prefix}-${randomUUID()}`;
}

export function newEvent(
  data: Record<string, unknown> = { value: 1 },
  type = 'ConformanceEventRecorded',
): EventData {
  return { id: randomUUID(), type, data, metadata: { correlationId: randomUUID() } };
}

export function newEvents(count: number): EventData[] {
  return Array.from({ length: count }, (_, index) => newEvent({ index }));
}

/** The rejection of a promise, or a failure when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

/** The next `count` events of an iterator, failing after timeoutMs rather than hanging the suite. */
export async function take(
  iterator: AsyncIterator<RecordedEvent>,
  count: number,
  timeoutMs = 15000,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Received ${events.length} of ${count} events in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    while (events.length < count) {
      const next = await Promise.race([iterator.next(), timeout]);
      if (next.done) throw new Error(`Subscription ended after ${events.length} of ${count} events`);
      events.push(next.value);
    }
    return events;
  } finally {
    clearTimeout(timer);
  }
}

/** Everything after `fromPosition`, read in small pages to exercise paging. */
export async function readAllAfter(
  store: EventStore,
  fromPosition: number,
  pageSize = 1000,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let position = fromPosition;
  for (;;) {
    const page = await store.readAll({ fromPosition: position, maxCount: pageSize });
    events.push(...page);
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return events;
    position = last.position;
  }
}
