import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { encodeEvent, type LedgerEvent, volunteerStream } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE, SQL_CLIENT } from '@vl/platform';
import { type SqlClient, type SqlExecutor } from '@vl/sql';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { createLedgerApp } from '../apps/api/src/bootstrap.js';
import { registered } from '../libs/domain/src/testing/fixtures.js';

const SECRET = 'bench-secret-for-volunteer-ledger-0123456789';
const MINUTE = 60_000;
/** Measured rounds of each side, alternating. */
const MEASURED_ROUNDS = 3;
/**
 * Rounds of each side before the measured ones: the service reaches its steady rate only once V8 has
 * compiled its request pipeline, a few thousand requests in.
 */
const WARMUP_ROUNDS = 3;

export interface RequestBenchOptions {
  readonly databaseUrl?: string;
  readonly schema?: string;
  /** Concurrent clients, each with a volunteer of its own (default 16). */
  readonly clients?: number;
  /** Check-in and check-out pairs per client (default 25). */
  readonly pairs?: number;
}

export interface RequestBenchResult {
  readonly backend: 'pglite' | 'postgres';
  readonly clients: number;
  readonly requests: number;
  readonly loadAverage: number;
  /** Check-ins and check-outs per second through the API, idempotency key on every one. */
  readonly apiPerSecond: number;
  /** Requests per second to a bare Fastify route doing one INSERT of the same body. */
  readonly barePerSecond: number;
  readonly ratio: number;
  /** Statements sent to the database per check-in and per check-out, transaction control included. */
  readonly statementsPerCheckIn: number;
  readonly statementsPerCheckOut: number;
  /**
   * Round trips to the database per request in the timed rounds: concurrent requests share one for their
   * appends (with the requests' idempotency keys) and stream reads.
   */
  readonly roundTripsPerRequest: number;
  /**
   * Requests per second the service answers without any database work (a check-in whose body fails
   * validation, token verified): the framework's own floor, against the same bare route.
   */
  readonly refusedPerSecond: number;
  readonly refusedRatio: number;
  /** The check-in/out ratio of each warm-up round, in order: how the service rose to its steady rate. */
  readonly warmupRatios: readonly number[];
  /**
   * CPU time per request in the timed rounds, in µs: of this process (the load generator, the server and,
   * on PGlite, the database) and of the PostgreSQL server's processes when it runs on this machine.
   */
  readonly cpu: {
    readonly api: CpuPerRequest;
    readonly bare: CpuPerRequest;
    /** The refused check-ins: the framework's floor, with no database work. */
    readonly refused: CpuPerRequest;
  };
}

export interface CpuPerRequest {
  readonly processMicros: number;
  /** Undefined on PGlite (it runs in the process) or when no PostgreSQL process is found on this machine. */
  readonly databaseMicros?: number;
}

/** Linux reports process times in /proc in ticks of 1/100 s (USER_HZ) whatever the kernel's own tick. */
const PROC_TICKS_PER_SECOND = 100;

/** CPU time, in ms, of the processes named `postgres` on this machine; undefined when there are none. */
async function postgresCpuMs(): Promise<number | undefined> {
  const pids = await readdir('/proc').catch(() => [] as string[]);
  let ticks = 0;
  let found = false;
  for (const pid of pids) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid …: utime and stime are the 14th and 15th fields, the 12th and 13th after comm.
    const close = stat.lastIndexOf(')');
    if (close < 0 || !stat.slice(0, close).endsWith('(postgres')) continue;
    const fields = stat.slice(close + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
    found = true;
  }
  return found ? (ticks * 1000) / PROC_TICKS_PER_SECOND : undefined;
}

/** CPU time of this process and of the local PostgreSQL server, in ms, for per-request differences. */
async function cpuNow(postgres: boolean): Promise<{ process: number; database: number | undefined }> {
  const usage = process.cpuUsage();
  return {
    process: (usage.user + usage.system) / 1000,
    database: postgres ? await postgresCpuMs() : undefined,
  };
}

/** Counts the statements sent through one SQL client, including those inside its transactions. */
function countStatements(sql: SqlClient): { readonly count: () => number } {
  let count = 0;
  const query = sql.query.bind(sql);
  const transaction = sql.transaction.bind(sql);
  const counted = (executor: SqlExecutor): SqlExecutor => ({
    ...executor,
    query: ((text: string, params?: unknown[]) => {
      count += 1;
      return executor.query(text, params);
    }) as SqlExecutor['query'],
  });
  Object.assign(sql, {
    query: ((text: string, params?: unknown[]) => {
      count += 1;
      return query(text, params);
    }) as SqlClient['query'],
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
      count += 2; // begin and commit
      return transaction((tx) => fn(counted(tx)));
    },
  });
  return { count: () => count };
}

