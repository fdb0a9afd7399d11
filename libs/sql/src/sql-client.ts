/**
 * The one SQL surface the event store and the read models share, over a PostgreSQL server (`pg` pool)
 * or embedded PGlite. Both speak the same SQL; each suite or deployment uses its own schema.
 */
export interface QueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

export interface SqlExecutor {
  /**
   * Runs one statement. Without params the text may hold several statements (as PostgreSQL's simple query
   * protocol allows); the result is then the last statement's. bigint columns come back as numbers.
   */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface SqlClient extends SqlExecutor {
  readonly dialect: 'postgres' | 'pglite';
  readonly schema: string;
  /** Runs fn in one transaction on one connection; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * LISTENs on a channel (on a connection of its own for a server) and calls onNotify with each payload;
   * also calls it with '' after reconnecting, since notifications may have been missed meanwhile.
   * Resolves to a function that stops listening.
   */
  listen?(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
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
