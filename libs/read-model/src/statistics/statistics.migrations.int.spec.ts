import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { READ_MODEL_MIGRATIONS } from '../migrations.js';

// A ledger whose statistics were kept before the active-volunteer counts existed keeps its figures.

let sql: SqlClient;
beforeAll(async () => {
  sql = await createSqlClient({ dataDir: 'memory://' });
});
afterAll(async () => {
  await sql?.close();
});

it('moves the per-month active rows into month and year members and counts them', async () => {
  const upTo = READ_MODEL_MIGRATIONS.findIndex(
    (migration) => migration.id === '102-statistics-active-counts',
  );
  expect(upTo).toBeGreaterThan(0);
  await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS.slice(0, upTo));
  await sql.query(
    `insert into rm_stat_active (ancestor_id, month, category, volunteer_id, sessions) values
       ('city', '2024-03', 'tutoring', 'v-1', 2), ('city', '2024-04', 'tutoring', 'v-1', 1),
       ('city', '2024-04', 'environment', 'v-2', 1), ('team', '2024-04', 'environment', 'v-2', 1)`,
  );
  expect(await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS)).toEqual([
    '102-statistics-active-counts',
    ...READ_MODEL_MIGRATIONS.slice(upTo + 1).map((migration) => migration.id),
  ]);
  const members = await sql.query<{ row: string }>(
    `select concat_ws(' ', ancestor_id, bucket, category, volunteer_id, sessions) as row
     from rm_stat_active_members order by 1`,
  );
  expect(members.rows.map((r) => r.row)).toEqual([
    'city 2024 * v-1 3',
    'city 2024 * v-2 1',
    'city 2024 environment v-2 1',
    'city 2024 tutoring v-1 3',
    'city 2024-03 * v-1 2',
    'city 2024-03 tutoring v-1 2',
    'city 2024-04 * v-1 1',
    'city 2024-04 * v-2 1',
    'city 2024-04 environment v-2 1',
    'city 2024-04 tutoring v-1 1',
    'team 2024 * v-2 1',
    'team 2024 environment v-2 1',
    'team 2024-04 * v-2 1',
    'team 2024-04 environment v-2 1',
  ]);
  const counts = await sql.query<{ row: string }>(
    `select concat_ws(' ', ancestor_id, bucket, category, volunteers) as row from rm_stat_active_counts
     where ancestor_id = 'city' order by 1`,
  );
  expect(counts.rows.map((r) => r.row)).toEqual([
    'city 2024 * 2',
    'city 2024 environment 1',
    'city 2024 tutoring 1',
    'city 2024-03 * 1',
    'city 2024-03 tutoring 1',
    'city 2024-04 * 2',
    'city 2024-04 environment 1',
    'city 2024-04 tutoring 1',
  ]);
  const old = await sql.query(`select 1 from information_schema.tables where table_name = 'rm_stat_active'`);
  expect(old.rows).toEqual([]);
});
