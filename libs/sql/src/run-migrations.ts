import { type Migration, type SqlClient, type SqlExecutor } from './sql-client.js';

const CREATE_TABLE = `
  create table if not exists schema_migrations (
    component text not null,
    id text not null,
    applied_at timestamptz not null default now(),
    primary key (component, id)
  )`;

/**
 * Processes starting at once serialize on this transaction-scoped lock (one per schema), so each
 * migration runs exactly once and the table's creation cannot race.
 */
async function lockMigrations(tx: SqlExecutor): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(1986948931, hashtext(current_schema()))`);
}

/** Applies the component's migrations that are not applied yet, in order, each in its own transaction. */
export async function runMigrations(
  sql: SqlClient,
  component: string,
  migrations: readonly Migration[],
): Promise<string[]> {
  await sql.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.query(CREATE_TABLE);
  });
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await sql.transaction(async (tx) => {
      await lockMigrations(tx);
      const done = await tx.query(`select 1 from schema_migrations where component = $1 and id = $2`, [
        component,
        migration.id,
      ]);
      if (done.rows.length > 0) return false;
      await tx.query(migration.sql);
      await tx.query(`insert into schema_migrations (component, id) values ($1, $2)`, [
        component,
        migration.id,
      ]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return applied;
}
