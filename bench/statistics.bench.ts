import { ACTIVE_COUNTS_FROM_MEMBERS, READ_MODEL_MIGRATIONS, StatisticsQuery } from '@vl/read-model';
import { runMigrations, type SqlClient } from '@vl/sql';

export interface StatisticsBenchOptions {
  readonly volunteers?: number;
  readonly activities?: number;
  /** Requests measured per kind of question (default 200). */
  readonly requests?: number;
}

export interface StatisticsBenchResult {
  readonly dialect: SqlClient['dialect'];
  readonly volunteers: number;
  readonly activities: number;
  readonly counterRows: number;
  readonly activeRows: number;
  /** p50 and p95 of a whole city answer (figures by district and star levels) for a year, in ms. */
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** The same for the year by month and by category. */
  readonly byMonthP95Ms: number;
  readonly byCategoryP95Ms: number;
  /** Baseline: p95 of the least a request without counters must do — count the city's volunteer rows. */
  readonly baselineP95Ms: number;
  /** p95 / baselineP95. */
  readonly ratio: number;
}

const CATEGORIES = [
  'tutoring',
  'elderly-care',
  'environment',
  'mental-health',
  'safety',
  'culture',
  'health',
  'civic',
];

/**
 * A demo-sized city written straight into the read models the statistics read (the projection is exercised
 * by the e2e suite): 6 districts, 317 communities, 817 compounds, 500 teams, 20,000 volunteers each active in
 * three months of 2023, 1,576 activities.
 */
