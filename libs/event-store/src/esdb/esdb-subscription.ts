import { type AllStreamSubscription } from '@eventstore/db-client';
import { type RecordedEvent, type Subscription } from '../event-store.port.js';
import { isSystemEvent, mapEsdbError, toRecordedEvent } from './esdb-mapping.js';

/** EventStoreDB's catch-up subscription to $all, minus system events, as the port's Subscription. */
export class EsdbSubscription implements Subscription {
  private closed = false;
  private iterated = false;

  constructor(
    private readonly inner: AllStreamSubscription,
    /** Exclusive start, in port positions; the server already starts after it, this only guards. */
    private readonly after: number,
    private readonly onClose: () => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterated) throw new Error('A subscription can be iterated only once');
    this.iterated = true;
    return this.events();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    await this.inner.unsubscribe().catch(() => undefined);
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    try {
      for await (const resolved of this.inner) {
        if (this.closed) return;
        const event = resolved.event;
        if (!event || isSystemEvent(event)) continue;
        const recorded = toRecordedEvent(event);
        if (recorded.position <= this.after) continue;
        yield recorded;
      }
    } catch (error) {
      // Unsubscribing cancels the call, which the stream may report as an error.
      if (!this.closed) throw mapEsdbError(error);
    } finally {
      await this.close();
    }
  }
}
