import { PgliteSqlClient } from './pglite-sql-client.js';

// Embedded PGlite has no autovacuum: the client analyzes its tables as they grow, so the planner uses
// their indexes.

const LOOKUP = `select id, state from visits where owner = any($1::text[]) and state in ('a', 'b')`;

async function planOf(sql: PgliteSqlClient, owners: string[]): Promise<string> {
  const { rows } = await sql.query<{ 'QUERY PLAN': string }>(`explain ${LOOKUP}`, [owners]);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

async function statistics(sql: PgliteSqlClient): Promise<{ reltuples: number; relpages: number }> {
  const { rows } = await sql.query<{ reltuples: number; relpages: number }>(
    `select reltuples::float8 as reltuples, relpages from pg_class where oid = 'visits'::regclass`,
  );
  const row = rows[0];
  if (!row) throw new Error('no pg_class row for visits');
  return row;
}

async function addVisits(sql: PgliteSqlClient, from: number, to: number): Promise<void> {
  await sql.query(
    `insert into visits (id, owner, state, note)
     select g, 'owner-' || (g / 10), case g % 3 when 0 then 'a' when 1 then 'b' else 'c' end, repeat('x', 80)
     from generate_series($1::int, $2::int) g`,
    [from, to],
  );
}

describe('embedded PGlite maintenance', () => {
  let sql: PgliteSqlClient;

  beforeEach(async () => {
    sql = await PgliteSqlClient.open('memory://', 'maintained');
    await sql.exec(
      `create table visits (id int primary key, owner text not null, state text not null, note text);
       create index visits_owner on visits (owner);
       create table untouched (id int primary key)`,
    );
  });

  afterEach(async () => {
    await sql.close();
  });

  it('analyzes a table that was never analyzed, after which the planner uses its index', async () => {
    await addVisits(sql, 1, 50_000);
    const owners = Array.from({ length: 32 }, (_, index) => `owner-${2000 + index}`);
    expect((await statistics(sql)).reltuples).toBe(-1);

    expect(await sql.maintain()).toEqual(['visits']);

    expect((await statistics(sql)).reltuples).toBe(50_000);
    const plan = await planOf(sql, owners);
    expect(plan).toMatch(/Index Scan|Bitmap Index Scan/);
    expect(plan).not.toMatch(/Seq Scan/);
    const { rows } = await sql.query(LOOKUP, [owners]);
    // Owners 2000–2031 hold visits 20000–20319; a third of them (id % 3 = 2) are in state 'c'.
    const expected = Array.from({ length: 320 }, (_, index) => 20_000 + index).filter((id) => id % 3 !== 2);
    expect(rows).toHaveLength(expected.length);
  });

  it('analyzes again only once a table has grown by a fifth, and leaves empty tables alone', async () => {
    await addVisits(sql, 1, 20_000);
    expect(await sql.maintain()).toEqual(['visits']);
    const first = await statistics(sql);

    await addVisits(sql, 20_001, 23_000);
    expect(await sql.maintain()).toEqual([]);
    expect(await statistics(sql)).toEqual(first);

    await addVisits(sql, 23_001, 25_000);
    expect(await sql.maintain()).toEqual(['visits']);
    expect((await statistics(sql)).reltuples).toBe(25_000);
  });

  it('stops with the client: a closed client runs no pass', async () => {
    await addVisits(sql, 1, 100);
    await sql.close();
    expect(await sql.maintain()).toBeUndefined();
    sql = await PgliteSqlClient.open('memory://', 'maintained');
  });
});
