import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { BalanceSnapshotQuery } from '@vl/read-model';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { createLedgerApp, type LedgerApp } from '../apps/api/src/bootstrap.js';

const SECRET = 'bench-secret-for-volunteer-ledger-0123456789';
const MINUTE = 60_000;

export interface HttpBenchOptions {
  /** A PostgreSQL server; embedded PGlite in memory when absent. */
  readonly databaseUrl?: string;
  readonly schema?: string;
  /** Volunteers, each doing one check-in and check-out whose balance is then read (default 200). */
  readonly volunteers?: number;
  /** Balance reads per side in the throughput comparison (default 4000), from `concurrency` clients (8). */
  readonly reads?: number;
  /**
   * Reads per side before the timed ones (default 6000), in alternating rounds of 2000: the API's pipeline
   * (guard, pipes, interceptors, hooks) reaches its steady rate only once V8 has compiled it, a few thousand
   * requests in, and the compiler's threads share the machine's cores with the database meanwhile.
   */
  readonly warmupReads?: number;
  readonly concurrency?: number;
}

export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
}

export interface HttpBenchResult {
  readonly backend: 'pglite' | 'postgres';
  readonly samples: number;
  /** Milliseconds from sending a check-out (auto-confirmed) until a balance read with minPosition shows it. */
  readonly writeToVisibleMs: Percentiles;
  /** Milliseconds of a plain authenticated balance read on the same server: the floor of any round trip. */
  readonly plainReadMs: Percentiles;
  /** Balance reads per second through the API: auth, validation, scope, query, points. */
  readonly apiReadsPerSecond: number;
  /** Balance reads per second from a bare Fastify route running the API's balance statement. */
  readonly bareReadsPerSecond: number;
  /** apiReadsPerSecond / bareReadsPerSecond; the target is at least 0.6. */
  readonly readRatio: number;
  /** The same ratio in each warm-up round, in order: how the API's rate rose to its steady one. */
  readonly warmupRatios: readonly number[];
}

/**
 * Through real HTTP on one in-process service: how soon a check-out shows in the balance, and balance
 * reads against a bare Fastify route running the same query on the same database.
 */
export async function benchHttp(options: HttpBenchOptions = {}): Promise<HttpBenchResult> {
  const volunteers = options.volunteers ?? 200;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    AUTH_JWT_SECRET: SECRET,
    LEDGER_ROLES: 'api,projector',
    LOG_LEVEL: 'error',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.schema ? { DATABASE_SCHEMA: options.schema } : {}),
  });
  const ledger = await createLedgerApp(config, { docsUi: false });
  try {
    const admin = await mintDevelopmentToken(SECRET, { sub: 'bench-admin', roles: ['admin'], org: '*' });
    const api = client(ledger, admin);
    await api.post('/organizations', { id: 'bench-city', name: '基准市', kind: 'city' });
    await api.post('/organizations', {
      id: 'bench-community',
      name: '基准社区',
      kind: 'community',
      parentId: 'bench-city',
    });
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    await api.post('/activities', {
      id: 'bench-activity',
      organizationId: 'bench-community',
      title: '基准活动',
      category: 'bench',
      startsAt: new Date(now - 3 * 60 * MINUTE).toISOString(),
      endsAt: new Date(now + 60 * MINUTE).toISOString(),
      autoConfirm: true,
    });
    const ids = Array.from({ length: volunteers }, (_, index) => `bench-v${index}`);
    for (const id of ids) {
      await api.post('/volunteers', {
        id,
        name: '志愿者',
        birthDate: '2005-03-01',
        organizationId: 'bench-community',
        leagueStatus: 'none',
      });
    }
    const visible: number[] = [];
    const plain: number[] = [];
    for (const id of ids) {
      await api.post('/activities/bench-activity/check-ins', {
        volunteerId: id,
        at: new Date(now - 2 * 60 * MINUTE).toISOString(),
        method: 'organizer',
      });
      const started = performance.now();
      const checkedOut = await api.post('/activities/bench-activity/check-outs', {
        volunteerId: id,
        at: new Date(now - MINUTE).toISOString(),
      });
      const balance = await api.get(`/volunteers/${id}/balance?minPosition=${String(checkedOut.position)}`);
      visible.push(performance.now() - started);
      if (balance.confirmedMinutes !== 119) {
        throw new Error(`bench: ${id} shows ${String(balance.confirmedMinutes)} confirmed minutes, not 119`);
      }
      const plainStarted = performance.now();
      await api.get(`/volunteers/${id}/balance`);
      plain.push(performance.now() - plainStarted);
    }

    // The statement the API's balance read runs (one snapshot of balance, entries, honours and position);
    // the API adds token verification, validation, scope checks and the points it prices from the snapshot.
    const snapshots = ledger.app.get(BalanceSnapshotQuery);
    const bare = Fastify();
    bare.get<{ Params: { id: string } }>('/balance/:id', (request) => snapshots.current(request.params.id));
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const address = bare.server.address();
    const barePort = typeof address === 'object' && address ? address.port : 0;
    try {
      const reads = options.reads ?? 4000;
      const concurrency = options.concurrency ?? 8;
      const apiHeaders = { authorization: `Bearer ${admin}` };
      const apiUrl = (i: number): string => `${ledger.url}/api/v1/volunteers/${ids[i % ids.length]}/balance`;
      const bareUrl = (i: number): string => `http://127.0.0.1:${barePort}/balance/${ids[i % ids.length]}`;
      const warmupRatios: number[] = [];
      const warmupRound = 2000;
      for (let warmed = 0; warmed < (options.warmupReads ?? 6000); warmed += warmupRound) {
        const api = await readLoad(apiUrl, apiHeaders, warmupRound, concurrency);
        const bareRound = await readLoad(bareUrl, {}, warmupRound, concurrency);
        warmupRatios.push(Math.round((bareRound / api) * 100) / 100);
      }
      let apiSeconds = 0;
      let bareSeconds = 0;
      // Alternating rounds, so drift on a noisy machine affects both sides alike.
      for (let round = 0; round < 4; round += 1) {
        apiSeconds += await readLoad(apiUrl, apiHeaders, reads / 4, concurrency);
        bareSeconds += await readLoad(bareUrl, {}, reads / 4, concurrency);
      }
      const apiReadsPerSecond = reads / apiSeconds;
      const bareReadsPerSecond = reads / bareSeconds;
      return {
        backend: options.databaseUrl ? 'postgres' : 'pglite',
        samples: volunteers,
        writeToVisibleMs: percentiles(visible),
        plainReadMs: percentiles(plain),
        apiReadsPerSecond: Math.round(apiReadsPerSecond),
        bareReadsPerSecond: Math.round(bareReadsPerSecond),
        readRatio: Math.round((apiReadsPerSecond / bareReadsPerSecond) * 100) / 100,
        warmupRatios,
      };
    } finally {
      await bare.close();
    }
  } finally {
    await ledger.close();
  }
}

