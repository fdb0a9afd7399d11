import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  jsonEvent,
  type ReadPosition,
  StreamDeletedError,
  StreamNotFoundError,
} from '@eventstore/db-client';
import {
  type AppendOptions,
  type AppendResult,
  type EventData,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port.js';
import {
  isSystemEvent,
  mapEsdbError,
  toEsdbExpectedRevision,
  toPortPosition,
  toReadPosition,
  toRecordedEvent,
} from './esdb-mapping.js';
import { EsdbSubscription } from './esdb-subscription.js';

/**
 * The event store on EventStoreDB. Its semantics are the port's model, so this is mostly translation:
 * bigint revisions to numbers, positions to commit + 1, system events hidden.
 */
export class EsdbEventStore implements EventStore {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly client: EventStoreDBClient) {}

  /** Connects lazily: the first call reaches the server. `url` is a connection string (esdb://...). */
  static connect(url: string): EsdbEventStore {
    return new EsdbEventStore(EventStoreDBClient.connectionString(url));
  }

  async append(
    stream: string,
    events: readonly EventData[],
    expectedRevision: ExpectedRevision,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    // EventStoreDB has no transaction around an append and another table: the API claims such keys first.
    if (options.requestKey !== undefined) throw new Error('EventStoreDB appends do not bind request keys');
    if ((options.unchangedReads ?? []).length > 0)
      throw new Error('EventStoreDB appends do not check the streams a decision read');
    try {
      const result = await this.client.appendToStream(
        stream,
        events.map(({ id, type, data, metadata }) => jsonEvent({ id, type, data, metadata })),
        { expectedRevision: toEsdbExpectedRevision(expectedRevision) },
      );
      const revision = Number(result.nextExpectedRevision);
      // An idempotent repeat is answered without a position; the original events still have theirs.
      const position = result.position
        ? toPortPosition(result.position)
        : await this.positionOf(stream, revision);
      return { nextExpectedRevision: revision, position };
    } catch (error) {
      throw mapEsdbError(error, stream, expectedRevision);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(stream, {
        fromRevision: BigInt(options.fromRevision ?? 0),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read) {
        if (resolved.event) events.push(toRecordedEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return [];
      throw mapEsdbError(error);
    }
    return events;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let seenThrough = options.fromPosition ?? 0;
    // Reading starts at (inclusive) the last position seen and skips it, so pages never overlap.
    let cursor: ReadPosition = toReadPosition(seenThrough);
    try {
      while (events.length < options.maxCount) {
        const pageSize = options.maxCount - events.length + 1;
        let received = 0;
        let lastSeen = seenThrough;
        for await (const resolved of this.client.readAll({ fromPosition: cursor, maxCount: pageSize })) {
          received += 1;
          const event = resolved.event;
          if (!event) continue;
          const position = toPortPosition(event.position);
          if (position <= seenThrough) continue;
          lastSeen = position;
          if (isSystemEvent(event)) continue;
          events.push(toRecordedEvent(event));
          if (events.length >= options.maxCount) break;
        }
        if (received < pageSize || lastSeen === seenThrough) break;
        seenThrough = lastSeen;
        cursor = toReadPosition(lastSeen);
      }
    } catch (error) {
      throw mapEsdbError(error);
    }
    return events;
  }

  async headPosition(): Promise<number> {
    try {
      for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END })) {
        if (resolved.event && !isSystemEvent(resolved.event)) return toPortPosition(resolved.event.position);
      }
    } catch (error) {
      throw mapEsdbError(error);
    }
    return 0;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const fromPosition = options.fromPosition ?? 0;
    const inner = this.client.subscribeToAll({
      fromPosition: toReadPosition(fromPosition),
      filter: excludeSystemEvents(),
    });
    const subscription: Subscription = new EsdbSubscription(inner, fromPosition, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async positionOf(stream: string, revision: number): Promise<number> {
    const [event] = await this.readStream(stream, { fromRevision: revision, maxCount: 1 });
    return event?.position ?? 0;
  }
}
