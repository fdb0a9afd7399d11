import { type EventData, type EventStore, type RecordedEvent } from '../event-store.port.js';
import { type ConformanceContext, newEvent, readAllAfter, uniqueStream } from './conformance-fixtures.js';

interface WriterLog {
  /** Own streams with the ids appended to each, in order. */
  readonly streams: Map<string, string[]>;
  readonly ids: string[];
}

/** One writer: exact revisions on streams of its own, and every fourth append to a shared stream with any. */
async function runWriter(
  store: EventStore,
  appends: number,
  sharedStreams: readonly string[],
): Promise<WriterLog> {
  const streams = new Map(Array.from({ length: 6 }, () => [uniqueStream('concurrent'), [] as string[]]));
  const names = [...streams.keys()];
  const ids: string[] = [];
  for (let index = 0; index < appends; index += 1) {
    const events: EventData[] = Array.from({ length: 1 + (index % 3) }, () => newEvent({ index }));
    if (index % 4 === 3) {
      await store.append(sharedStreams[index % sharedStreams.length]!, events, 'any');
    } else {
      const stream = names[index % names.length]!;
      const log = streams.get(stream)!;
      await store.append(stream, events, log.length === 0 ? 'no_stream' : log.length - 1);
      log.push(...events.map((event) => event.id));
    }
    ids.push(...events.map((event) => event.id));
  }
  return { streams, ids };
}

function assertStrictlyIncreasing(events: readonly RecordedEvent[]): void {
  for (let index = 1; index < events.length; index += 1) {
    if (events[index]!.position <= events[index - 1]!.position) {
      throw new Error(
        `Position ${events[index]!.position} after ${events[index - 1]!.position} at index ${index}`,
      );
    }
  }
}

export function describeConcurrencyConformance({ store, open, options }: ConformanceContext): void {
  describe('concurrent appends', () => {
    it('delivers every event to a live subscriber exactly once, in position order, matching readAll', async () => {
      const { concurrentWriters, appendsPerWriter } = options;
      // Writers on several stores (separate connections where the database has them) commit truly
      // concurrently; the subscriber on yet another store hears of them only through the database.
      const writerStores = [store(), ...(await Promise.all([open(), open(), open()]))];
      const reader = await open();
      const from = await reader.headPosition();
      const subscription = reader.subscribeToAll({ fromPosition: from });
      const received: RecordedEvent[] = [];
      let expectedTotal = Number.POSITIVE_INFINITY;
      let allReceived: () => void = () => undefined;
      const receivedAll = new Promise<void>((resolve) => (allReceived = resolve));
      const consuming = (async () => {
        for await (const event of subscription) {
          received.push(event);
          if (received.length >= expectedTotal) allReceived();
        }
      })();

      const shared = [uniqueStream('shared'), uniqueStream('shared')];
      const logs = await Promise.all(
        Array.from({ length: concurrentWriters }, (_, writer) =>
          runWriter(writerStores[writer % writerStores.length]!, appendsPerWriter, shared),
        ),
      );
      const written = logs.flatMap((log) => log.ids);
      expectedTotal = written.length;
      if (received.length >= expectedTotal) allReceived();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        receivedAll.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 30_000))),
      ]);
      clearTimeout(timer);
      await subscription.close();
      await consuming;

      const receivedIds = received.map((event) => event.id);
      const receivedSet = new Set(receivedIds);
      const missing = written.filter((id) => !receivedSet.has(id));
      expect({ timedOut, missing: missing.length }).toEqual({ timedOut: false, missing: 0 });
      expect(receivedSet.size).toBe(received.length);
      assertStrictlyIncreasing(received);
      const all = await readAllAfter(reader, from, 700);
      expect(received.map((event) => [event.id, event.position])).toEqual(
        all.map((event) => [event.id, event.position]),
      );
      expect(all).toHaveLength(written.length);

      for (const log of logs) {
        for (const [stream, ids] of log.streams) {
          const events = await reader.readStream(stream);
          expect(events.map((event) => event.id)).toEqual(ids);
          expect(events.map((event) => event.revision)).toEqual(ids.map((_, revision) => revision));
        }
      }
      const sharedRevisions = (await Promise.all(shared.map((stream) => reader.readStream(stream)))).map(
        (events) => events.map((event) => event.revision),
      );
      for (const revisions of sharedRevisions) expect(revisions).toEqual(revisions.map((_, index) => index));
    }, 60_000);
  });
}
