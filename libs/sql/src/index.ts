export * from './sql-client.js';
export * from './create-sql-client.js';
export * from './run-migrations.js';
export { isConnectionFailure, mapConnectionError } from './connection-errors.js';
export { EventStoreUnavailableError } from './unavailable-error.js';
// A type only: node-postgres is loaded when DATABASE_URL asks for a server (createSqlClient).
export type { PgSqlClient } from './pg-sql-client.js';
export { PgliteSqlClient } from './pglite-sql-client.js';
export { DataDirInUseError, lockDataDir } from './data-dir-lock.js';
export { GroupCommit, type GroupCommitOptions, type GroupItem, type RunBatch } from './group-commit.js';
export { analyzeGrownTables } from './embedded-maintenance.js';
