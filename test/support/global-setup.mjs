// Checks the real infrastructure once and tells the suites, through the environment, what is there.
// Plain JavaScript: jest loads global setup outside its module mapping.
import pg from 'pg';

const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export default async function globalSetup() {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.VL_POSTGRES_AVAILABLE = 'true';
  } catch (error) {
    process.env.VL_POSTGRES_AVAILABLE = 'false';
    console.warn(`PostgreSQL suites skipped: ${url} not reachable (${error.message})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
