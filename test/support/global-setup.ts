import pg from 'pg';
import { DEFAULT_TEST_DATABASE_URL } from './infra.js';

/** Checks the real infrastructure once and tells the suites, through the environment, what is there. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.VL_POSTGRES_AVAILABLE = 'true';
  } catch (error) {
    process.env.VL_POSTGRES_AVAILABLE = 'false';
    console.warn(`PostgreSQL suites skipped: ${url} not reachable (${(error as Error).message})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
