/**
 * The one SQL surface the event store and the read models share, over a PostgreSQL server (`pg` pool)
 * or embedded PGlite. Both speak the same SQL; each suite or deployment uses its own schema.
 */
export interface QueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface SqlClient extends SqlExecutor {
  readonly dialect: 'postgres' | 'pglite';
  readonly schema: string;
  /** Runs fn in one transaction on one connection; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface SqlClientOptions {
  /** A PostgreSQL server; when absent, embedded PGlite is used. */
  readonly databaseUrl?: string;
  /** PGlite's data directory; `memory://` for an in-memory database. */
  readonly dataDir?: string;
  /** The schema every table lives in; created when missing. */
  readonly schema?: string;
  readonly poolSize?: number;
}

export interface Migration {
  readonly id: string;
  readonly sql: string;
}
