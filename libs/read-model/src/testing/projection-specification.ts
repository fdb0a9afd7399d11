import { deepStrictEqual } from 'node:assert/strict';
import { encodeEvent, type LedgerEvent } from '@vl/domain';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { READ_MODEL_MIGRATIONS, READ_MODEL_TABLES } from '../migrations.js';
import { projectEvents } from '../projector.js';

export type Row = Record<string, unknown>;

/** An event as the store would hand it to the projector; `recordedAt` defaults to a fixed instant. */
export interface GivenEvent {
  readonly event: LedgerEvent;
  readonly recordedAt?: string;
}

export interface ProjectionThen {
  /** The rows the view reads after the events are projected, in the view's order. */
  then(expected: readonly Row[]): Promise<void>;
}

export interface ProjectionSpecification {
  given(events: readonly (LedgerEvent | GivenEvent)[]): ProjectionThen;
}

export interface ProjectionDatabase {
  readonly sql: SqlClient;
  close(): Promise<void>;
}

const DEFAULT_RECORDED_AT = '2024-07-01T00:00:00.000Z';

/** An embedded database with the read-model tables, for projection specifications. */
export async function projectionDatabase(): Promise<ProjectionDatabase> {
  const sql = await createSqlClient({ dataDir: 'memory://' });
  await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
  return { sql, close: () => sql.close() };
}

/**
 * given(events).then(rows) for the read models: the events are projected, in order from position 1, by
 * the projector's own code onto empty tables, and `view` (a select with a stable order) must read exactly
 * `rows`. Framework-neutral: a mismatch throws an AssertionError showing both sides.
 */
export function projectionSpecification(
  database: () => ProjectionDatabase,
  view: string,
  options: { timeZone?: string } = {},
): ProjectionSpecification {
  return {
    given: (events) => ({
      async then(expected) {
        const { sql } = database();
        await sql.transaction(async (tx) => {
          await tx.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
          const stored = events.map((given, index) => {
            const { event, recordedAt = DEFAULT_RECORDED_AT } = 'event' in given ? given : { event: given };
            const encoded = encodeEvent(event, {
              occurredAt: recordedAt,
              recordedAt,
              actor: 'spec',
              correlationId: `correlation-${index + 1}`,
            });
            return { id: `event-${index + 1}`, position: index + 1, ...encoded };
          });
          await projectEvents(tx, stored, { timeZone: options.timeZone ?? 'Asia/Shanghai' });
        });
        const { rows } = await sql.query<Row>(view);
        deepStrictEqual(rows.map(plain), expected.map(plain));
      },
    }),
  };
}

/** Rows as plain objects, so equality does not hinge on the driver's row prototype. */
function plain(row: Row): Row {
  return { ...row };
}
