import { EventStoreUnavailableError } from './unavailable-error.js';

export interface GroupItem {
  /** The item's share of a group's size (events, rows); one when not given. */
  readonly weight?: number;
}

/** Runs a group; answers one result or refusal per item, in order. Throws only when the whole call failed. */
export type RunBatch<Item, Result> = (items: readonly Item[]) => Promise<Array<Result | Error>>;

export interface GroupCommitOptions {
  /** Groups allowed in flight at once; later items wait and are grouped together. */
  readonly maxInFlight: number;
  /** A group closes when its weight would exceed this (a single heavier item still goes alone). */
  readonly maxWeight: number;
  /**
   * When idle, send at the end of the current turn (a microtask) instead of at once, so the items one caller
   * submits together (the reads of several streams it needs at once) share a round trip. Off by default.
   */
  readonly coalesceTurn?: boolean;
}

interface Pending<Item, Result> {
  readonly item: Item;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: items (appends, claims) that arrive while a group is being written are sent together as the
 * next group, so concurrent callers share one round trip and one commit. An idle group commit sends at
 * once, so a lone item waits for nobody.
 */
export class GroupCommit<Item extends GroupItem, Result> {
  private queue: Array<Pending<Item, Result>> = [];
  private inFlight = 0;
  private pumpScheduled = false;
  private turnScheduled = false;

  constructor(
    private readonly run: RunBatch<Item, Result>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.pumpScheduled || this.turnScheduled) return;
      if (this.options.coalesceTurn === true && this.inFlight < this.options.maxInFlight) {
        this.turnScheduled = true;
        queueMicrotask(() => {
          this.turnScheduled = false;
          if (!this.pumpScheduled) this.pump();
        });
      } else this.pump();
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
   * After a group completes, its callers typically send again straight away. Waiting one turn of the
   * event loop lets all of them queue up, so the next group is full instead of one lone item followed
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
    let weight = 0;
    let count = 0;
    for (const pending of this.queue) {
      const itemWeight = pending.item.weight ?? 1;
      if (count > 0 && weight + itemWeight > this.options.maxWeight) break;
      weight += itemWeight;
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
      // One bad item (say, a value the database refuses) must not fail its neighbours: retry each alone. A
      // group is one statement, so a failed one changed nothing (and a repeated append is a no-op besides).
      for (const pending of group) await this.write([pending]);
    }
  }
}

function settle<Item, Result>(group: Array<Pending<Item, Result>>, results: Array<Result | Error>): void {
  group.forEach((pending, index) => {
    const result = results[index];
    if (result === undefined) pending.reject(new Error('The group produced no result for an item'));
    else if (result instanceof Error) pending.reject(result);
    else pending.resolve(result);
  });
}
