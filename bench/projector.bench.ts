import { type PGlite } from '@electric-sql/pglite';
import { volunteerStream } from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import {
  projectEventsOneByOne,
  Projector,
  READ_MODEL_MIGRATIONS,
  READ_MODEL_TABLES,
  readCheckpoint,
} from '@vl/read-model';
import { runMigrations, type SqlClient } from '@vl/sql';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { volunteerHistory } from '../libs/messaging/src/testing/ledger-fixtures.js';

/** Bulk copy in and out of one table, on the database the projector writes to. */
export interface TableCopier {
  copyOut(table: string): Promise<Buffer>;
  copyIn(table: string, data: Buffer): Promise<void>;
}

export interface ProjectorBenchOptions {
  /** Volunteers in the store (default 2000), each with `sessions` confirmed sessions (default 5). */
  readonly volunteers?: number;
  readonly sessions?: number;
  /** Also time the per-event projection (default true; slow). */
  readonly perEvent?: boolean;
}

export interface ProjectorBenchResult {
  readonly dialect: string;
  readonly events: number;
  readonly rows: number;
  /** Seconds for the per-event projection (one statement per event), the projector as it was. */
  readonly perEventSeconds: number;
  /** Seconds for `Projector.rebuild()`: the set-based projection with its adaptive batches. */
  readonly setBasedSeconds: number;
  /** Seconds to read every event raw, page by page, and COPY the rows the rebuild produced. */
  readonly rawSeconds: number;
  /** rawSeconds / setBasedSeconds; the target is at least 0.35. */
  readonly ratio: number;
  /** rawSeconds / perEventSeconds, for comparison. */
  readonly perEventRatio: number;
}

const TIME_ZONE = 'Asia/Shanghai';
const PAGE = 500;

/**
 * A read-model rebuild from position 0, by the per-event projection and by the set-based one, against the
 * least any rebuild must do on the same database: read the events and bulk-load the resulting rows.
 */
export async function benchProjector(
  sql: SqlClient,
  copier: TableCopier,
  options: ProjectorBenchOptions = {},
): Promise<ProjectorBenchResult> {
  const volunteers = options.volunteers ?? 2000;
  const sessions = options.sessions ?? 5;
  await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
  const store = await PostgresEventStore.create(sql);
  try {
    for (let v = 0; v < volunteers; v += 1) {
      const id = `projector-${v}`;
      await store.append(volunteerStream(id), volunteerHistory(id, sessions), 'no_stream');
    }
    const events = await store.headPosition();
    const projector = new Projector(sql, store, { timeZone: TIME_ZONE });

    // Warm-up, and the rows every run must produce.
    await projector.rebuild();
    const dumps = new Map<string, Buffer>();
    for (const table of READ_MODEL_TABLES) {
      dumps.set(table, await copier.copyOut(table));
      await sql.exec(
        `drop table if exists bench_${table}; create table bench_${table} (like ${table} including all)`,
      );
    }
    const rows = (
      await sql.query<{ n: string }>(
        READ_MODEL_TABLES.map((table) => `select count(*) as n from ${table}`).join(' union all '),
      )
    ).rows.reduce((sum, row) => sum + Number(row.n), 0);

    const perEventStarted = performance.now();
    if (options.perEvent !== false) {
      await sql.transaction(async (tx) => {
        await tx.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
        await tx.query(`delete from rm_checkpoints where name = 'ledger'`);
      });
      for (let from = 0; ;) {
        const page = await store.readAll({ fromPosition: from, maxCount: PAGE });
        const last = page.at(-1);
        if (!last) break;
        await sql.transaction(async (tx) => {
          await projectEventsOneByOne(tx, page, { timeZone: TIME_ZONE });
          await tx.query(
            `insert into rm_checkpoints (name, position) values ('ledger', $1)
           on conflict (name) do update set position = excluded.position`,
            [last.position],
          );
        });
        from = last.position;
      }
      if ((await readCheckpoint(sql)) !== events) throw new Error('bench: the per-event run stopped short');
    }
    const perEventSeconds = (performance.now() - perEventStarted) / 1000;

    const setBasedStarted = performance.now();
    await projector.rebuild();
    const setBasedSeconds = (performance.now() - setBasedStarted) / 1000;

    const rawStarted = performance.now();
    for (let from = 0; ;) {
      const page = await store.readAll({ fromPosition: from, maxCount: PAGE });
      const last = page.at(-1);
      if (!last) break;
      from = last.position;
    }
    for (const table of READ_MODEL_TABLES) {
      await copier.copyIn(`bench_${table}`, dumps.get(table) ?? Buffer.alloc(0));
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    for (const table of READ_MODEL_TABLES) await sql.exec(`drop table if exists bench_${table}`);
    const round = (value: number): number => Math.round(value * 100) / 100;
    return {
      dialect: sql.dialect,
      events,
      rows,
      perEventSeconds: round(perEventSeconds),
      setBasedSeconds: round(setBasedSeconds),
      rawSeconds: round(rawSeconds),
      ratio: round(rawSeconds / setBasedSeconds),
      perEventRatio: round(rawSeconds / perEventSeconds),
    };
  } finally {
    await store.close();
  }
}

/** COPY through a pg connection set to the same schema. */
export function postgresCopier(client: pg.Client): TableCopier {
  return {
    async copyOut(table) {
      const chunks: Buffer[] = [];
      await pipeline(
        client.query(copyStreams.to(`copy ${table} to stdout`)),
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }),
      );
      return Buffer.concat(chunks);
    },
    async copyIn(table, data) {
      await pipeline(Readable.from([data]), client.query(copyStreams.from(`copy ${table} from stdin`)));
    },
  };
}

/** COPY on PGlite goes through its virtual `/dev/blob` file. */
export function pgliteCopier(db: PGlite): TableCopier {
  return {
    async copyOut(table) {
      const result = await db.query(`copy ${table} to '/dev/blob'`);
      return Buffer.from(result.blob ? await result.blob.arrayBuffer() : new ArrayBuffer(0));
    },
    async copyIn(table, data) {
      await db.query(`copy ${table} from '/dev/blob'`, [], { blob: new Blob([data]) });
    },
  };
}
