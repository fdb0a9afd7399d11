import { type SqlClient } from '@vl/event-store';
import { READ_MODEL_TABLES, SQL_CLIENT } from '@vl/read-model';
import { type TestLedger } from './ledger-app.js';

/** Every read-model row, in a stable order, to compare a rebuild with the live tables. */
export async function dumpReadModel(ledger: TestLedger): Promise<Record<string, unknown[]>> {
  return dumpReadModelOf(ledger.app.app.get<SqlClient>(SQL_CLIENT));
}

/** As `dumpReadModel`, for read models kept through any SQL client. */
export async function dumpReadModelOf(sql: SqlClient): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await sql.query(`select * from ${table}`);
    dump[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return dump;
}
