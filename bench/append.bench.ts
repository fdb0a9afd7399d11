import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type PostgresEventStoreOptions } from '@vl/event-store';
import { type SqlClient } from '@vl/sql';

export interface AppendBenchOptions {
  /** Concurrent clients on each side (default 8); the SQL client's pool should have at least this many connections. */
  readonly clients?: number;
  /** Events each client writes per measured round on each side (default 250). */
  readonly eventsPerClient?: number;
  /** Rounds, alternating raw INSERT and store appends so load drift affects both alike (default 4). */
  readonly rounds?: number;
  readonly store?: PostgresEventStoreOptions;
}

export interface AppendBenchResult {
  readonly dialect: SqlClient['dialect'];
  readonly clients: number;
  readonly events: number;
  /** Events per second through PostgresEventStore.append, one event per append, exact expected revision. */
  readonly appendsPerSecond: number;
  /** Events per second as autocommit INSERTs of the same rows into a table with the same columns and indexes. */
  readonly rawInsertsPerSecond: number;
  /** appendsPerSecond / rawInsertsPerSecond; the design target is at least 0.7 on PostgreSQL. */
  readonly ratio: number;
}

/** A ledger-sized event body, like a check-in. */
function eventData(client: number, index: number): Record<string, unknown> {
  return {
    sessionId: randomUUID(),
    volunteerId: `volunteer-${client}`,
    activityId: 'activity-bench',
    at: new Date(Date.UTC(2025, 0, 1, 8, index % 60)).toISOString(),
    method: 'qr',
  };
}

const METADATA = { correlationId: 'bench', actor: 'bench' };

async function timed(clients: number, work: (client: number) => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, (_, client) => work(client)));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Baseline: the same rows, one autocommit INSERT each, position from a sequence as a plain table would. */
async function rawInserts(
  sql: SqlClient,
  clients: number,
  perClient: number,
  round: number,
): Promise<number> {
  return timed(clients, async (client) => {
    const stream = `bench-raw-${round}-${client}-${randomUUID()}`;
    for (let revision = 0; revision < perClient; revision += 1) {
      await sql.query(
        `insert into bench_raw_events (position, stream_name, revision, event_id, type, data, metadata)
         values (nextval('bench_raw_events_position'), $1, $2, $3, $4, $5, $6)`,
        [
          stream,
          revision,
          randomUUID(),
          'VolunteerCheckedIn',
          JSON.stringify(eventData(client, revision)),
          JSON.stringify(METADATA),
        ],
      );
    }
  });
}

async function storeAppends(
  store: PostgresEventStore,
  clients: number,
  perClient: number,
  round: number,
): Promise<number> {
  return timed(clients, async (client) => {
    const stream = `bench-store-${round}-${client}-${randomUUID()}`;
    for (let revision = 0; revision < perClient; revision += 1) {
      const event = {
        id: randomUUID(),
        type: 'VolunteerCheckedIn',
        data: eventData(client, revision),
        metadata: METADATA,
      };
      await store.append(stream, [event], revision === 0 ? 'no_stream' : revision - 1);
    }
  });
}

/**
 * Event appends against raw INSERTs of the same rows, in one run on the same database. Writes events
 * into the client's schema, so point it at a scratch schema.
 */
export async function benchAppends(
  sql: SqlClient,
  options: AppendBenchOptions = {},
): Promise<AppendBenchResult> {
  const clients = options.clients ?? 8;
  const perClient = options.eventsPerClient ?? 250;
  const rounds = options.rounds ?? 4;
  const store = await PostgresEventStore.create(sql, options.store);
  await sql.exec(`
    drop table if exists bench_raw_events;
    drop sequence if exists bench_raw_events_position;
    create table bench_raw_events (like es_events including all);
    create sequence bench_raw_events_position;
  `);
  try {
    // Warm-up: connections, plans, caches.
    await rawInserts(sql, clients, 20, -1);
    await storeAppends(store, clients, 20, -1);
    let rawSeconds = 0;
    let storeSeconds = 0;
    for (let round = 0; round < rounds; round += 1) {
      rawSeconds += await rawInserts(sql, clients, perClient, round);
      storeSeconds += await storeAppends(store, clients, perClient, round);
    }
    const events = clients * perClient * rounds;
    const appendsPerSecond = events / storeSeconds;
    const rawInsertsPerSecond = events / rawSeconds;
    return {
      dialect: sql.dialect,
      clients,
      events,
      appendsPerSecond: Math.round(appendsPerSecond),
      rawInsertsPerSecond: Math.round(rawInsertsPerSecond),
      ratio: Math.round((appendsPerSecond / rawInsertsPerSecond) * 100) / 100,
    };
  } finally {
    await store.close();
    await sql.exec(
      `drop table if exists bench_raw_events; drop sequence if exists bench_raw_events_position;`,
    );
  }
}
