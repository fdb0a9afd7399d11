import { type SqlClient } from '@vl/sql';
import { READ_MODEL_TABLES } from '@vl/read-model';
import { SQL_CLIENT } from '@vl/platform';
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