interface BenchClient {
  post(path: string, body: unknown): Promise<Record<string, unknown>>;
  get(path: string): Promise<Record<string, unknown>>;
}

function client(ledger: LedgerApp, token: string): BenchClient {
  async function send(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${ledger.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined
          ? {}
          : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok)
      throw new Error(`bench: ${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  }
  return { post: (path, body) => send('POST', path, body), get: (path) => send('GET', path) };
}

async function readLoad(
  url: (index: number) => string,
  headers: Record<string, string>,
  total: number,
  concurrency: number,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next;
        next += 1;
        const response = await fetch(url(index), { headers });
        if (!response.ok) throw new Error(`bench: ${url(index)} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => {
    const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    return Math.round(value * 10) / 10;
  };
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * The "through HTTP" part of docs/benchmarks.md: how soon a check-out shows, and balance reads against the
 * bare route. `produced` says which command and when, with the load average.
 */
export function renderHttpSection(results: readonly HttpBenchResult[], produced: string): string {
  return [
    '## Check-out to visible balance, through HTTP',
    '',
    produced,
    '',
    'From sending a check-out on an auto-confirmed activity until `GET …/balance?minPosition=` answers with',
    'its minutes, against a plain authenticated balance read on the same server.',
    '',
    '| database | samples | write → visible p50 | p99 | plain read p50 | p99 | p50 ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.backend} | ${r.samples} | ${r.writeToVisibleMs.p50} ms | ${r.writeToVisibleMs.p99} ms | ` +
        `${r.plainReadMs.p50} ms | ${r.plainReadMs.p99} ms | ${ratioOf(r.writeToVisibleMs.p50, r.plainReadMs.p50)}× |`,
    ),
    '',
    '## Balance reads vs a bare Fastify route running the same query (8 concurrent clients)',
    '',
    'Target: at least 0.6×. Both sides run the same statement on the same database and pool',
    '(`BalanceSnapshotQuery.current`: balance, entries, honours and position in one snapshot); the API adds',
    'token verification, the access rule, query validation, its hooks (security headers, CORS, correlation',
    'id, metrics), the scope check and the points it prices from the snapshot. Each side is first warmed with',
    '6,000 reads in alternating rounds of 2,000 (the ratio of each warm-up round is listed: the API reaches',
    'its steady rate only once V8 has compiled its pipeline), then timed over 4,000 reads in four alternating',
    'rounds.',
    '',
    '| database | API reads/s | bare Fastify reads/s | ratio | warm-up rounds |',
    '| --- | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.backend} | ${r.apiReadsPerSecond} | ${r.bareReadsPerSecond} | **${r.readRatio}×** | ` +
        `${r.warmupRatios.map((value) => `${value}×`).join(', ')} |`,
    ),
  ].join('\n');
}

function ratioOf(value: number, baseline: number): string {
  return baseline > 0 ? (Math.round((value / baseline) * 10) / 10).toString() : 'n/a';
}
