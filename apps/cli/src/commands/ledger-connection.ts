import { type LedgerConfig, loadConfig } from '@vl/config';
import { createEventStore, type EventStore } from '@vl/event-store';
import { openPersonalDataStore, type PersonalDataStore } from '@vl/personal-data';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { READ_MODEL_MIGRATIONS } from '@vl/read-model';

export interface LedgerConnection {
  readonly config: LedgerConfig;
  readonly sql: SqlClient;
  readonly store: EventStore;
  /** Opens the personal-data store (its master key from the same configuration as the service's). */
  people(): Promise<PersonalDataStore>;
  close(): Promise<void>;
}

/** The same store and database the service uses, from the same environment. */
export async function connectLedger(config: LedgerConfig = loadConfig()): Promise<LedgerConnection> {
  const sql = await createSqlClient({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
  });
  try {
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    const store = await createEventStore({ sql, eventStoreUrl: config.eventStoreUrl });
    return {
      config,
      sql,
      store,
      people: () =>
        openPersonalDataStore(sql, {
          masterKey: config.personalDataMasterKey,
          retiredKeys: config.personalDataRetiredKeys,
          keyFile: config.personalDataKeyFile,
        }),
      async close() {
        await store.close();
        await sql.close();
      },
    };
  } catch (error) {
    await sql.close();
    throw error;
  }
}
