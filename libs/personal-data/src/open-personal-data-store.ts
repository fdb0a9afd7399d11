import { runMigrations, type SqlClient } from '@vl/sql';
import { loadMasterKeyRing, type MasterKeySource } from './master-key.loader.js';
import { PERSONAL_DATA_MIGRATIONS } from './personal-data.migrations.js';
import { PersonalDataStore } from './personal-data.store.js';

/**
 * Migrates the store's tables, loads the master keys, and re-wraps any data key still under a retired
 * master key, so a rotation completes on the first start with the new key configured; people stored before
 * the name index existed are indexed.
 */
export async function openPersonalDataStore(
  sql: SqlClient,
  keys: MasterKeySource,
): Promise<PersonalDataStore> {
  await runMigrations(sql, 'personal-data', PERSONAL_DATA_MIGRATIONS);
  const store = new PersonalDataStore(sql, await loadMasterKeyRing(keys));
  await store.rewrapRetiredKeys();
  await store.indexNames();
  return store;
}
