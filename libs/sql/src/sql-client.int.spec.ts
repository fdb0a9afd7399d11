import { postgresSkipReason, testDatabaseUrl, uniqueSchema } from '@vl/testing';
import { EventStoreUnavailableError } from './unavailable-error.js';
import { createSqlClient } from './create-sql-client.js';
import { runMigrations } from './run-migrations.js';
import { type SqlClient } from './sql-client.js';

const MIGRATIONS = [
  {
    id: '001-counters',
    sql: 'create table counters (name text primary key, value bigint not null); create index on counters (value);',
  },
  { id: '002-seed', sql: "insert into counters values ('big', 9007199254740991), ('small', 1);" },
];

function describeSqlClient(name: string, open: () => Promise<SqlClient>, skipReason?: string): void {
  if (skipReason) {
    console.warn(`${name}: skipped (${skipReason})`);
    describe.skip(name, () => it('works', () => undefined));
    return;
  }
  describe(name, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql = await open();
      await runMigrations(sql, 'sql-client-test', MIGRATIONS);
    });
    afterAll(async () => {
      if (sql.dialect === 'postgres') await sql.exec(`drop schema ${sql.schema} cascade`);
      await sql.close();
    });

    it('returns bigint columns and arrays as numbers', async () => {
      const { rows } = await sql.query<{ value: number; values: number[]; count: number }>(
        `select value, array[value, 2::bigint] as values, (select count(*) from counters) as count from counters where name = $1`,
        ['big'],
      );
      expect(rows).toEqual([
        { value: Number.MAX_SAFE_INTEGER, values: [Number.MAX_SAFE_INTEGER, 2], count: 2 },
      ]);
    });

    it('fails loudly on a bigint that a JS number cannot hold', async () => {
      await expect(sql.query(`select 9007199254740993::bigint as n`)).rejects.toThrow(RangeError);
    });

    it('runs a parameterless script and answers with its last statement', async () => {
      const result = await sql.query<{ n: number }>(
        `create temp table scratch (n int); insert into scratch values (7); select n from scratch`,
      );
      expect(result.rows).toEqual([{ n: 7 }]);
      await sql.exec('drop table scratch');
    });

    it('commits a transaction and rolls it back when the function throws', async () => {
      await sql.transaction(async (tx) => {
        await tx.query(`insert into counters values ($1, $2)`, ['committed', 1]);
      });
      await expect(
        sql.transaction(async (tx) => {
          await tx.query(`insert into counters values ($1, $2)`, ['rolled-back', 1]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const { rows } = await sql.query<{ name: string }>(
        `select name from counters where name in ('committed', 'rolled-back')`,
      );
      expect(rows).toEqual([{ name: 'committed' }]);
    });

    it('keeps concurrent transactions and queries from interleaving wrongly', async () => {
      await sql.query(`insert into counters values ('race', 0)`);
      await Promise.all(
        Array.from({ length: 20 }, () =>
          sql.transaction(async (tx) => {
            const { rows } = await tx.query<{ value: number }>(
              `select value from counters where name = 'race' for update`,
            );
            await new Promise((resolve) => setTimeout(resolve, 1));
            await tx.query(`update counters set value = $1 where name = 'race'`, [(rows[0]?.value ?? 0) + 1]);
          }),
        ),
      );
      const { rows } = await sql.query<{ value: number }>(`select value from counters where name = 'race'`);
      expect(rows[0]?.value).toBe(20);
    });

    it('applies each migration once, also when several runners start at once', async () => {
      const more = [...MIGRATIONS, { id: '003-more', sql: "insert into counters values ('third', 3)" }];
      const applied = await Promise.all([
        runMigrations(sql, 'sql-client-test', more),
        runMigrations(sql, 'sql-client-test', more),
      ]);
      expect(applied.flat()).toEqual(['003-more']);
      const { rows } = await sql.query<{ id: string }>(
        `select id from schema_migrations where component = 'sql-client-test' order by id`,
      );
      expect(rows.map((row) => row.id)).toEqual(['001-counters', '002-seed', '003-more']);
    });

    it('delivers notifications to a listener', async () => {
      if (!sql.listen) throw new Error('listen is expected on both clients');
      const received: string[] = [];
      const stop = await sql.listen('sql_client_test', (payload) => received.push(payload));
      await sql.query(`select pg_notify('sql_client_test', $1)`, ['hello']);
      for (let attempt = 0; attempt < 50 && received.length === 0; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await stop();
      expect(received).toEqual(['hello']);
    });
  });
}

describeSqlClient('PGlite SQL client', () =>
  createSqlClient({ dataDir: 'memory://', schema: 'sql_client_test' }),
);

const databaseUrl = testDatabaseUrl();
describeSqlClient(
  'PostgreSQL SQL client',
  () => createSqlClient({ databaseUrl: databaseUrl ?? '', schema: uniqueSchema('sql_client'), poolSize: 6 }),
  databaseUrl ? postgresSkipReason() : 'PostgreSQL not reachable',
);

describe('an unreachable PostgreSQL server', () => {
  it('is reported as EventStoreUnavailableError', async () => {
    await expect(
      createSqlClient({ databaseUrl: 'postgres://postgres@127.0.0.1:1/test' }),
    ).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });
});
