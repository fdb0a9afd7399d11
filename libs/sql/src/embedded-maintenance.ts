import { type SqlClient } from './sql-client.js';

/** The part of a client a maintenance pass uses. */
export type MaintainedDatabase = Pick<SqlClient, 'schema' | 'query' | 'transaction'>;

/**
 * Rows sampled per column statistic: 3,000 rows instead of a server's 30,000. The embedded connection waits
 * for an analysis, and its sample stays resident in PGlite's heap, which never shrinks; the ledger's
 * lookups (keys, volunteers, sessions) need row counts and distinct counts, not fine histograms.
 */
const STATISTICS_TARGET = 10;

/**
 * A table is analyzed again once it has grown by this share of the pages it had when last analyzed… Between
 * analyses the planner scales the recorded row count by the table's current size, so a grown table keeps
 * its plans. The single embedded connection waits for an analysis: at a million events, about a second per
 * pass with a server's sample, a tenth of a second per large table with this one.
 */
const GROWTH_SHARE = 0.2;
/** …and by at least this many pages, so small tables are not analyzed on every pass. */
const GROWTH_MIN_PAGES = 4;

interface TableSize {
  readonly name: string;
  readonly relpages: number;
  readonly reltuples: number;
  readonly pages: number;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The statistics PostgreSQL's autovacuum keeps on a server, for a database that has none: PGlite runs
 * PostgreSQL in single-user mode, where no autovacuum process exists, so its tables were never analyzed and
 * the planner read a grown table with a sequential scan where an index serves (the projector's balance
 * refresh: 196 ms against 1 ms at a million events). A pass analyzes every table of the schema that has
 * grown by a fifth since it was last analyzed, or never was. PGlite does not flush its statistics counters
 * in single-user mode, so growth is read from the table's size on disk against the size ANALYZE recorded.
 * Resolves to the tables it analyzed.
 */
export async function analyzeGrownTables(db: MaintainedDatabase): Promise<string[]> {
  const { rows } = await db.query<TableSize>(
    `select c.relname as name, c.relpages, c.reltuples::float8 as reltuples,
       (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind = 'r'
     order by c.relname`,
    [db.schema],
  );
  const due = rows
    .filter(
      (table) =>
        table.pages > 0 &&
        (table.reltuples < 0 || table.pages >= table.relpages * (1 + GROWTH_SHARE) + GROWTH_MIN_PAGES),
    )
    .map((table) => table.name);
  if (due.length > 0) {
    const schema = quoteIdent(db.schema);
    await db.transaction(async (tx) => {
      await tx.query(`set local default_statistics_target = ${STATISTICS_TARGET}`);
      await tx.query(`analyze ${due.map((name) => `${schema}.${quoteIdent(name)}`).join(', ')}`);
    });
  }
  return due;
}

export interface EmbeddedMaintenanceOptions {
  /** Time between passes (default 20 s). */
  readonly intervalMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs `analyzeGrownTables` on a timer that does not keep the process alive, one pass at a time. A pass queues
 * behind the transaction under way like any other statement on the single embedded connection.
 */
export class EmbeddedMaintenance {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly db: MaintainedDatabase,
    private readonly options: EmbeddedMaintenanceOptions = {},
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.pass(), this.options.intervalMs ?? 20_000);
    this.timer.unref();
  }

  /** Runs one pass now (after the one under way, if any). */
  async pass(): Promise<string[] | undefined> {
    if (this.stopped) return undefined;
    while (this.running) await this.running;
    const run = analyzeGrownTables(this.db).catch((error: unknown) => {
      if (!this.stopped) this.options.onError?.(error);
      return undefined;
    });
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = undefined;
    }
  }

  /** Stops the timer and waits for the pass under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
