// `node dist/bench/read-growth-main.js`: balance, as-known-at balance, eligibility and an audit CSV page as
// the ledger grows, on embedded PGlite; written into the "Read growth" section of docs/benchmarks.md.
// BENCH_GROWTH_SESSIONS and BENCH_GROWTH_VOLUNTEERS (comma-separated) change the sizes.
import { createSqlClient } from '@vl/sql';
import { type GrowthPoint, ReadGrowth } from './read-growth.bench.js';
import { loadAverage, writeNamedSection } from './projector-report.js';

const sizes = (name: string, fallback: number[]): number[] =>
  process.env[name] ? (process.env[name] ?? '').split(',').map(Number) : fallback;
const sessionSizes = sizes('BENCH_GROWTH_SESSIONS', [10, 100, 1000, 5000]);
const volunteerSizes = sizes('BENCH_GROWTH_VOLUNTEERS', [100, 1000, 10_000, 100_000]);
const SESSION_AXIS_VOLUNTEERS = 10;
const VOLUNTEER_AXIS_SESSIONS = 2;
const points: GrowthPoint[] = [];
const loads: string[] = [await loadAverage()];

{
  const sql = await createSqlClient({ dataDir: 'memory://' });
  try {
    const growth = new ReadGrowth(sql);
    await growth.open();
    for (const size of sessionSizes) {
      await growth.growVolunteers(SESSION_AXIS_VOLUNTEERS, 0);
      await growth.growSessions(SESSION_AXIS_VOLUNTEERS, size);
      points.push(await growth.measure('sessions per volunteer', size));
      console.error(JSON.stringify(points.at(-1)));
    }
  } finally {
    await sql.close();
  }
}
loads.push(await loadAverage());
{
  const sql = await createSqlClient({ dataDir: 'memory://' });
  try {
    const growth = new ReadGrowth(sql);
    await growth.open();
    for (const size of volunteerSizes) {
      await growth.growVolunteers(size, VOLUNTEER_AXIS_SESSIONS);
      points.push(await growth.measure('volunteers', size));
      console.error(JSON.stringify(points.at(-1)));
    }
  } finally {
    await sql.close();
  }
}
loads.push(await loadAverage());

function table(axis: GrowthPoint['axis']): string[] {
  const rows = points.filter((point) => point.axis === axis);
  const first = rows[0];
  if (!first) return [];
  const growth = (value: number, base: number): string => `${Math.round((value / base) * 10) / 10}×`;
  return [
    `| ${axis} | size × | balance | as known at | eligibility | audit CSV page |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${growth(r.size, first.size)} | ${r.balanceMs} ms (${growth(r.balanceMs, first.balanceMs)}) | ${r.asKnownAtMs} ms (${growth(r.asKnownAtMs, first.asKnownAtMs)}) | ${r.eligibilityMs} ms (${growth(r.eligibilityMs, first.eligibilityMs)}) | ${r.auditCsvMs} ms (${growth(r.auditCsvMs, first.auditCsvMs)}) |`,
    ),
  ];
}

const READS = [
  ['balance', 'balanceMs'],
  ['as known at', 'asKnownAtMs'],
  ['eligibility', 'eligibilityMs'],
  ['audit CSV page', 'auditCsvMs'],
] as const;

/** The reads whose time grew faster than the size along an axis, from the measured points. */
function fasterThanTheLedger(axis: GrowthPoint['axis']): string[] {
  const rows = points.filter((point) => point.axis === axis);
  const first = rows[0];
  if (!first) return [];
  return READS.flatMap(([name, key]) =>
    rows
      .filter((r) => r.size > first.size && r[key] / first[key] > r.size / first.size)
      .map((r) => `${name} at ${r.size} ${axis}`),
  );
}

const faster = [...fasterThanTheLedger('sessions per volunteer'), ...fasterThanTheLedger('volunteers')];

const body = [
  '## Read growth',
  '',
  `Produced by \`npm run build && node dist/bench/read-growth-main.js\` on ${new Date().toISOString()}, on`,
  `embedded PGlite; load average (1/5/15 min) ${loads.join(' → ')} on a shared 2-core machine.`,
  '',
  'Median time per read, in process through the query classes the HTTP routes use (no HTTP): one',
  "volunteer's balance, the same as known at an earlier instant, the volunteer's eligibility under the",
  "shipped policies, and one page of the organisation's audit CSV (1,000 volunteers). In brackets, the",
  'growth against the smallest size. The read models are written by the projector from generated events.',
  '',
  `First: ${SESSION_AXIS_VOLUNTEERS} volunteers, each with more and more confirmed sessions.`,
  '',
  ...table('sessions per volunteer'),
  '',
  `Then: more and more volunteers in one organisation, ${VOLUNTEER_AXIS_SESSIONS} confirmed sessions each.`,
  '',
  ...table('volunteers'),
  '',
  faster.length === 0
    ? 'No read grew faster than its axis in this run.'
    : `Grew faster than its axis in this run: ${faster.join('; ')}.`,
  'A CSV page holds at most 1,000 volunteers, so along the volunteers it grows until it is full.',
].join('\n');
await writeNamedSection('read-growth', body);
console.log(body);
