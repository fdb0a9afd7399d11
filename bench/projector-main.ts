// `node dist/bench/projector-main.js`: the read-model rebuild, per-event and set-based, against a raw read of
// the events plus COPY of the resulting rows, on PostgreSQL (TEST_DATABASE_URL or the local test database)
// and on embedded PGlite; written into the "Projector" section of docs/benchmarks.md.
import { type PGlite } from '@electric-sql/pglite';
import { createSqlClient } from '@vl/sql';
import pg from 'pg';
import {
  benchProjector,
  pgliteCopier,
  postgresCopier,
  type ProjectorBenchResult,
} from './projector.bench.js';
import { loadAverage, writeNamedSection } from './projector-report.js';

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const volunteers = Number(process.env.BENCH_VOLUNTEERS ?? 2000);
const sessions = Number(process.env.BENCH_SESSIONS ?? 5);
const perEvent = process.env.BENCH_PER_EVENT !== '0';
const databases = (process.env.BENCH_DATABASES ?? 'postgres,pglite').split(',');
const results: ProjectorBenchResult[] = [];
const loads: string[] = [await loadAverage()];

if (databases.includes('postgres')) {
  const schema = `bench_projector_${process.pid}`;
  const sql = await createSqlClient({ databaseUrl, schema, poolSize: 4 });
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  try {
    await raw.query(`set search_path to ${schema}`);
    console.error('bench: projector on PostgreSQL');
    results.push(await benchProjector(sql, postgresCopier(raw), { volunteers, sessions, perEvent }));
  } finally {
    await sql.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await raw.end();
    await sql.close();
  }
}
loads.push(await loadAverage());
if (databases.includes('pglite')) {
  const sql = await createSqlClient({ dataDir: 'memory://' });
  try {
    console.error('bench: projector on PGlite');
    // The bench copies through the same embedded instance the client wraps.
    const db = (sql as unknown as { db: PGlite }).db;
    results.push(await benchProjector(sql, pgliteCopier(db), { volunteers, sessions, perEvent }));
  } finally {
    await sql.close();
  }
}
loads.push(await loadAverage());

const body = [
  '## Projector',
  '',
  `Produced by \`npm run build && node dist/bench/projector-main.js\` on ${new Date().toISOString()}; load`,
  `average (1/5/15 min) ${loads.join(' → ')} on a shared 2-core machine, so absolute times are noisy; the`,
  'ratios compare runs made seconds apart on the same database.',
  '',
  'A rebuild from position 0 of a store of volunteers with confirmed sessions (registration, check-in,',
  'check-out, confirmation). *Per-event* is the projection as it was (one statement per event, a balance',
  'recompute by correlated subqueries per volunteer, batches of 500); *set-based* is `Projector.rebuild()`:',
  'each run of events folded in memory and written with one multi-row statement per table (sessions,',
  "their history, presence evidence, and the statistics counters moved by the run's net change), balances",
  'recomputed grouped, `jit` off, batches adapting from 500 up to 5,000. The baseline reads every event',
  'raw, page by page, and COPYs the rows the rebuild produced into empty tables of the same shape.',
  'Target: set-based ≥ 0.35× the baseline.',
  '',
  '| database | events | rows | per-event | set-based | raw read + COPY | per-event ratio | set-based ratio | speed-up |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.dialect} | ${r.events} | ${r.rows} | ${r.perEventSeconds} s | ${r.setBasedSeconds} s | ${r.rawSeconds} s | ${r.perEventRatio}× | **${r.ratio}×** | ${Math.round((r.perEventSeconds / r.setBasedSeconds) * 10) / 10}× |`,
  ),
].join('\n');
const quick = [
  '### Projector, set-based rebuild only',
  '',
  `\`BENCH_PER_EVENT=0\` run on ${new Date().toISOString()}; load average ${loads.join(' → ')}.`,
  '',
  '| database | events | rows | set-based | raw read + COPY | set-based ratio |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.dialect} | ${r.events} | ${r.rows} | ${r.setBasedSeconds} s | ${r.rawSeconds} s | **${r.ratio}×** |`,
  ),
].join('\n');
await writeNamedSection(perEvent ? 'projector' : 'projector-rebuild', perEvent ? body : quick);
console.log(perEvent ? body : quick);