async function seedCity(sql: SqlClient, volunteers: number, activities: number): Promise<void> {
  await sql.query(`
    insert into rm_organizations (id, name, kind, parent_id, path, depth, position)
    select 'city', '株洲市', 'city', null, array['city'], 0, 0
    union all select 'd' || d, '区' || d, 'district', 'city', array['city', 'd' || d], 1, 0 from generate_series(1, 6) d
    union all select 'c' || c, '社区' || c, 'community', 'd' || (c % 6 + 1), array['city', 'd' || (c % 6 + 1), 'c' || c], 2, 0
      from generate_series(1, 317) c
    union all select 'k' || k, '小区' || k, 'compound', 'c' || (k % 317 + 1),
      array['city', 'd' || ((k % 317 + 1) % 6 + 1), 'c' || (k % 317 + 1), 'k' || k], 3, 0 from generate_series(1, 817) k
    union all select 't' || t, '队' || t, 'team', 'c' || (t % 317 + 1),
      array['city', 'd' || ((t % 317 + 1) % 6 + 1), 'c' || (t % 317 + 1), 't' || t], 3, 0 from generate_series(1, 500) t`);
  await sql.query(
    `
    create temporary table bench_volunteers as
    select 'v' || v as id, o.path from generate_series(1, $1::int) v
    join rm_organizations o on o.id = 'k' || (v % 817 + 1)`,
    [volunteers],
  );
  await sql.query(`
    insert into rm_stat_registrations (ancestor_id, month, volunteers, teams)
    select ancestor, month, sum(volunteers), sum(teams) from (
      select unnest(path) as ancestor, '2022-' || lpad(((hashtext(id) & 1023) % 12 + 1)::text, 2, '0') as month,
        1 as volunteers, 0 as teams from bench_volunteers
      union all
      select unnest(path), '2022-06', 0, 1 from rm_organizations where kind = 'team') r
    group by ancestor, month`);
  await sql.query(
    `
    create temporary table bench_activities as
    select 'a' || a as id, o.path, '2023-' || lpad((a % 12 + 1)::text, 2, '0') as month,
      (array[${CATEGORIES.map((c) => `'${c}'`).join(',')}])[a % ${CATEGORIES.length} + 1] as category
    from generate_series(1, $1::int) a join rm_organizations o on o.id = case when a % 3 = 0 then 't' || (a % 500 + 1) else 'k' || (a % 817 + 1) end`,
    [activities],
  );
  await sql.query(`
    insert into rm_stat_counters (ancestor_id, month, category, activities, confirmed_minutes, resident_visits)
    select ancestor, month, category, count(*), 0, 190 * count(*)
    from (select unnest(path) as ancestor, month, category from bench_activities) a group by 1, 2, 3`);
  // Each volunteer serves three activities of 2023 (ids spread over the year), 150 minutes each.
  await sql.query(
    `
    create temporary table bench_sessions as
    select v.id as volunteer_id, a.path, a.month, a.category
    from bench_volunteers v cross join generate_series(0, 2) s
    join bench_activities a on a.id = 'a' || ((hashtext(v.id) & 65535) * 7 + s * 523) % $1::int + 1`,
    [activities],
  );
  await sql.query(`
    insert into rm_stat_counters (ancestor_id, month, category, confirmed_minutes)
    select ancestor, month, category, 150 * count(*)
    from (select unnest(path) as ancestor, month, category from bench_sessions) s group by 1, 2, 3
    on conflict (ancestor_id, month, category)
      do update set confirmed_minutes = rm_stat_counters.confirmed_minutes + excluded.confirmed_minutes`);
  await sql.query(`
    insert into rm_stat_active_members (ancestor_id, bucket, category, volunteer_id, sessions)
    select ancestor, bucket, cat, volunteer_id, count(*)
    from (select unnest(path) as ancestor, month, category, volunteer_id from bench_sessions) s
    cross join lateral (values (month), (substr(month, 1, 4))) as b(bucket)
    cross join lateral (values (category), ('*')) as c(cat)
    group by 1, 2, 3, 4`);
  await sql.query(ACTIVE_COUNTS_FROM_MEMBERS);
  await sql.query(`
    insert into rm_stat_volunteer_totals (ancestor_id, volunteer_id, confirmed_minutes)
    select unnest(path), id, ((hashtext(id) & 1023) * 97) from bench_volunteers`);
  await sql.query(`
    insert into rm_volunteer_scopes (ancestor_id, volunteer_id) select unnest(path), id from bench_volunteers`);
  await sql.query('analyze');
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function timings(requests: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let warm = 0; warm < 10; warm += 1) await work();
  const samples: number[] = [];
  for (let index = 0; index < requests; index += 1) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

export async function benchStatistics(
  sql: SqlClient,
  options: StatisticsBenchOptions = {},
): Promise<StatisticsBenchResult> {
  const volunteers = options.volunteers ?? 20_000;
  const activities = options.activities ?? 1_576;
  const requests = options.requests ?? 200;
  await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
  const seeding = Date.now();
  await seedCity(sql, volunteers, activities);
  console.error(`statistics bench: ${sql.dialect} seeded in ${Date.now() - seeding} ms`);
  const query = new StatisticsQuery(sql);
  const year = { from: '2023-01', to: '2023-12' };
  const stars = [6000, 18000, 36000, 60000, 90000];
  const cityAnswer = (groupBy: 'child' | 'month' | 'category') => () =>
    Promise.all([query.figures('city', year, groupBy), query.volunteersReaching('city', stars)]);
  const byChild = await timings(requests, cityAnswer('child'));
  const byMonth = await timings(requests, cityAnswer('month'));
  const byCategory = await timings(requests, cityAnswer('category'));
  const baseline = await timings(requests, () =>
    sql.query(`select count(*) from rm_volunteer_scopes where ancestor_id = 'city'`),
  );
  const count = async (table: string): Promise<number> =>
    Number((await sql.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
  const p95Ms = percentile(byChild, 95);
  const baselineP95Ms = percentile(baseline, 95);
  return {
    dialect: sql.dialect,
    volunteers,
    activities,
    counterRows: await count('rm_stat_counters'),
    activeRows: await count('rm_stat_active_members'),
    p50Ms: percentile(byChild, 50),
    p95Ms,
    byMonthP95Ms: percentile(byMonth, 95),
    byCategoryP95Ms: percentile(byCategory, 95),
    baselineP95Ms,
    ratio: p95Ms / baselineP95Ms,
  };
}
