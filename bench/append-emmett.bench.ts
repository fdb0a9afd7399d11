import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient } from '@vl/sql';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import pg from 'pg';

export interface EmmettBenchOptions {
  /** The PostgreSQL server both stores write to. */
  readonly databaseUrl: string;
  /** A scratch schema, created and dropped here. */
  readonly schema: string;
  /** Concurrent clients on each side (default 8). */
  readonly clients?: number;
  /** Events each client appends per measured round on each side (default 200). */
  readonly eventsPerClient?: number;
  /** Rounds, alternating raw INSERT, this store and Emmett so load drift affects all alike (default 3). */
  readonly rounds?: number;
  /** Connections in each side's pool (default 10, the pool size node-postgres gives Emmett by default). */
  readonly poolSize?: number;
}

export interface EmmettBenchResult {
  readonly clients: number;
  readonly events: number;
  readonly loadAverage: number;
  readonly storePerSecond: number;
  readonly emmettPerSecond: number;
  readonly rawPerSecond: number;
  /** storePerSecond / emmettPerSecond. */
  readonly ratio: number;
  readonly storeToRaw: number;
  readonly emmettToRaw: number;
  readonly emmettVersion: string;
}

const METADATA = { correlationId: 'bench', actor: 'bench' };

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

async function timed(clients: number, work: (client: number) => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, (_, client) => work(client)));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** A connection string whose sessions see only the scratch schema, so Emmett's tables land there. */
function inSchema(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/**
 * One event per append with its exact expected version, from concurrent clients, through this ledger's
 * PostgreSQL store and through Emmett's on the same server, against autocommit INSERTs of the same rows.
 */
export async function benchAppendsVsEmmett(options: EmmettBenchOptions): Promise<EmmettBenchResult> {
  const clients = options.clients ?? 8;
  const perClient = options.eventsPerClient ?? 200;
  const rounds = options.rounds ?? 3;
  const poolSize = options.poolSize ?? 10;
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  await admin.query(`drop schema if exists ${options.schema} cascade`);
  await admin.query(`create schema ${options.schema}`);
  const sql = await createSqlClient({ databaseUrl: options.databaseUrl, schema: options.schema, poolSize });
  const store = await PostgresEventStore.create(sql);
  const connectionString = inSchema(options.databaseUrl, options.schema);
  const emmettPool = new pg.Pool({ connectionString, max: poolSize });
  const emmett = getPostgreSQLEventStore(connectionString, {
    connectionOptions: { pooled: true, pool: emmettPool, connectionString },
  });
  await sql.exec(`
    create table bench_raw_events (like es_events including all);
    create sequence bench_raw_events_position;
  `);
  const raw = (round: number, count: number): Promise<number> =>
    timed(clients, async (client) => {
      const stream = `raw-${round}-${client}-${randomUUID()}`;
      for (let revision = 0; revision < count; revision += 1) {
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
  const ours = (round: number, count: number): Promise<number> =>
    timed(clients, async (client) => {
      const stream = `ours-${round}-${client}-${randomUUID()}`;
      for (let revision = 0; revision < count; revision += 1) {
        const event = {
          id: randomUUID(),
          type: 'VolunteerCheckedIn',
          data: eventData(client, revision),
          metadata: METADATA,
        };
        await store.append(stream, [event], revision === 0 ? 'no_stream' : revision - 1);
      }
    });
  const theirs = (round: number, count: number): Promise<number> =>
    timed(clients, async (client) => {
      const stream = `emmett-${round}-${client}-${randomUUID()}`;
      for (let version = 0; version < count; version += 1) {
        const event = { type: 'VolunteerCheckedIn', data: eventData(client, version), metadata: METADATA };
        await emmett.appendToStream(stream, [event], {
          expectedStreamVersion: version === 0 ? STREAM_DOES_NOT_EXIST : BigInt(version),
        });
      }
    });
  try {
    // Warm-up: connections, plans, Emmett's schema.
    await raw(-1, 20);
    await ours(-1, 20);
    await theirs(-1, 20);
    let rawSeconds = 0;
    let oursSeconds = 0;
    let theirsSeconds = 0;
    for (let round = 0; round < rounds; round += 1) {
      rawSeconds += await raw(round, perClient);
      oursSeconds += await ours(round, perClient);
      theirsSeconds += await theirs(round, perClient);
    }
    const events = clients * perClient * rounds;
    const perSecond = (seconds: number): number => events / seconds;
    const round2 = (value: number): number => Math.round(value * 100) / 100;
    const manifest = 'node_modules/@event-driven-io/emmett-postgresql/package.json';
    const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version?: string };
    return {
      clients,
      events,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      storePerSecond: Math.round(perSecond(oursSeconds)),
      emmettPerSecond: Math.round(perSecond(theirsSeconds)),
      rawPerSecond: Math.round(perSecond(rawSeconds)),
      ratio: round2(theirsSeconds / oursSeconds),
      storeToRaw: round2(rawSeconds / oursSeconds),
      emmettToRaw: round2(rawSeconds / theirsSeconds),
      emmettVersion: version ?? 'unknown',
    };
  } finally {
    await emmett.close();
    await emmettPool.end().catch(() => undefined);
    await store.close();
    await sql.close();
    await admin.query(`drop schema if exists ${options.schema} cascade`).catch(() => undefined);
    await admin.end();
  }
}
