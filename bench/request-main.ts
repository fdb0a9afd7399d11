// `npm run bench:commands`: a command against long histories, the request path of a check-in, and event
// appends against Emmett's PostgreSQL store, each as ratios measured in one run. Writes its own sections of
// docs/benchmarks.md (between markers), leaving the rest of the file as it is. Pass section names
// (command-folds, request-path, appends-vs-emmett) to run only those.
import { createSqlClient } from '@vl/sql';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { benchAppendsVsEmmett, type EmmettBenchResult } from './append-emmett.bench.js';
import {
  benchCommandGrowth,
  renderCommandFoldsSection,
  type CommandGrowthResult,
} from './command-growth.bench.js';
import { benchRequests, type RequestBenchResult } from './request.bench.js';
import { BENCHMARKS_FILE } from './report-file.js';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chosen = new Set(process.argv.slice(2));
const runs = (name: string): boolean => chosen.size === 0 || chosen.has(name);
const load = (): string => (Math.round((loadavg()[0] ?? 0) * 10) / 10).toString();
const log = (message: string): void => console.error(`bench: ${message} (load average ${load()})`);

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withScratchSchema<T>(name: string, work: (schema: string) => Promise<T>): Promise<T> {
  const schema = `bench_${name}_${process.pid}`;
  try {
    return await work(schema);
  } finally {
    const cleanup = await createSqlClient({ databaseUrl, schema: 'public' });
    await cleanup.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await cleanup.close();
  }
}

/** Replaces the text between a section's markers, or adds the section at the end. */
async function writeSection(name: string, body: string): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = await readFile(BENCHMARKS_FILE, 'utf8').catch(() => '# Benchmarks\n');
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + section + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  await writeFile(BENCHMARKS_FILE, next);
}

const postgres = await postgresReachable();
const stamp = (): string =>
  `Last run: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, load average ${load()} at the end.`;

if (runs('command-folds')) {
  const growth: CommandGrowthResult[] = [];
  log('check-in and check-out for volunteers with long histories, PGlite');
  growth.push(await benchCommandGrowth());
  if (postgres) {
    log('check-in and check-out for volunteers with long histories, PostgreSQL');
    growth.push(await withScratchSchema('growth', (schema) => benchCommandGrowth({ databaseUrl, schema })));
  }
  await writeSection('command-folds', renderCommandFoldsSection(growth, stamp()));
}

