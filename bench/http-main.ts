// `node dist/bench/http-main.js`: check-out to visible balance and balance reads against a bare Fastify
// route running the same statement, on embedded PGlite and on PostgreSQL (TEST_DATABASE_URL, default the
// local server); written into the "through HTTP" section of docs/benchmarks.md.
import { createSqlClient } from '@vl/sql';
import { benchHttp, renderHttpSection, type HttpBenchResult } from './http.bench.js';
import { loadAverage, writeNamedSection } from './projector-report.js';

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const results: HttpBenchResult[] = [];
const loads: string[] = [await loadAverage()];

console.error('bench: through HTTP, PGlite');
results.push(await benchHttp());
loads.push(await loadAverage());
console.error('bench: through HTTP, PostgreSQL');
const schema = `bench_http_${process.pid}`;
try {
  results.push(await benchHttp({ databaseUrl, schema }));
} finally {
  const sql = await createSqlClient({ databaseUrl, schema: 'public' });
  await sql.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined);
  await sql.close();
}
loads.push(await loadAverage());

const body = renderHttpSection(
  results,
  `Produced by \`npm run build && node dist/bench/http-main.js\` on ${new Date().toISOString()}; load\n` +
    `average (1/5/15 min) ${loads.join(' → ')} on a shared 2-core machine.`,
);
await writeNamedSection('http', body);
console.log(body);
