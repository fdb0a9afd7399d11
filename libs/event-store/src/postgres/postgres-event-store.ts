import {
  type AppendOptions,
  type AppendResult,
  DuplicateEventIdError,
  type EventData,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  RequestKeyReusedError,
  StaleReadError,
  WrongExpectedRevisionError,
} from '../event-store.port.js';
import { GroupCommit, type GroupItem, runMigrations, type SqlClient } from '@vl/sql';
import { CatchUpSubscription } from '../subscription/catch-up-subscription.js';
import { type ChangeSignal, changeSignalFor } from '../subscription/change-signal.js';
import { type AppendRequest, toAppendRequest } from './append-request.js';
import { EVENT_COLUMNS, EVENT_COLUMNS_OF_E, type EventRow, toRecordedEvent } from './event-row.js';
import { APPEND_CHANNEL, EVENT_STORE_MIGRATIONS } from './event-store.migrations.js';

export interface PostgresEventStoreOptions {
  /** Append groups in flight at once (default 1: appends serialise on one lock anyway). */
  readonly maxInFlightBatches?: number;
  /** Events per append group (default 1000). */
  readonly maxBatchEvents?: number;
  /** Stream reads in flight at once (default 1 on PGlite, 4 on PostgreSQL); later ones are grouped. */
  readonly maxInFlightReads?: number;
  /** Events per read while a subscription catches up (default 500). */
  readonly pageSize?: number;
  /** How often a live subscription looks for appends it was not told about (default 1000 ms). */
  readonly pollIntervalMs?: number;
}

/** One caller's read of a stream from a revision on, to its end. */
interface StreamRead extends GroupItem {
  readonly stream: string;
  readonly fromRevision: number;
}

/** Stream reads sent in one statement at most. */
const READ_GROUP_SIZE = 64;

interface AppendOutcomeRow {
  readonly slot: number;
  readonly outcome: 'ok' | 'repeated' | 'wrong_revision' | 'stale_read' | 'duplicate' | 'key_reused';
  readonly stream_revision: number | null;
  readonly stream_position: number | null;
  readonly conflicting_id: string | null;
  readonly stale_stream: string | null;
}

/** The event store on PostgreSQL or PGlite: the same tables and the same es_append function on both. */
export class PostgresEventStore implements EventStore {
  private readonly batcher: GroupCommit<AppendRequest, AppendResult>;
  private readonly reads: GroupCommit<StreamRead, RecordedEvent[]>;
  private readonly signal: ChangeSignal;
  readonly checksReads = true;
  private readonly subscriptions = new Set<Subscription>();
  private listening: Promise<(() => Promise<void>) | undefined> | undefined;
  private closed = false;

  private constructor(
    private readonly sql: SqlClient,
    private readonly options: PostgresEventStoreOptions,
  ) {
    this.signal = changeSignalFor(sql);
    this.batcher = new GroupCommit((requests) => this.appendGroup(requests), {
      maxInFlight: options.maxInFlightBatches ?? 1,
      maxWeight: options.maxBatchEvents ?? 1000,
    });
    this.reads = new GroupCommit((group) => this.readGroup(group), {
      maxInFlight: options.maxInFlightReads ?? (sql.dialect === 'pglite' ? 1 : 4),
      maxWeight: READ_GROUP_SIZE,
      // A command reading several streams at once (the organisations on an activity's path) asks in one turn.
      coalesceTurn: true,
    });
  }

  /** Creates the tables and the append function when missing. Closing the store leaves `sql` open. */
  static async create(sql: SqlClient, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    await runMigrations(sql, 'event-store', EVENT_STORE_MIGRATIONS);
    return new PostgresEventStore(sql, options);
  }

  async append(
    stream: string,
    events: readonly EventData[],
    expectedRevision: ExpectedRevision,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (this.closed) throw new Error('The event store is closed');
    return this.batcher.submit(
      toAppendRequest(stream, events, expectedRevision, options.requestKey, options.unchangedReads),
    );
  }

  async requestKeyBinding(keyHash: string): Promise<string | undefined> {
    const { rows } = await this.sql.query<{ request_hash: string }>(
      `select request_hash from es_request_keys where key_hash = $1`,
      [keyHash],
    );
    return rows[0]?.request_hash;
  }

