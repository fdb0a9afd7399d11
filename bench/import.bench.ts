import {
  type Actor,
  decideOrganization,
  decideVolunteer,
  encodeEvent,
  type LedgerEvent,
  organizationStream,
  volunteerStream,
} from '@vl/domain';
import { createEventStore, type EventData, type EventStore } from '@vl/event-store';
import { eventIdOf, importHours } from '@vl/import';
import { createSqlClient } from '@vl/sql';
import { randomUUID } from 'node:crypto';

export interface ImportBenchResult {
  readonly rows: number;
  readonly volunteers: number;
  readonly events: number;
  readonly fileBytes: number;
  /** `importHours` on the CSV: read, check, decide and append. */
  readonly importSeconds: number;
  /** The same number of events, already built, appended to the same number of streams in the same groups. */
  readonly baselineSeconds: number;
  /** importSeconds / baselineSeconds. */
  readonly ratio: number;
}

const ROOT: Actor = { sub: 'bench', roles: ['admin'], org: '*' };
const NOW = Date.UTC(2025, 0, 1);
const meta = {
  occurredAt: new Date(NOW).toISOString(),
  recordedAt: new Date(NOW).toISOString(),
  actor: 'bench',
  correlationId: 'bench',
};
const GROUP = 400;

async function inGroups(store: EventStore, appends: readonly { stream: string; events: EventData[] }[]) {
  for (let start = 0; start < appends.length; start += GROUP) {
    await Promise.all(
      appends.slice(start, start + GROUP).map((append) => store.append(append.stream, append.events, 'any')),
    );
  }
}

const encoded = (events: readonly LedgerEvent[], name: string): EventData[] =>
  events.map((event, index) => ({ id: eventIdOf(`${name}/${index}`), ...encodeEvent(event, meta) }));

/** A city, a community and `volunteers` registered volunteers, written through the deciders. */
async function seed(store: EventStore, volunteers: number): Promise<void> {
  const city = decideOrganization(
    {
      type: 'RegisterOrganization',
      data: { organizationId: 'zz', name: '株洲', kind: 'city', parent: null, actor: ROOT },
    },
    { status: 'Unregistered' },
  );
  const community = decideOrganization(
    {
      type: 'RegisterOrganization',
      data: {
        organizationId: 'lianhua',
        name: '莲花社区',
        kind: 'community',
        parent: { organizationId: 'zz', kind: 'city', path: ['zz'] },
        actor: ROOT,
      },
    },
    { status: 'Unregistered' },
  );
  await store.append(organizationStream('zz'), encoded(city, 'zz'), 'no_stream');
  await store.append(organizationStream('lianhua'), encoded(community, 'lianhua'), 'no_stream');
  const appends = Array.from({ length: volunteers }, (_, index) => {
    const volunteerId = `v${index}`;
    const events = decideVolunteer(
      {
        type: 'RegisterVolunteer',
        data: {
          volunteerId,
          name: '志愿者',
          birthDate: '2000-01-01',
          organization: { organizationId: 'lianhua', path: ['zz', 'lianhua'] },
          schoolId: null,
          leagueStatus: 'none',
          now: new Date(Date.UTC(2020, 0, 1)).toISOString(),
        },
      },
      { status: 'Unregistered' },
    );
    return { stream: volunteerStream(volunteerId), events: encoded(events, volunteerId) };
  });
  await inGroups(store, appends);
}

/** `rows` rows over `volunteers` volunteers, one hour each on successive days of 2023–2024. */
function csvOf(rows: number, volunteers: number): Buffer {
  const lines = ['志愿者编号,组织编号,日期,开始时间,结束时间,时长（分钟）,原记录编号,备注'];
  for (let row = 0; row < rows; row += 1) {
    const volunteer = row % volunteers;
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(row / volunteers) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    lines.push(`v${volunteer},lianhua,${day},09:00,10:00,60,R-${row},旧系统`);
  }
  return Buffer.from(lines.join('\n'));
}

async function withStore<T>(work: (store: EventStore) => Promise<T>): Promise<T> {
  const sql = await createSqlClient({ dataDir: 'memory://' });
  try {
    const store = await createEventStore({ sql });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    await sql.close();
  }
}

export async function benchImport(
  options: { rows?: number; volunteers?: number } = {},
): Promise<ImportBenchResult> {
  const rows = options.rows ?? 100_000;
  const volunteers = options.volunteers ?? 10_000;
  const file = csvOf(rows, volunteers);
  const importSeconds = await withStore(async (store) => {
    await seed(store, volunteers);
    const started = performance.now();
    const report = await importHours({
      store,
      bytes: file,
      source: '旧系统',
      actor: ROOT,
      dryRun: false,
      timeZone: 'Asia/Shanghai',
      now: NOW,
      correlationId: 'bench',
    });
    const seconds = (performance.now() - started) / 1000;
    if (report.problemCount > 0 || report.imported !== rows) {
      throw new Error(`the bench import was refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
    }
    return seconds;
  });
  // Baseline: the same number of events, of the same size, appended to as many streams in the same groups.
  const perVolunteer = Math.ceil(rows / volunteers) * 2;
  const baselineSeconds = await withStore(async (store) => {
    await seed(store, volunteers);
    const appends = Array.from({ length: volunteers }, (_, volunteer) => ({
      stream: volunteerStream(`v${volunteer}`),
      events: Array.from({ length: perVolunteer }, (): EventData => ({
        id: randomUUID(),
        type: 'ManualSessionRecorded',
        data: {
          sessionId: randomUUID(),
          volunteerId: `v${volunteer}`,
          note: '旧系统',
          origin: { source: '旧系统', recordId: 'R-1' },
        },
        metadata: meta,
      })),
    }));
    const started = performance.now();
    await inGroups(store, appends);
    return (performance.now() - started) / 1000;
  });
  return {
    rows,
    volunteers,
    events: rows * 2,
    fileBytes: file.byteLength,
    importSeconds,
    baselineSeconds,
    ratio: importSeconds / baselineSeconds,
  };
}

export function renderImportSection(result: ImportBenchResult): string {
  const s = (value: number) => `${value.toFixed(1)} s`;
  return `<!-- import:start -->

## Historical import

\`npm run bench\` (alone: \`npm run build && node dist/bench/import-main.js\`; bench/import.bench.ts): a CSV of
${result.rows.toLocaleString('en')} rows (${(result.fileBytes / 1e6).toFixed(1)} MB, UTF-8, Chinese headers) for
${result.volunteers.toLocaleString('en')} registered volunteers, each row one hour under an organisation, imported
by \`importHours\` (the code behind \`cli import-hours\` and \`POST /organizations/{id}/imports\`): read, every row
checked, decided by the volunteer decider, then ${result.events.toLocaleString('en')} events appended, on the
embedded default (PGlite in memory). Baseline, in the same run: the same number of events, already built,
appended to the same streams in the same groups of 400 appends.

| work                                             | time     |
| ------------------------------------------------ | -------- |
| import ${result.rows.toLocaleString('en')} rows (parse, check, decide, append)  | ${s(result.importSeconds)} |
| baseline: append ${result.events.toLocaleString('en')} prepared events           | ${s(result.baselineSeconds)} |

Ratio: ${result.ratio.toFixed(2)}× the baseline. Target ≤ 2 minutes for 100,000 rows: **${
    result.importSeconds <= 120 ? 'met' : 'not met'
  }**.

<!-- import:end -->`;
}
