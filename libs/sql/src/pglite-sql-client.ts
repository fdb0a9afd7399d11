import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import { mapConnectionError } from './connection-errors.js';
import { INT8_ARRAY_OID, INT8_OID, parseInt8 } from './int8.js';
import { initdbInChildProcess, needsInitdb, PGLITE_START_PARAMS } from './pglite-init.js';
import { lockDataDir } from './data-dir-lock.js';
import { EmbeddedMaintenance } from './embedded-maintenance.js';
import { checkSchemaName } from './schema-name.js';
import { type QueryResult, type SqlClient, type SqlExecutor } from './sql-client.js';

type PgliteTarget = Pick<PGlite, 'query' | 'exec'> | Transaction;

function normalise<Row>(result: Results | undefined): QueryResult<Row> {
  const rows = (result?.rows ?? []) as Row[];
  return { rows, rowCount: result?.rowCount ?? result?.affectedRows ?? rows.length };
}

async function run<Row>(
  target: PgliteTarget,
  text: string,
  params: readonly unknown[] | undefined,
): Promise<QueryResult<Row>> {
  try {
    if (params === undefined || params.length === 0) {
      // Like pg's simple protocol: a parameterless text may be a script; its last result is the answer.
      const results = await target.exec(text);
      return normalise<Row>(results[results.length - 1]);
    }
    return normalise<Row>(await target.query(text, [...params]));
  } catch (error) {
    throw mapConnectionError(error);
  }
}

/**
 * Embedded PGlite: one connection in the process. Its transaction API holds every other query on the
 * instance until the transaction ends, which is what keeps interleaved callers correct. With no autovacuum
 * in the embedded server, the client analyzes its schema's tables itself as they grow.
 */
export class PgliteSqlClient implements SqlClient {
  readonly dialect = 'pglite';
  private readonly maintenance: EmbeddedMaintenance;

  private constructor(
    private readonly db: PGlite,
    readonly schema: string,
    private readonly unlock: () => Promise<void>,
  ) {
    this.maintenance = new EmbeddedMaintenance(this, {
      onError: (error) =>
        process.emitWarning(`embedded database maintenance failed: ${(error as Error).message}`),
    });
  }

  static async open(dataDir = 'memory://', schema = 'public'): Promise<PgliteSqlClient> {
    checkSchemaName(schema);
    if (needsInitdb(dataDir)) await initdbInChildProcess(dataDir);
    // A directory on disk (not memory:// or another PGlite scheme) belongs to one process at a time.
    const unlock = dataDir.includes('://') ? async () => undefined : await lockDataDir(dataDir);
    try {
      const db = await PGlite.create({
        dataDir,
        startParams: [...PGLITE_START_PARAMS],
        parsers: {
          [INT8_OID]: parseInt8,
          [INT8_ARRAY_OID]: (text: string) =>
            text
              .slice(1, -1)
              .split(',')
              .filter(Boolean)
              .map((item) => (item === 'NULL' ? null : parseInt8(item))),
        },
      });
      // Session settings last for the life of the single connection.
      await db.exec(`create schema if not exists ${schema}; set search_path to ${schema};`);
      const client = new PgliteSqlClient(db, schema, unlock);
      client.maintenance.start();
      return client;
    } catch (error) {
      await unlock();
      throw error;
    }
  }

  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    return run<Row>(this.db, text, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction((tx) => fn({ query: (text, params) => run(tx, text, params) }));
    } catch (error) {
      throw mapConnectionError(error);
    }
  }

  async exec(script: string): Promise<void> {
    await run(this.db, script, undefined);
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, onNotify);
    return async () => {
      if (!this.db.closed) await unlisten();
    };
  }

  /** Runs a maintenance pass now instead of at the next tick: the tables it analyzed. */
  async maintain(): Promise<string[] | undefined> {
    return this.maintenance.pass();
  }

  async close(): Promise<void> {
    await this.maintenance.stop();
    if (!this.db.closed) await this.db.close();
    await this.unlock();
  }
}
