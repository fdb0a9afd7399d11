import { type LedgerConfig, loadConfig } from '@vl/config';
import { createEventStore, type EventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { READ_MODEL_MIGRATIONS } from '@vl/read-model';

export interface LedgerConnection {
  readonly config: LedgerConfig;
  readonly sql: SqlClient;
  readonly store: EventStore;
  close(): Promise<void>;
}

/** The same store and database the service uses, from the same environment. */
export async function connectLedger(): Promise<LedgerConnection> {
  const config = loadConfig();
  const sql = await createSqlClient({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
  });
  await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
  const store = await createEventStore({ sql, eventStoreUrl: config.eventStoreUrl });
  return {
    config,
    sql,
    store,
    async close() {
      await store.close();
      await sql.close();
    },
  };
}
