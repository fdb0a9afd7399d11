import { decodeEvent, type UpcasterRegistry } from '@vl/domain';
import { type EventStore, type RecordedEvent } from '@vl/event-store';
import { type SqlClient, type SqlExecutor } from '@vl/sql';
import { projectLedgerEvent } from './projections/ledger-projection.js';
import { refreshBalances } from './projections/balance-projection.js';
import { type ProjectionBatch } from './projections/projection-context.js';
import { READ_MODEL_TABLES } from './migrations.js';

export interface ProjectorOptions {
  readonly timeZone: string;
  readonly batchSize?: number;
  /** How long to sleep when the store has nothing new. */
  readonly idleMs?: number;
  readonly name?: string;
  readonly onError?: (error: unknown) => void;
  /** The upcasters stored events are decoded through; default the ledger's own (`LEDGER_UPCASTERS`). */
  readonly upcasters?: UpcasterRegistry;
}

const DEFAULT_NAME = 'ledger';

/**
 * Follows the event store in global order and keeps the read models. Each batch of events and the
 * checkpoint after it are written in one transaction, so a crash never loses or double-counts a minute.
 */
export class Projector {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private position = 0;
  private readonly name: string;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly progressListeners = new Set<(position: number) => void>();

  constructor(
    private readonly sql: SqlClient,
    private readonly store: EventStore,
    private readonly options: ProjectorOptions,
  ) {
    this.name = options.name ?? DEFAULT_NAME;
    this.batchSize = options.batchSize ?? 500;
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
          continue;
        }
      } catch (error) {
        this.options.onError?.(error);
        await this.sleep(Math.max(this.idleMs, 1000));
        continue;
      }
      await this.sleep(this.idleMs);
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
    await this.sql.transaction(async (tx) => {
      await projectEvents(tx, events, this.options);
      await tx.query(
        `insert into rm_checkpoints (name, position) values ($1, $2)
         on conflict (name) do update set position = excluded.position`,
        [this.name, last.position],
      );
    });
    this.position = last.position;
    for (const listener of this.progressListeners) listener(last.position);
  }
}

/** Applies stored events, in global order, to the read models and refreshes the balances they touched. */
export async function projectEvents(
  tx: SqlExecutor,
  events: readonly Pick<RecordedEvent, 'id' | 'position' | 'type' | 'data' | 'metadata'>[],
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
