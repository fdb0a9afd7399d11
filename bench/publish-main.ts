// `node dist/bench/publish-main.js`: the publisher against a bare kafkajs producer sending the same messages,
// on embedded PGlite and on PostgreSQL, with KAFKA_BROKERS (default 127.0.0.1:9092); written into the
// "Kafka publishing vs a bare kafkajs producer" section of docs/benchmarks.md; then the publisher's planning
// against a volunteer's history, into the "Publisher planning against a long volunteer history" section.
import { createSqlClient, type SqlClient } from '@vl/sql';
import { benchPlanGrowth } from './plan-growth.bench.js';
import { benchPublishing, renderPublisherSection, type PublishBenchResult } from './publish.bench.js';
import { loadAverage, writeNamedSection } from './projector-report.js';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const results: PublishBenchResult[] = [];
const loads: string[] = [await loadAverage()];

async function on(sql: SqlClient, drop: () => Promise<void>): Promise<void> {
  try {
    results.push(await benchPublishing(sql, { brokers, rounds }));
  } finally {
    await drop().catch(() => undefined);
    await sql.close();
  }
}

console.error('bench: publisher on PGlite');
await on(await createSqlClient({ dataDir: 'memory://' }), async () => undefined);
loads.push(await loadAverage());
console.error('bench: publisher on PostgreSQL');
const schema = `bench_publish_${process.pid}`;
const postgres = await createSqlClient({ databaseUrl, schema, poolSize: 10 });
await on(postgres, () => postgres.exec(`drop schema if exists ${schema} cascade`));
loads.push(await loadAverage());

const body = renderPublisherSection(
  results,
  rounds,
  `Produced by \`npm run build && node dist/bench/publish-main.js\` on ${new Date().toISOString()}; load\n` +
    `average (1/5/15 min) ${loads.join(' → ')} on a shared 2-core machine with a shared broker.`,
);
await writeNamedSection('publisher', body);
console.log(body);

console.error("bench: the publisher's planning against a long volunteer history");
const growth = await benchPlanGrowth();
const growthBody = [
  '## Publisher planning against a long volunteer history',
  '',
  `Produced by \`npm run build && node dist/bench/publish-main.js\` (bench/plan-growth.bench.ts) on`,
  `${new Date().toISOString()}, load average ${growth.loadAverage}. One volunteer's stream, a generated history of`,
  "every kind of session event, consents and awards, mapped by the publisher's planning (entries, balances",
  'with points, eligibility, certificates) in batches of 500 events, each on the volunteer as the batches',
  'before left it, as a publisher catching up does; no database and no broker; the smallest history is',
  'planned once untimed first. Flat is the aim: the time an event takes should not grow with the',
  "volunteer's history. Without a birth date (erased, or never given) no eligibility is judged; with one,",
  'as for most volunteers, every event that can change a determination is judged on the whole history.',
  '',
  '| sessions | events | µs per event | ratio | with a birth date: µs per event | ratio |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...growth.points.map(
    (p) =>
      `| ${p.sessions} | ${p.events} | ${p.microsecondsPerEvent} | **${p.ratio}×** | ` +
      `${p.microsecondsPerEventJudged ?? '—'} | ${p.ratioJudged === undefined ? '—' : `**${p.ratioJudged}×**`} |`,
  ),
].join('\n');
await writeNamedSection('publisher-plan-growth', growthBody);
console.log(growthBody);
