import { volunteerStream } from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient, runMigrations } from '@vl/sql';
import { Projector, READ_MODEL_MIGRATIONS, READ_MODEL_TABLES } from '@vl/read-model';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { volunteerHistory } from '../libs/messaging/src/testing/ledger-fixtures.js';

export interface RebuildBenchOptions {
  readonly databaseUrl: string;
  readonly schema: string;
  /** Volunteers in the store (default 2000), each with `sessions` confirmed sessions (default 5). */
  readonly volunteers?: number;
  readonly sessions?: number;
}

export interface RebuildBenchResult {
  readonly events: number;
  readonly rows: number;
  /** Seconds to empty the read models and replay every event through the projections. */
  readonly rebuildSeconds: number;
  /** Seconds to read every event raw, page by page, and COPY the rows the rebuild produced. */
  readonly rawSeconds: number;
  /** rawSeconds / rebuildSeconds; the design target is at least 0.25. */
  readonly ratio: number;
}

const TIME_ZONE = 'Asia/Shanghai';

/**
 * A read-model rebuild from position 0 against the least any rebuild must do on the same database: read
 * the events and bulk-load the resulting rows. Writes into its own schema, which the caller drops.
 */
export async function benchRebuild(options: RebuildBenchOptions): Promise<RebuildBenchResult> {
  const volunteers = options.volunteers ?? 2000;
  const sessions = options.sessions ?? 5;
  const sql = await createSqlClient({
    databaseUrl: options.databaseUrl,
    schema: options.schema,
    poolSize: 4,
  });
  const raw = new pg.Client({ connectionString: options.databaseUrl });
  await raw.connect();
  try {
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    const store = await PostgresEventStore.create(sql);
    for (let v = 0; v < volunteers; v += 1) {
      const id = `rebuild-${v}`;
      await store.append(volunteerStream(id), volunteerHistory(id, sessions), 'no_stream');
    }
    const events = await store.headPosition();
    const projector = new Projector(sql, store, { timeZone: TIME_ZONE });
    await projector.rebuild();
    await raw.query(`set search_path to ${options.schema}`);

    // The rows the rebuild produced, as COPY text, and empty tables of the same shape to load them into.
    const dumps = new Map<string, Buffer>();
    for (const table of READ_MODEL_TABLES) {
      dumps.set(table, await copyOut(raw, `copy ${table} to stdout`));
      await raw.query(
        `drop table if exists bench_${table}; create table bench_${table} (like ${table} including all)`,
      );
    }
    const rows = (
      await sql.query<{ n: string }>(
        READ_MODEL_TABLES.map((table) => `select count(*) as n from ${table}`).join(' union all '),
      )
    ).rows.reduce((sum, row) => sum + Number(row.n), 0);

    const rebuildStarted = performance.now();
    await projector.rebuild();
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;

    const rawStarted = performance.now();
    let from = 0;
    for (;;) {
      const page = await store.readAll({ fromPosition: from, maxCount: 500 });
      if (page.length === 0) break;
      from = page[page.length - 1]?.position ?? from;
    }
    for (const table of READ_MODEL_TABLES) {
      await copyIn(raw, `copy bench_${table} from stdin`, dumps.get(table) ?? Buffer.alloc(0));
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    await store.close();
    return {
      events,
      rows,
      rebuildSeconds: Math.round(rebuildSeconds * 100) / 100,
      rawSeconds: Math.round(rawSeconds * 100) / 100,
      ratio: Math.round((rawSeconds / rebuildSeconds) * 100) / 100,
    };
  } finally {
    await raw.end();
    await sql.close();
  }
}

async function copyOut(client: pg.Client, statement: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(
    client.query(copyStreams.to(statement)),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}

async function copyIn(client: pg.Client, statement: string, data: Buffer): Promise<void> {
  await pipeline(Readable.from([data]), client.query(copyStreams.from(statement)));
}
