/** Connection details of the real infrastructure the int and e2e suites use. */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  return process.env.VL_POSTGRES_AVAILABLE === 'false' ? undefined : url;
}

/** Why PostgreSQL suites are skipped, or undefined when they run. */
export function postgresSkipReason(): string | undefined {
  return process.env.VL_POSTGRES_AVAILABLE === 'false'
    ? `PostgreSQL not reachable at ${process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL}`
    : undefined;
}

/** A schema name unique to one suite run, so suites can run in parallel on one database. */
export function uniqueSchema(prefix: string): string {
  const suffix = `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return `${prefix}_${suffix}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);
}
