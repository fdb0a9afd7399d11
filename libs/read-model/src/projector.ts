import { decodeEvent, type UpcasterRegistry } from '@vl/domain';
import { type EventStore, type RecordedEvent } from '@vl/event-store';
import { type SqlClient, type SqlExecutor } from '@vl/sql';
import { projectLedgerEvent } from './projections/ledger-projection.js';
import { refreshBalances } from './projections/balance-projection.js';
import { type ProjectedEvent, type ProjectionBatch } from './projections/projection-context.js';
import { isBatchedEvent, refreshBalancesGrouped, SetBasedRun } from './projections/set-based-projection.js';
import { READ_MODEL_TABLES } from './migrations.js';
import { setImmediate as turn } from 'node:timers/promises';

export interface ProjectorOptions {
  readonly timeZone: string;
  /**
   * Events per batch, fixed. Without it the batch size adapts: it doubles while full batches commit quickly
   * (up to 5,000, 1,000 on PGlite) and halves when one takes long, so a rebuild writes few large batches and a live
   * projector stays prompt.
   */
  readonly batchSize?: number;
  /** How long to sleep when the store has nothing new. */
  readonly idleMs?: number;
  readonly name?: string;
  readonly onError?: (error: unknown) => void;
  /** The upcasters stored events are decoded through; default the ledger's own (`LEDGER_UPCASTERS`). */
  readonly upcasters?: UpcasterRegistry;
  /**
   * Called when the loop finds nothing new after projecting events, with how many it projected since it
   * was last idle: a start after downtime or a rebuild ends here.
   */
  readonly onCaughtUp?: (projected: number) => void;
}

const DEFAULT_NAME = 'ledger';
const MIN_BATCH = 200;
const START_BATCH = 500;
const MAX_BATCH = 5000;
/**
 * PGlite keeps the high-water mark of its WebAssembly heap for good, and a batch's statements (the events
 * as one JSON parameter, the rows they fold into) set it: 5,000 events grew it by 36 MiB over 200,000
 * events, 1,000 by 18, at the same speed.
 */
const MAX_BATCH_EMBEDDED = 1000;
/** A full batch committed faster than this grows the next one; one slower than four times this shrinks it. */
const TARGET_BATCH_MS = 250;

/**
 * Follows the event store in global order and keeps the read models. Each batch of events and the
 * checkpoint after it are written in one transaction, so a crash never loses or double-counts a minute.
 */
export class Projector {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private position = 0;
  /** Events projected since the loop last found nothing new. */
  private projectedSinceIdle = 0;
  private readonly name: string;
  private batchSize: number;
  private readonly adaptive: boolean;
  private readonly maxBatch: number;
  private readonly idleMs: number;
  private readonly progressListeners = new Set<(position: number) => void>();

  constructor(
    private readonly sql: SqlClient,
    private readonly store: EventStore,
    private readonly options: ProjectorOptions,
  ) {
    this.name = options.name ?? DEFAULT_NAME;
    this.batchSize = options.batchSize ?? START_BATCH;
    this.adaptive = options.batchSize === undefined;
    this.maxBatch = sql.dialect === 'pglite' ? MAX_BATCH_EMBEDDED : MAX_BATCH;
    this.idleMs = options.idleMs ?? 20;
  }

