import { type RecordedEvent, type Subscription } from '../event-store.port.js';
import { type ChangeSignal } from './change-signal.js';

export interface CatchUpSource {
  /** Events after `fromPosition` in global order; must never skip a committed position below one it returns. */
  readPage(fromPosition: number, maxCount: number): Promise<RecordedEvent[]>;
  /** Called once before the first read, e.g. to start listening for notifications. */
  prepare?(): Promise<void>;
}

export interface CatchUpOptions {
  readonly fromPosition: number;
  readonly pageSize: number;
  readonly pollIntervalMs: number;
  readonly onClose?: () => void;
}

/**
 * Catch-up then live over a paged read: reads pages after the last delivered position until a page comes
 * back short, then waits for a change signal (or the polling interval) and reads again. Memory stays at
 * one page; order and exactly-once delivery come from the source's skip-free reads.
 */
export class CatchUpSubscription implements Subscription {
  private readonly stop = new AbortController();
  private iterated = false;

  constructor(
    private readonly source: CatchUpSource,
    private readonly signal: ChangeSignal,
    private readonly options: CatchUpOptions,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterated) throw new Error('A subscription can be iterated only once');
    this.iterated = true;
    return this.events();
  }

  async close(): Promise<void> {
    if (this.stop.signal.aborted) return;
    this.stop.abort();
    this.options.onClose?.();
  }

  private async *events(): AsyncGenerator<RecordedEvent> {
    const { pageSize, pollIntervalMs } = this.options;
    let position = this.options.fromPosition;
    try {
      if (this.stop.signal.aborted) return;
      await this.source.prepare?.();
      while (!this.stop.signal.aborted) {
        const seen = this.signal.current;
        const page = await this.source.readPage(position, pageSize);
        for (const event of page) {
          if (this.stop.signal.aborted) return;
          position = event.position;
          yield event;
        }
        if (page.length < pageSize) await this.signal.wait(seen, pollIntervalMs, this.stop.signal);
      }
    } catch (error) {
      // A read cut short by closing (the database client may close right after) is not a failure.
      if (!this.stop.signal.aborted) throw error;
    } finally {
      // A consumer that breaks out of for-await ends the subscription too.
      await this.close();
    }
  }
}
