import { type SqlClient } from '@vl/sql';
import { readCheckpoint } from '../projector.js';

export class ReadModelBehindError extends Error {
  override readonly name = 'ReadModelBehindError';

  constructor(
    readonly minPosition: number,
    readonly position: number,
  ) {
    super(`The read model is at position ${position}, behind the requested ${minPosition}`);
  }
}

/** A `minPosition` the store has not reached: no wait can ever satisfy it. */
export class MinPositionAheadError extends Error {
  override readonly name = 'MinPositionAheadError';

  constructor(
    readonly minPosition: number,
    readonly head: number,
  ) {
    super(`minPosition ${minPosition} is beyond the ledger's last position ${head}`);
  }
}

interface Waiter {
  readonly minPosition: number;
  readonly resolve: (position: number) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Lets a client read its own writes: waits, bounded, until the projector has reached a position. All
 * waiting reads share one wait: the in-process projector reports each batch, and while anyone waits one
 * poller reads the checkpoint for all of them (for a projector in another process).
 */
export class ReadModelStatus {
  private readonly waiters = new Set<Waiter>();
  private polling = false;
  private known = 0;

  constructor(
    private readonly sql: SqlClient,
    /** The event store's last position, to refuse at once a wait that can never end. */
    private readonly head?: () => Promise<number>,
    private readonly pollMs = 10,
  ) {}

  async position(): Promise<number> {
    const position = await readCheckpoint(this.sql);
    this.advanced(position);
    return position;
  }

  /** The projector reached `position` (called after each batch it commits, and by every read of it). */
  advanced(position: number): void {
    this.known = position;
    for (const waiter of this.waiters) {
      if (position >= waiter.minPosition) this.settle(waiter, position);
    }
  }

  async waitFor(minPosition: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    const position = await this.position();
    if (position >= minPosition) return position;
    if (this.head !== undefined) {
      const head = await this.head();
      if (minPosition > head) throw new MinPositionAheadError(minPosition, head);
    }
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = {
        minPosition,
        resolve,
        timer: setTimeout(
          () => {
            this.waiters.delete(waiter);
            reject(new ReadModelBehindError(minPosition, this.known));
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      this.waiters.add(waiter);
      if (this.known >= minPosition) this.settle(waiter, this.known);
      else this.poll();
    });
  }

  /** How many reads are waiting now. */
  get waiting(): number {
    return this.waiters.size;
  }

  private settle(waiter: Waiter, position: number): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.resolve(position);
  }

  private poll(): void {
    if (this.polling) return;
    this.polling = true;
    void (async () => {
      while (this.waiters.size > 0) {
        try {
          this.advanced(await readCheckpoint(this.sql));
        } catch {
          // The store is away: the waits run out on their own timers and answer 503.
        }
        if (this.waiters.size > 0) await new Promise((resolve) => setTimeout(resolve, this.pollMs));
      }
      this.polling = false;
    })();
  }
}
