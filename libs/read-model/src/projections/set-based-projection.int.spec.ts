import {
  createUpcasterRegistry,
  defineUpcaster,
  EVENT_SCHEMA_VERSIONS,
  LEDGER_UPCASTERS,
  type SessionConfirmed,
} from '@vl/domain';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { postgresSkipReason, testDatabaseUrl, uniqueSchema } from '@vl/testing';
import { READ_MODEL_MIGRATIONS, READ_MODEL_TABLES } from '../migrations.js';
import { projectEvents, projectEventsOneByOne } from '../projector.js';
import { generateLedger, type GeneratedEvent } from '../testing/generated-ledger.js';

// The set-based projector must write exactly the rows of the per-event one, on a ledger with every event
// type, however the events fall into batches.

const TIME_ZONE = 'Asia/Shanghai';

interface ConfirmedV1 {
  sessionId: string;
  volunteerId: string;
  confirmedMinutes: number;
  automatic: boolean;
}
const upcasters = createUpcasterRegistry({ ...EVENT_SCHEMA_VERSIONS, SessionConfirmed: 2 }, [
  ...LEDGER_UPCASTERS,
  defineUpcaster<ConfirmedV1, SessionConfirmed['data']>(
    'SessionConfirmed',
    1,
    ({ confirmedMinutes, ...rest }) => ({
      ...rest,
      minutes: confirmedMinutes,
      measuredMinutes: confirmedMinutes,
    }),
  ),
]);

const ledger = generateLedger({
  volunteers: 60,
  sessionsPerVolunteer: 8,
  seed: 1818,
  v1ConfirmationShare: 0.3,
});

type Project = typeof projectEvents;

async function project(sql: SqlClient, projector: Project, batchSize: number): Promise<void> {
  await sql.exec(`truncate ${READ_MODEL_TABLES.join(', ')}`);
  for (let from = 0; from < ledger.length; from += batchSize) {
    const batch: GeneratedEvent[] = ledger.slice(from, from + batchSize);
    await sql.transaction((tx) => projector(tx, batch, { timeZone: TIME_ZONE, upcasters }));
  }
}

/** Every row of every read-model table as text, sorted: a checksum that names the row that differs. */
async function dump(sql: SqlClient): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await sql.query<{ row: string }>(`select t::text as row from ${table} t`);
    tables[table] = rows.map(({ row }) => row).sort();
  }
  return tables;
}

function describeOn(
  name: string,
  open: () => Promise<{ sql: SqlClient; drop: () => Promise<void> }>,
  skip?: string,
) {
  const maybe = skip ? describe.skip : describe;
  if (skip) console.warn(`Set-based projection suite on ${name} skipped: ${skip}`);
  maybe(`the set-based projector on ${name}`, () => {
    let sql: SqlClient;
    let drop: () => Promise<void>;
    let reference: Record<string, string[]>;

    beforeAll(async () => {
      ({ sql, drop } = await open());
      await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
      await project(sql, projectEventsOneByOne, 50);
      reference = await dump(sql);
    }, 240_000);

    afterAll(async () => {
      await drop?.();
    });

    it('the generated ledger exercises every table and every event type', () => {
      const types = new Set(ledger.map((event) => event.type));
      // The personal-data bookkeeping events change no read model (their data lives in the personal store).
      const projected = Object.keys(EVENT_SCHEMA_VERSIONS).filter(
        (type) => type !== 'PersonalDataErased' && type !== 'PersonalDataMovedOut',
      );
      expect([...types].sort()).toEqual(projected.sort());
      expect(ledger.some((event) => event.metadata['schemaVersion'] === 1)).toBe(true);
      for (const table of READ_MODEL_TABLES) expect(reference[table]?.length).toBeGreaterThan(0);
    });

    it.each([3, 64, ledger.length])(
      'writes the same rows, table by table, in batches of %i',
      async (batchSize) => {
        await project(sql, projectEvents, batchSize);
        const rows = await dump(sql);
        for (const table of READ_MODEL_TABLES)
          expect({ table, rows: rows[table] }).toEqual({ table, rows: reference[table] });
      },
      240_000,
    );
  });
}

describeOn('PGlite', async () => {
  const sql = await createSqlClient({ dataDir: 'memory://' });
  return { sql, drop: () => sql.close() };
});

const postgresSkip = postgresSkipReason();
describeOn(
  'PostgreSQL',
  async () => {
    const schema = uniqueSchema('rm_set_based');
    const sql = await createSqlClient({ databaseUrl: testDatabaseUrl(), schema });
    return {
      sql,
      drop: async () => {
        await sql.exec(`drop schema if exists ${schema} cascade`);
        await sql.close();
      },
    };
  },
  postgresSkip,
);