  /**
   * Reads to a stream's end that arrive while others are in flight go together in one statement (commands
   * read the streams they decide on, often several at once); each caller gets its own stream's events, from
   * a snapshot taken after it asked.
   */
  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined) {
      if (options.maxCount <= 0) return [];
      return this.readOne(stream, options.fromRevision ?? 0, options.maxCount);
    }
    return this.reads.submit({ stream, fromRevision: options.fromRevision ?? 0 });
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    if (options.maxCount <= 0) return [];
    // Skip-free because appends become visible in position order (see event-store.migrations.ts).
    const { rows } = await this.sql.query<EventRow>(
      `select ${EVENT_COLUMNS} from es_events where position > $1 order by position limit $2`,
      [options.fromPosition ?? 0, options.maxCount],
    );
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.sql.query<{ head: number }>(
      `select coalesce(max(position), 0) as head from es_events`,
    );
    return rows[0]?.head ?? 0;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    if (this.closed) throw new Error('The event store is closed');
    const subscription: Subscription = new CatchUpSubscription(
      {
        readPage: (fromPosition, maxCount) => this.readAll({ fromPosition, maxCount }),
        prepare: () => this.listenForAppends(),
      },
      this.signal,
      {
        fromPosition: options.fromPosition ?? 0,
        pageSize: this.options.pageSize ?? 500,
        pollIntervalMs: this.options.pollIntervalMs ?? 1000,
        onClose: () => this.subscriptions.delete(subscription),
      },
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    const unlisten = await this.listening?.catch(() => undefined);
    await unlisten?.();
  }

  private async readOne(
    stream: string,
    fromRevision: number,
    maxCount: number | null,
  ): Promise<RecordedEvent[]> {
    const { rows } = await this.sql.query<EventRow>(
      `select ${EVENT_COLUMNS} from es_events where stream_name = $1 and revision >= $2 order by revision limit $3`,
      [stream, fromRevision, maxCount],
    );
    return rows.map(toRecordedEvent);
  }

  /** The reads of a group in one statement; the same read asked twice is sent once and answered to both. */
  private async readGroup(reads: readonly StreamRead[]): Promise<RecordedEvent[][]> {
    const slotOf = new Map<string, number>();
    const distinct: StreamRead[] = [];
    const slots = reads.map((read) => {
      const key = `${read.fromRevision}:${read.stream}`;
      let slot = slotOf.get(key);
      if (slot === undefined) {
        slot = distinct.push(read) - 1;
        slotOf.set(key, slot);
      }
      return slot;
    });
    const results =
      distinct.length === 1
        ? [await this.readOne(distinct[0]!.stream, distinct[0]!.fromRevision, null)]
        : await this.readDistinct(distinct);
    // Each caller gets an array of its own; the events in it are shared (never changed once read).
    return slots.map((slot) => [...(results[slot] ?? [])]);
  }

  private async readDistinct(reads: readonly StreamRead[]): Promise<RecordedEvent[][]> {
    const { rows } = await this.sql.query<EventRow & { slot: number }>(
      `select r.slot, ${EVENT_COLUMNS_OF_E}
       from unnest($1::text[], $2::bigint[]) with ordinality as r(stream, from_revision, slot)
       join es_events e on e.stream_name = r.stream and e.revision >= r.from_revision
       order by r.slot, e.revision`,
      [reads.map((read) => read.stream), reads.map((read) => read.fromRevision)],
    );
    const results = reads.map((): RecordedEvent[] => []);
    for (const row of rows) results[Number(row.slot) - 1]?.push(toRecordedEvent(row));
    return results;
  }

  private async appendGroup(requests: readonly AppendRequest[]): Promise<Array<AppendResult | Error>> {
    const { rows } = await this.sql.query<AppendOutcomeRow>(
      `select slot, outcome, stream_revision, stream_position, conflicting_id, stale_stream
       from es_append($1::jsonb) order by slot`,
      [`[${requests.map((request) => request.json).join(',')}]`],
    );
    const bySlot = new Map(rows.map((row) => [row.slot, row]));
    const results = requests.map((request, slot) => toAppendResult(request, bySlot.get(slot)));
    if (results.some((result) => !(result instanceof Error))) this.signal.notify();
    return results;
  }

  /** Appends by other processes arrive as NOTIFY; without LISTEN, subscriptions still poll. */
  private async listenForAppends(): Promise<void> {
    if (!this.sql.listen || this.closed) return;
    this.listening ??= this.sql
      .listen(APPEND_CHANNEL, (payload) => {
        if (payload === '' || payload === this.sql.schema) this.signal.notify();
      })
      .catch(() => undefined);
    await this.listening;
  }
}

function toAppendResult(request: AppendRequest, row: AppendOutcomeRow | undefined): AppendResult | Error {
  if (!row) return new Error(`es_append answered no row for stream ${request.stream}`);
  switch (row.outcome) {
    case 'ok':
      return { nextExpectedRevision: row.stream_revision ?? -1, position: row.stream_position ?? 0 };
    case 'repeated':
      return {
        nextExpectedRevision: row.stream_revision ?? -1,
        position: row.stream_position ?? 0,
        repeated: true,
      };
    case 'wrong_revision':
      return new WrongExpectedRevisionError(
        request.stream,
        request.expected,
        row.stream_revision ?? 'no_stream',
      );
    case 'stale_read': {
      const read = request.reads.find((candidate) => candidate.stream === row.stale_stream);
      if (!read) return new Error(`es_append named an unread stream for stream ${request.stream}`);
      return new StaleReadError(request.stream, read, row.stream_revision ?? -1);
    }
    case 'duplicate':
      return new DuplicateEventIdError(request.stream, row.conflicting_id ?? '');
    case 'key_reused':
      return new RequestKeyReusedError(request.stream);
  }
}