if (runs('request-path')) {
  const requests: RequestBenchResult[] = [];
  log('check-in and check-out pairs vs a bare Fastify INSERT route, PGlite');
  requests.push(await benchRequests());
  if (postgres) {
    log('check-in and check-out pairs vs a bare Fastify INSERT route, PostgreSQL');
    requests.push(await withScratchSchema('requests', (schema) => benchRequests({ databaseUrl, schema })));
  }
  await writeSection(
    'request-path',
    [
      '## Request path',
      '',
      'Target: check-in and check-out pairs at least 0.6× a bare Fastify route doing one INSERT of the same',
      'body, from 16 concurrent clients, each with a volunteer of its own and an Idempotency-Key on every',
      'request. Statements are those the service sends to the database for one check-in and one check-out',
      'on a stream it has seen, transaction control (begin, commit) counted.',
      '',
      "A check-in sends its append, which also binds the request's Idempotency-Key to the body's hash in",
      "the append's own transaction (no claim before the command, no stored answer after it); a check-out on",
      "an auto-confirmed activity also reads the posting days of the activity's organisations, all of them in",
      'one statement. A command on a stream the process has folded before appends at the kept revision',
      'without reading the stream: a conflict (another process appended), a refusal or a decision to append',
      'nothing reads the events it missed and decides again. Concurrent requests share round trips: appends',
      'and stream reads that arrive while one is in flight go together in the next statement (group',
      'commit). Three measured rounds of each side, alternating, after three warm-up rounds of each (their',
      'ratios are listed: the service reaches its steady rate only once V8 has compiled its request pipeline,',
      'a few thousand requests in).',
      '',
      '_Refused_ is the same service answering a check-in whose body fails validation (token verified, no',
      'database work at all) against the same bare route: the floor of the framework (HTTP, helmet, token,',
      'validation, problem details) before any ledger work.',
      '',
      '_CPU per request_ is the CPU time of the timed rounds divided by their requests, for each side: of this',
      'process (the load generator, which is the same for both sides, the server and, on PGlite, the',
      'database) and of the PostgreSQL server on this machine (all its processes: backends, WAL writer).',
      '',
      stamp(),
      '',
      '| database | load avg | clients | requests | API req/s | bare INSERT req/s | ratio | refused req/s | refused ratio | statements per check-in | per check-out | round trips per request | warm-up rounds |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...requests.map(
        (r) =>
          `| ${r.backend} | ${r.loadAverage} | ${r.clients} | ${r.requests} | ${r.apiPerSecond} | ` +
          `${r.barePerSecond} | **${r.ratio}×** | ${r.refusedPerSecond} | ${r.refusedRatio}× | ` +
          `${r.statementsPerCheckIn} | ${r.statementsPerCheckOut} | ${r.roundTripsPerRequest} | ` +
          `${r.warmupRatios.map((value) => `${value}×`).join(', ')} |`,
      ),
      '',
      '| database | process CPU per request: API | refused | bare | API ÷ bare | refused ÷ bare | PostgreSQL CPU per request: API | bare | API ÷ bare |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...requests.map((r) => {
        const { api, bare, refused } = r.cpu;
        const ratio = (a: number, b: number): string => `${Math.round((a / b) * 100) / 100}×`;
        const database =
          api.databaseMicros === undefined || bare.databaseMicros === undefined
            ? '— | — | —'
            : `${api.databaseMicros} µs | ${bare.databaseMicros} µs | ${ratio(api.databaseMicros, bare.databaseMicros)}`;
        return (
          `| ${r.backend} | ${api.processMicros} µs | ${refused.processMicros} µs | ${bare.processMicros} µs | ` +
          `${ratio(api.processMicros, bare.processMicros)} | ${ratio(refused.processMicros, bare.processMicros)} | ${database} |`
        );
      }),
    ].join('\n'),
  );
}

if (runs('appends-vs-emmett')) {
  if (!postgres) throw new Error(`bench: Emmett needs PostgreSQL, and ${databaseUrl} is not reachable`);
  const results: EmmettBenchResult[] = [];
  for (const clients of [8, 32]) {
    log(`event appends vs Emmett vs raw INSERT, ${clients} clients, PostgreSQL`);
    results.push(
      await withScratchSchema(`emmett${clients}`, (schema) =>
        benchAppendsVsEmmett({ databaseUrl, schema, clients }),
      ),
    );
  }
  await writeSection(
    'appends-vs-emmett',
    [
      '## Appends vs Emmett',
      '',
      "One event per append with its exact expected revision, through this ledger's PostgreSQL store and",
      `through Emmett's (\`@event-driven-io/emmett-postgresql\` ${results[0]?.emmettVersion ?? ''}, a dev dependency`,
      'used only here) on the same server, in alternating rounds with autocommit INSERTs of the same rows',
      'as the floor. Each side has a pool of 10 connections. The ratio is this store over Emmett.',
      '',
      stamp(),
      '',
      '| clients | load avg | events per side | this store ev/s | Emmett ev/s | raw INSERT ev/s | store / raw | Emmett / raw | store / Emmett |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.clients} | ${r.loadAverage} | ${r.events} | ${r.storePerSecond} | ${r.emmettPerSecond} | ` +
          `${r.rawPerSecond} | ${r.storeToRaw}× | ${r.emmettToRaw}× | **${r.ratio}×** |`,
      ),
    ].join('\n'),
  );
}