  get checkpoint(): number {
    return this.position;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.position = await readCheckpoint(this.sql, this.name);
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  /** Processes everything appended so far; for tests, the CLI and benchmarks. */
  async catchUp(): Promise<number> {
    this.position = await readCheckpoint(this.sql, this.name);
    for (;;) {
      const events = await this.store.readAll({ fromPosition: this.position, maxCount: this.batchSize });
      if (events.length === 0) return this.position;
      await this.applyBatch(events);
      await turn();
    }
  }

  /** Empties the read models and replays the store from position 0. */
  async rebuild(): Promise<number> {
    await this.stop();
    await this.sql.transaction(async (tx) => {
      await tx.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
      await tx.query(`delete from rm_checkpoints where name = $1`, [this.name]);
    });
    this.position = 0;
    return this.catchUp();
  }

  /** Calls `listener` with the checkpoint after every batch committed. */
  onProgress(listener: (position: number) => void): void {
    this.progressListeners.add(listener);
  }

  /** Nudges the loop after an append made in this process, so reads catch up without waiting a poll. */
  notify(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const events = await this.store.readAll({ fromPosition: this.position, maxCount: this.batchSize });
        if (events.length > 0) {
          await this.applyBatch(events);
          this.projectedSinceIdle += events.length;
          // Embedded PGlite answers on the microtask queue, so a catch-up that never waited would hold off
          // every timer and request of the process until it ended; one turn of the event loop per batch.
          await turn();
          continue;
        }
        if (this.projectedSinceIdle > 0) {
          this.options.onCaughtUp?.(this.projectedSinceIdle);
          this.projectedSinceIdle = 0;
        }
      } catch (error) {
        this.options.onError?.(error);
        await this.sleep(Math.max(this.idleMs, 1000));
        continue;
      }
      await this.sleep(this.idleMs);
    }
  }

  private adapt(events: number, elapsedMs: number): void {
    if (events >= this.batchSize && elapsedMs < TARGET_BATCH_MS) {
      this.batchSize = Math.min(this.maxBatch, this.batchSize * 2);
    } else if (elapsedMs > 4 * TARGET_BATCH_MS) {
      this.batchSize = Math.max(MIN_BATCH, Math.floor(this.batchSize / 2));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async applyBatch(events: readonly RecordedEvent[]): Promise<void> {
    const last = events[events.length - 1];
    if (!last) return;
    const started = performance.now();
    await this.sql.transaction(async (tx) => {
      // Set-based statements are planned in microseconds; compiling them would cost more than running them.
      if (this.sql.dialect === 'postgres') await tx.query('set local jit = off');
      await projectEvents(tx, events, this.options);
      await tx.query(
        `insert into rm_checkpoints (name, position) values ($1, $2)
         on conflict (name) do update set position = excluded.position`,
        [this.name, last.position],
      );
    });
    this.position = last.position;
    if (this.adaptive) this.adapt(events.length, performance.now() - started);
    for (const listener of this.progressListeners) listener(last.position);
  }
}

type StoredEvent = Pick<RecordedEvent, 'id' | 'position' | 'type' | 'data' | 'metadata'>;

/**
 * Applies stored events, in global order, to the read models and refreshes the balances they touched.
 * Runs of the event types the set-based projection knows are folded in memory and written with one
 * statement per table; any other event is written by its own projection, after the run before it, so
 * every event sees the rows of all events before it.
 */
export async function projectEvents(
  tx: SqlExecutor,
  events: readonly StoredEvent[],
  options: Pick<ProjectorOptions, 'timeZone' | 'upcasters'>,
): Promise<void> {
  const batch: ProjectionBatch = { tx, timeZone: options.timeZone, touchedVolunteers: new Map() };
  const run = new SetBasedRun(options.timeZone, batch.touchedVolunteers);
  for (const recorded of events) {
    const decoded = decodeEvent(recorded, options.upcasters);
    if (!decoded) continue;
    const projected: ProjectedEvent = { id: recorded.id, position: recorded.position, ...decoded };
    if (isBatchedEvent(projected.event)) {
      run.add(projected);
      continue;
    }
    await run.flush(tx);
    await projectLedgerEvent(batch, projected);
  }
  await run.flush(tx);
  await refreshBalancesGrouped(tx, batch.touchedVolunteers);
}

/**
 * The reference projection: one statement per event and a balance recompute per volunteer. The set-based
 * path must write exactly its rows (the checksum suite compares them table by table).
 */
export async function projectEventsOneByOne(
  tx: SqlExecutor,
  events: readonly StoredEvent[],
  options: Pick<ProjectorOptions, 'timeZone' | 'upcasters'>,
): Promise<void> {
  const batch: ProjectionBatch = { tx, timeZone: options.timeZone, touchedVolunteers: new Map() };
  for (const recorded of events) {
    const decoded = decodeEvent(recorded, options.upcasters);
    if (!decoded) continue;
    await projectLedgerEvent(batch, { id: recorded.id, position: recorded.position, ...decoded });
  }
  await refreshBalances(tx, batch.touchedVolunteers);
}

export async function readCheckpoint(sql: SqlClient, name: string = DEFAULT_NAME): Promise<number> {
  const { rows } = await sql.query<{ position: number | string }>(
    `select position from rm_checkpoints where name = $1`,
    [name],
  );
  return rows[0] ? Number(rows[0].position) : 0;
}
