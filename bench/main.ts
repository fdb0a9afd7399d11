// `npm run bench`: every benchmark as a ratio against a baseline measured in the same run, written to
// docs/benchmarks.md. PostgreSQL at BENCH_DATABASE_URL (default the local test database) and Kafka at
// KAFKA_BROKERS (else the broker of test/infra/kafka, started and stopped here) are used when reachable.
import { createSqlClient, type SqlClient } from '@vl/sql';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { benchAppends, type AppendBenchResult } from './append.bench.js';
import {
  benchCommandGrowth,
  renderCommandFoldsSection,
  type CommandGrowthResult,
} from './command-growth.bench.js';
import { benchHttp, renderHttpSection, type HttpBenchResult } from './http.bench.js';
import { benchImport, renderImportSection } from './import.bench.js';
import { benchPublishing, renderPublisherSection, type PublishBenchResult } from './publish.bench.js';
import { benchRebuild, type RebuildBenchResult } from './rebuild.bench.js';
import { BENCHMARKS_FILE, currentMarkedSections, webSection } from './report-file.js';
import { benchWeb, renderWebSection } from './web.bench.js';

const root = process.cwd();
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const notes: string[] = [];

function log(message: string): void {
  console.error(`bench: ${message}`);
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    notes.push(`PostgreSQL benchmarks skipped: ${databaseUrl} not reachable (${(error as Error).message})`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A scratch schema on the PostgreSQL server for one benchmark, dropped afterwards whatever happens. */
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

async function onScratchSchema<T>(name: string, work: (sql: SqlClient) => Promise<T>): Promise<T> {
  return withScratchSchema(name, async (schema) => {
    const sql = await createSqlClient({ databaseUrl, schema, poolSize: 10 });
    try {
      return await work(sql);
    } finally {
      await sql.close();
    }
  });
}

async function onPglite<T>(work: (sql: SqlClient) => Promise<T>): Promise<T> {
  const sql = await createSqlClient({ dataDir: 'memory://' });
  try {
    return await work(sql);
  } finally {
    await sql.close();
  }
}

function startKafka(): { brokers: string[]; stop: () => void } | undefined {
  if (process.env.KAFKA_BROKERS)
    return { brokers: process.env.KAFKA_BROKERS.split(','), stop: () => undefined };
  const script = join(root, 'test/infra/kafka/kafka.sh');
  if (!existsSync(script)) return undefined;
  const running = spawnSync('bash', [script, 'status'], { stdio: 'ignore' }).status === 0;
  if (!running && spawnSync('bash', [script, 'start'], { stdio: 'inherit' }).status !== 0) {
    notes.push('Kafka benchmark skipped: the broker of test/infra/kafka did not start');
    return undefined;
  }
  return {
    brokers: ['127.0.0.1:9092'],
    stop: () => {
      if (!running) spawnSync('bash', [script, 'stop'], { stdio: 'inherit' });
    },
  };
}

/** Rounds of each side in the publisher's comparison, as `node dist/bench/publish-main.js` runs it. */
const PUBLISH_ROUNDS = 3;
const appends: AppendBenchResult[] = [];
const http: HttpBenchResult[] = [];
const publishing: PublishBenchResult[] = [];
const rebuilds: RebuildBenchResult[] = [];
const growth: CommandGrowthResult[] = [];
const postgres = await postgresReachable();

log('event appends vs raw INSERT, PGlite');
appends.push(await onPglite((sql) => benchAppends(sql)));
if (postgres) {
  log('event appends vs raw INSERT, PostgreSQL');
  appends.push(await onScratchSchema('append', (sql) => benchAppends(sql)));
}
if (postgres) {
  log('read-model rebuild vs raw event read plus COPY, PostgreSQL');
  rebuilds.push(await withScratchSchema('rebuild', (schema) => benchRebuild({ databaseUrl, schema })));
}
log('HTTP: check-out to visible balance, balance reads vs bare Fastify, PGlite');
http.push(await benchHttp());
if (postgres) {
  log('HTTP: check-out to visible balance, balance reads vs bare Fastify, PostgreSQL');
  http.push(await withScratchSchema('http', (schema) => benchHttp({ databaseUrl, schema })));
}
log('HTTP: check-in and check-out for volunteers with long histories, PGlite');
growth.push(await benchCommandGrowth());
if (postgres) {
  log('HTTP: check-in and check-out for volunteers with long histories, PostgreSQL');
  growth.push(await withScratchSchema('growth', (schema) => benchCommandGrowth({ databaseUrl, schema })));
}
const kafka = startKafka();
if (kafka) {
  try {
    log(`Kafka publishing vs bare kafkajs producer, ${kafka.brokers.join(',')}`);
    publishing.push(
      await onPglite((sql) => benchPublishing(sql, { brokers: kafka.brokers, rounds: PUBLISH_ROUNDS })),
    );
    if (postgres) {
      publishing.push(
        await onScratchSchema('publish', (sql) =>
          benchPublishing(sql, { brokers: kafka.brokers, rounds: PUBLISH_ROUNDS }),
        ),
      );
    }
  } finally {
    kafka.stop();
  }
}

log('web pages: the volunteer home page in Chromium, 20,000 volunteers');
const web = webSection(
  `${renderWebSection(await benchWeb())}\nProduced by \`npm run bench\` (alone: \`npm run bench:web\`).`,
);
// Sections written by the other benchmark commands (memory, projector, request path, …) stay as they are.
log('historical import: 100,000 CSV rows vs appending the same events, PGlite');
const imported = renderImportSection(await benchImport());
const kept = await currentMarkedSections(join(root, BENCHMARKS_FILE), [
  'web',
  'import',
  'http',
  'command-folds',
  'publisher',
]);
const report = `${render()}\n${web}\n${kept.map((section) => `\n${section}\n`).join('')}\n${imported}\n`;
await writeFile(join(root, BENCHMARKS_FILE), report);
console.log(report);

function render(): string {
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (it rewrites this file but for the memory section, which',
    '`npm run bench:memory` writes). Every figure is a ratio against a baseline measured in the same run on',
    'the same machine, since absolute numbers on a shared machine are noisy.',
    '',
    `Last run: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0]?.toFixed(1) ?? 'n/a'} at the end.`,
    '',
    '## Event appends vs a raw autocommit INSERT of the same rows (8 concurrent clients)',
    '',
    'Target: at least 0.7×. One event per append with its exact expected revision, against one autocommit',
    '`INSERT` per row into a table with the same columns and indexes.',
    '',
    '| database | events | appends/s | raw INSERT/s | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...appends.map(
      (r) =>
        `| ${r.dialect} | ${r.events} | ${r.appendsPerSecond} | ${r.rawInsertsPerSecond} | **${r.ratio}×** |`,
    ),
    '',
    '## Read-model rebuild vs a raw read of the events plus COPY of the resulting rows',
    '',
    'Target: at least 0.35×. The rebuild (`Projector.rebuild()`, set-based) empties the read models and',
    'replays every event through the projections in batches, each with its checkpoint; the baseline reads the',
    'same events page by page and bulk-loads the rows the rebuild produced with `COPY`. The ratio is baseline',
    'time over rebuild time. PGlite\'s figure, and the projection as it was, are in "Projector" below.',
    '',
    '| database | events | rows | rebuild | raw read + COPY | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rebuilds.map(
      (r) =>
        `| postgres | ${r.events} | ${r.rows} | ${r.rebuildSeconds} s | ${r.rawSeconds} s | **${r.ratio}×** |`,
    ),
    '',
    '<!-- http:start -->',
    renderHttpSection(
      http,
      'Produced by `npm run bench` (alone: `npm run build && node dist/bench/http-main.js`).',
    ),
    '<!-- http:end -->',
    '',
    '<!-- command-folds:start -->',
    renderCommandFoldsSection(
      growth,
      `Last run: ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, ` +
        `load average ${loadavg()[0]?.toFixed(1) ?? 'n/a'} at the end; alone: \`npm run bench:commands command-folds\`.`,
    ),
    '<!-- command-folds:end -->',
    '',
    '<!-- publisher:start -->',
    renderPublisherSection(
      publishing,
      PUBLISH_ROUNDS,
      'Produced by `npm run bench` (alone: `npm run build && node dist/bench/publish-main.js`).',
    ),
    '<!-- publisher:end -->',
    '',
  ];
  if (notes.length > 0)
    lines.push('## Not measured in this run', '', ...notes.map((note) => `- ${note}`), '');
  return lines.join('\n');
}
