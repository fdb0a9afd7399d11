// `npm run build && node dist/bench/statistics-main.js`: the statistics benchmark on the PostgreSQL server at
// BENCH_DATABASE_URL (default the local test database), then on PGlite, each printed as JSON when done.
import { createSqlClient } from '@vl/sql';
import { benchStatistics } from './statistics.bench.js';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_statistics_${process.pid}`;
const requests = Number(process.env.BENCH_REQUESTS ?? 100);

const postgres = await createSqlClient({ databaseUrl, schema, poolSize: 4 });
try {
  console.log(JSON.stringify(await benchStatistics(postgres, { requests })));
} finally {
  await postgres.exec(`drop schema if exists ${schema} cascade`).catch(() => undefined);
  await postgres.close();
}
if (process.env.BENCH_PGLITE !== '0') {
  const pglite = await createSqlClient({ dataDir: 'memory://' });
  try {
    console.log(JSON.stringify(await benchStatistics(pglite, { requests })));
  } finally {
    await pglite.close();
  }
}
