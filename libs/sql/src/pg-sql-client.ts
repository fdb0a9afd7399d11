import pg from 'pg';
import { mapConnectionError } from './connection-errors.js';
import { INT8_ARRAY_OID, INT8_OID, parseInt8 } from './int8.js';
import { checkSchemaName } from './schema-name.js';
import { type QueryResult, type SqlClient, type SqlExecutor } from './sql-client.js';

const RECONNECT_DELAY_MS = 1000;

type TextParser = (text: string) => unknown;
const defaultParser = pg.types.getTypeParser as (oid: number, format: 'text' | 'binary') => TextParser;
const parseInt8Array = defaultParser(INT8_ARRAY_OID, 'text') as (text: string) => Array<string | null>;

/** Per-pool type parsing, so other users of `pg` in the process keep the library's defaults. */
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID) return parseInt8;
    if (oid === INT8_ARRAY_OID)
      return (text: string) => parseInt8Array(text).map((item) => item && parseInt8(item));
    return defaultParser(oid, format ?? 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

type PgResult = pg.QueryResult<Record<string, unknown>>;

function normalise<Row>(result: PgResult | PgResult[]): QueryResult<Row> {
  // The simple query protocol answers a multi-statement script with one result per statement.
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  const rows = (last?.rows ?? []) as Row[];
  return { rows, rowCount: last?.rowCount ?? rows.length };
}

async function run<Row>(
  target: pg.Pool | pg.PoolClient,
  text: string,
  params: readonly unknown[] | undefined,
): Promise<QueryResult<Row>> {
  try {
    const result: PgResult | PgResult[] =
      params === undefined || params.length === 0
        ? await target.query(text)
        : await target.query(text, params as unknown[]);
    return normalise<Row>(result);
  } catch (error) {
    throw mapConnectionError(error);
  }
}

/** A PostgreSQL server through a `pg` pool; every connection has search_path set to the schema. */
export class PgSqlClient implements SqlClient {
  readonly dialect = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    private readonly config: pg.ClientConfig,
    readonly schema: string,
  ) {
    // An idle connection that dies (server restart) is dropped by the pool; the next query reconnects.
    pool.on('error', () => undefined);
  }

  static async connect(databaseUrl: string, schema = 'public', poolSize = 10): Promise<PgSqlClient> {
    checkSchemaName(schema);
    const base: pg.ClientConfig = {
      connectionString: databaseUrl,
      types: typeParsers,
      connectionTimeoutMillis: 5000,
    };
    await ensureSchema(base, schema);
    const config: pg.ClientConfig = { ...base, options: `-c search_path=${schema}` };
    return new PgSqlClient(new pg.Pool({ ...config, max: poolSize }), config, schema);
  }

  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    return run<Row>(this.pool, text, params);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw mapConnectionError(error);
    }
    const tx: SqlExecutor = { query: (text, params) => run(client, text, params) };
    let broken: Error | undefined;
    try {
      await run(client, 'begin', undefined);
      const result = await fn(tx);
      await run(client, 'commit', undefined);
      return result;
    } catch (error) {
      try {
        await client.query('rollback');
      } catch (rollbackError) {
        // A connection that cannot roll back is not fit to go back into the pool.
        broken = rollbackError as Error;
      }
      throw mapConnectionError(error);
    } finally {
      client.release(broken);
    }
  }

  async exec(script: string): Promise<void> {
    await run(this.pool, script, undefined);
  }

  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = new PgListener(this.config, channel, onNotify);
    await listener.start();
    return () => listener.stop();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function ensureSchema(config: pg.ClientConfig, schema: string): Promise<void> {
  const client = new pg.Client(config);
  try {
    await client.connect();
    await client.query(`create schema if not exists ${schema}`);
  } catch (error) {
    // Two processes creating the schema at once: the loser sees a unique violation, and the schema exists.
    const code = (error as { code?: unknown }).code;
    if (code !== '23505' && code !== '42P06') throw mapConnectionError(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A dedicated LISTEN connection that reconnects on its own; pooled connections cannot hold a LISTEN. */
class PgListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly onNotify: (payload: string) => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify(message.payload ?? '');
    });
    client.on('error', () => this.scheduleReconnect(client));
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`listen "${this.channel.replaceAll('"', '""')}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw mapConnectionError(error);
    }
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.client?.end().catch(() => undefined);
  }

  private scheduleReconnect(failed?: pg.Client): void {
    if (this.stopped || this.retryTimer) return;
    // Events from a connection that is not the live one (a failed start, an old connection) are stale.
    if (failed !== undefined && failed !== this.client) return;
    this.client = undefined;
    void failed?.end().catch(() => undefined);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.stopped) return;
      this.start().then(
        () => (this.stopped ? void this.client?.end().catch(() => undefined) : this.onNotify('')),
        () => this.scheduleReconnect(),
      );
    }, RECONNECT_DELAY_MS);
  }
}
