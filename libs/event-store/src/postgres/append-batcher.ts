import { EventStoreUnavailableError } from '../event-store.port.js';

export interface BatchItem {
  /** How many events the item carries, to cap a group's size. */
  readonly eventCount: number;
}

/** Runs a group; answers one result or refusal per item, in order. Throws only when the whole call failed. */
export type RunBatch<Item, Result> = (items: readonly Item[]) => Promise<Array<Result | Error>>;

export interface AppendBatcherOptions {
  /** Groups allowed in flight at once; later appends wait and are grouped together. */
  readonly maxInFlight: number;
  /** A group closes when it would exceed this many events (a single larger append still goes alone). */
  readonly maxEvents: number;
}

interface Pending<Item, Result> {
  readonly item: Item;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: appends that arrive while a group is being written are sent together as the next group,
 * so concurrent callers share one round trip and one commit. An idle batcher sends at once, so a lone
 * append waits for nobody.
 */
export class AppendBatcher<Item extends BatchItem, Result> {
  private queue: Array<Pending<Item, Result>> = [];
  private inFlight = 0;
  private pumpScheduled = false;

  constructor(
    private readonly run: RunBatch<Item, Result>,
    private readonly options: AppendBatcherOptions,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.pumpScheduled) this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const group = this.takeGroup();
      this.inFlight += 1;
      void this.write(group).finally(() => {
        this.inFlight -= 1;
        this.schedulePump();
      });
    }
  }

  /**
   * After a group completes, its callers typically append again straight away. Waiting one turn of the
   * event loop lets all of them queue up, so the next group is full instead of one lone append followed
   * by everyone else.
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private takeGroup(): Array<Pending<Item, Result>> {
    let events = 0;
    let count = 0;
    for (const pending of this.queue) {
      if (count > 0 && events + pending.item.eventCount > this.options.maxEvents) break;
      events += pending.item.eventCount;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async write(group: Array<Pending<Item, Result>>): Promise<void> {
    try {
      settle(group, await this.run(group.map((pending) => pending.item)));
    } catch (error) {
      if (group.length === 1 || error instanceof EventStoreUnavailableError) {
        for (const pending of group) pending.reject(error);
        return;
      }
      // One bad append (say, a value the database refuses) must not fail its neighbours: retry each alone.
      // Retrying is safe even if the group did commit, because a repeated append is an idempotent no-op.
      for (const pending of group) await this.write([pending]);
    }
  }
}

function settle<Item, Result>(group: Array<Pending<Item, Result>>, results: Array<Result | Error>): void {
  group.forEach((pending, index) => {
    const result = results[index];
    if (result === undefined) pending.reject(new Error('The append produced no result'));
    else if (result instanceof Error) pending.reject(result);
    else pending.resolve(result);
  });
}