/**
 * Check-in and check-out pairs through HTTP, with an idempotency key each, from concurrent clients, against
 * a bare Fastify route that inserts the same body into a table: the floor of any write request.
 */
export async function benchRequests(options: RequestBenchOptions = {}): Promise<RequestBenchResult> {
  const clients = options.clients ?? 16;
  const pairs = options.pairs ?? 25;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    AUTH_JWT_SECRET: SECRET,
    LEDGER_ROLES: 'api',
    LOG_LEVEL: 'error',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.schema ? { DATABASE_SCHEMA: options.schema } : {}),
  });
  const ledger = await createLedgerApp(config, { docsUi: false });
  const bare = Fastify();
  try {
    const token = await mintDevelopmentToken(SECRET, { sub: 'bench-admin', roles: ['admin'], org: '*' });
    const headers = (): Record<string, string> => ({
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    });
    const send = async (url: string, body: unknown): Promise<void> => {
      const response = await fetch(url, { method: 'POST', headers: headers(), body: JSON.stringify(body) });
      const text = await response.text();
      if (!response.ok) throw new Error(`bench: POST ${url} answered ${response.status}: ${text}`);
    };
    const api = (path: string): string => `${ledger.url}/api/v1${path}`;
    await send(api('/organizations'), { id: 'req-city', name: '基准市', kind: 'city' });
    await send(api('/organizations'), {
      id: 'req-community',
      name: '基准社区',
      kind: 'community',
      parentId: 'req-city',
    });
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    // The warm-up rounds, then the measured ones, of `pairs` pairs, ten minutes apart, all in the past.
    const first = now - (MEASURED_ROUNDS + WARMUP_ROUNDS) * pairs * 10 * MINUTE - 30 * MINUTE;
    await send(api('/activities'), {
      id: 'req-activity',
      organizationId: 'req-community',
      title: '基准活动',
      category: 'bench',
      startsAt: new Date(first - 60 * MINUTE).toISOString(),
      endsAt: new Date(now + 60 * MINUTE).toISOString(),
      autoConfirm: true,
    });
    const store = ledger.app.get<EventStore>(EVENT_STORE);
    const volunteers = Array.from({ length: clients }, (_, index) => `req-v${index}`);
    const probe = 'req-probe';
    for (const id of [...volunteers, probe]) {
      const event = { ...registered(id), data: { ...registered(id).data, organizationId: 'req-community' } };
      const metadata = {
        occurredAt: new Date(first).toISOString(),
        recordedAt: new Date(first).toISOString(),
      };
      await store.append(
        volunteerStream(id),
        [
          {
            id: randomUUID(),
            ...encodeEvent(event as LedgerEvent, {
              ...metadata,
              actor: 'bench',
              correlationId: randomUUID(),
            }),
          },
        ],
        'no_stream',
      );
    }

    const sql = ledger.app.get<SqlClient>(SQL_CLIENT);
    await sql.exec(
      `create table if not exists bench_bare_requests (id uuid primary key, volunteer_id text not null,
         body jsonb not null, created_at timestamptz not null default now())`,
    );
    bare.post<{ Body: { volunteerId: string } }>('/bare', async (request, reply) => {
      const { rows } = await sql.query<{ id: string }>(
        `insert into bench_bare_requests (id, volunteer_id, body) values ($1, $2, $3) returning id`,
        [randomUUID(), request.body.volunteerId, JSON.stringify(request.body)],
      );
      return reply.status(201).send({ id: rows[0]?.id });
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const address = bare.server.address();
    const bareUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/bare`;

    let round = 0;
    const apiRound = async (): Promise<number> => {
      const base = first + round * pairs * 10 * MINUTE;
      round += 1;
      const started = performance.now();
      await Promise.all(
        volunteers.map(async (volunteerId) => {
          for (let pair = 0; pair < pairs; pair += 1) {
            const at = base + pair * 10 * MINUTE;
            await send(api('/activities/req-activity/check-ins'), {
              volunteerId,
              at: new Date(at).toISOString(),
              method: 'organizer',
            });
            await send(api('/activities/req-activity/check-outs'), {
              volunteerId,
              at: new Date(at + 5 * MINUTE).toISOString(),
            });
          }
        }),
      );
      return (performance.now() - started) / 1000;
    };
    const bareRound = async (): Promise<number> => {
      const started = performance.now();
      await Promise.all(
        volunteers.map(async (volunteerId) => {
          for (let pair = 0; pair < pairs; pair += 1) {
            const at = new Date(first + pair * 10 * MINUTE).toISOString();
            await send(bareUrl, { volunteerId, at, method: 'organizer' });
            await send(bareUrl, { volunteerId, at });
          }
        }),
      );
      return (performance.now() - started) / 1000;
    };

    // Statements of one check-in and one check-out on a stream already seen, outside the timed rounds.
    const statements = countStatements(sql);
    const refusedRound = async (): Promise<number> => {
      const started = performance.now();
      await Promise.all(
        volunteers.map(async () => {
          for (let request = 0; request < 2 * pairs; request += 1) {
            const response = await fetch(api('/activities/req-activity/check-ins'), {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ volunteerId: 42, method: 'organizer' }),
            });
            await response.text();
            if (response.status !== 400) throw new Error(`bench: a bad body answered ${response.status}`);
          }
        }),
      );
      return (performance.now() - started) / 1000;
    };
    const warmupRatios: number[] = [];
    for (let warmup = 0; warmup < WARMUP_ROUNDS; warmup += 1) {
      const bareWarmup = await bareRound();
      warmupRatios.push(Math.round((bareWarmup / (await apiRound())) * 100) / 100);
      await refusedRound();
    }
    // A volunteer of its own, so its sessions meet no one else's; its second pair is the one counted.
    const probePair = async (at: number): Promise<[number, number, number]> => {
      const beforeCheckIn = statements.count();
      await send(api('/activities/req-activity/check-ins'), {
        volunteerId: probe,
        at: new Date(at).toISOString(),
        method: 'organizer',
      });
      const beforeCheckOut = statements.count();
      await send(api('/activities/req-activity/check-outs'), {
        volunteerId: probe,
        at: new Date(at + 5 * MINUTE).toISOString(),
      });
      return [beforeCheckIn, beforeCheckOut, statements.count()];
    };
    await probePair(first);
    const [beforeCheckIn, beforeCheckOut, afterCheckOut] = await probePair(first + 10 * MINUTE);

    let apiSeconds = 0;
    let bareSeconds = 0;
    let refusedSeconds = 0;
    let apiStatements = 0;
    const postgres = options.databaseUrl !== undefined;
    const spent = {
      api: { process: 0, database: 0 },
      bare: { process: 0, database: 0 },
      refused: { process: 0, database: 0 },
    };
    let databaseMeasured = postgres;
    const timed = async (side: keyof typeof spent, round: () => Promise<number>): Promise<number> => {
      const before = await cpuNow(postgres);
      const seconds = await round();
      const after = await cpuNow(postgres);
      spent[side].process += after.process - before.process;
      if (before.database === undefined || after.database === undefined) databaseMeasured = false;
      else spent[side].database += after.database - before.database;
      return seconds;
    };
    // Alternating, so drift on a noisy machine touches all sides alike.
    for (let repeat = 0; repeat < MEASURED_ROUNDS; repeat += 1) {
      const before = statements.count();
      apiSeconds += await timed('api', apiRound);
      apiStatements += statements.count() - before;
      bareSeconds += await timed('bare', bareRound);
      refusedSeconds += await timed('refused', refusedRound);
    }
    const requests = MEASURED_ROUNDS * 2 * clients * pairs;
    const perRequest = (side: keyof typeof spent): CpuPerRequest => ({
      processMicros: Math.round((spent[side].process * 1000) / requests),
      ...(databaseMeasured ? { databaseMicros: Math.round((spent[side].database * 1000) / requests) } : {}),
    });
    const refusedPerSecond = requests / refusedSeconds;
    const apiPerSecond = requests / apiSeconds;
    const barePerSecond = requests / bareSeconds;
    return {
      backend: options.databaseUrl ? 'postgres' : 'pglite',
      clients,
      requests,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      apiPerSecond: Math.round(apiPerSecond),
      barePerSecond: Math.round(barePerSecond),
      ratio: Math.round((apiPerSecond / barePerSecond) * 100) / 100,
      statementsPerCheckIn: beforeCheckOut - beforeCheckIn,
      statementsPerCheckOut: afterCheckOut - beforeCheckOut,
      roundTripsPerRequest: Math.round((apiStatements / requests) * 100) / 100,
      refusedPerSecond: Math.round(refusedPerSecond),
      refusedRatio: Math.round((refusedPerSecond / barePerSecond) * 100) / 100,
      warmupRatios,
      cpu: { api: perRequest('api'), bare: perRequest('bare'), refused: perRequest('refused') },
    };
  } finally {
    await bare.close();
    await ledger.close();
  }
}
