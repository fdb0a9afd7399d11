import { PgliteSqlClient } from './pglite-sql-client.js';
import { type SqlClient, type SqlClientOptions } from './sql-client.js';

/** A PostgreSQL server when databaseUrl is given, otherwise embedded PGlite (dataDir, default in memory). */
export async function createSqlClient(options: SqlClientOptions): Promise<SqlClient> {
  if (options.databaseUrl) {
    // Loaded only for a server: the embedded default never needs node-postgres.
    const { PgSqlClient } = await import('./pg-sql-client.js');
    return PgSqlClient.connect(options.databaseUrl, options.schema, options.poolSize);
  }
  return PgliteSqlClient.open(options.dataDir ?? 'memory://', options.schema);
}
