import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { postgresSkipReason } from '../support/infra.js';
import {
  type Backend,
  Http,
  type HttpResult,
  startTestLedger,
  storeHead,
  type TestLedger,
} from '../support/ledger-app.js';

const root = resolve(import.meta.dirname, '../..');
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const backends: Backend[] = ['pglite', 'postgres'];

const GBK_FILE = iconv.encode(
  [
    '志愿者编号,活动编号,组织编号,日期,开始时间,结束时间,时长（分钟）,原记录编号,备注',
    'v1,past,,2024-03-02,09:00,11:00,120,OLD-1,纸质登记表',
    'v2,,lianhua,2024-03-05,14:00,16:00,90,OLD-2,',
  ].join('\r\n'),
  'gbk',
);

async function workbook(rows: (string | number | Date | { formula: string })[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('hours');
  sheet.addRow(['volunteer id', 'organisation id', 'date', 'start', 'end', 'minutes', 'source record id']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function csv(lines: string[]): Buffer {
  return Buffer.from(
    ['volunteer id,activity id,organisation id,date,start,end,minutes,record id', ...lines].join('\n'),
  );
}

/** The command line runs from dist/; the build is incremental, so it costs little when another suite built it. */
function buildCli(): void {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--skip-web', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
}

function runCli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(backends)('historical import over HTTP and the command line on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;

  let ledger: TestLedger;
  let dataDir: string;
  let admin: Http;
  let siblingAdmin: Http;
  let organiser: Http;

  const importFile = (
    as: Http,
    body: Buffer,
    query: string,
    type = CSV,
    organizationId = 'lianhua',
  ): Promise<HttpResult> =>
    as.send('POST', `/organizations/${organizationId}/imports?${query}`, body, { 'content-type': type });

  async function refused(body: Buffer, query: string, type = CSV): Promise<string[]> {
    const head = await storeHead(ledger);
    const response = await importFile(admin, body, query, type);
    expect({ status: response.status, code: response.body.code }).toEqual({
      status: 422,
      code: 'IMPORT_REJECTED',
    });
    expect(await storeHead(ledger)).toBe(head);
    return (response.body.errors as { field: string; message: string }[]).map(
      (error) => `${error.field}: ${error.message}`,
    );
  }

  beforeAll(async () => {
    if (skip) return;
    dataDir = await mkdtemp(join(tmpdir(), 'vl-import-'));
    ledger = await startTestLedger(backend, backend === 'pglite' ? { DATA_DIR: dataDir } : {});
    const anonymous = new Http(ledger.url);
    const sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = anonymous.as(await ledger.token({ sub: 'lh-admin', roles: ['admin'], org: 'lianhua' }));
    siblingAdmin = anonymous.as(await ledger.token({ sub: 'qf-admin', roles: ['admin'], org: 'qunfeng' }));
    organiser = anonymous.as(await ledger.token({ sub: 'lh-org', roles: ['organizer'], org: 'lianhua' }));
    for (const [id, kind, parentId] of [
      ['zz', 'city', undefined],
      ['lianhua', 'community', 'zz'],
      ['qunfeng', 'community', 'zz'],
    ] as const) {
      const response = await sysadmin.post('/organizations', {
        id,
        name: id,
        kind,
        ...(parentId ? { parentId } : {}),
      });
      expect(response.status).toBe(201);
    }
    for (const id of ['v1', 'v2', 'v3']) {
      const response = await sysadmin.post('/volunteers', {
        id,
        name: `志愿者${id}`,
        birthDate: '2000-05-01',
        organizationId: 'lianhua',
        leagueStatus: 'none',
      });
      expect(response.status).toBe(201);
    }
    for (const [id, organizationId] of [
      ['past', 'lianhua'],
      ['elsewhere', 'qunfeng'],
    ] as const) {
      const response = await sysadmin.post('/activities', {
        id,
        organizationId,
        title: `旧活动 ${id}`,
        category: 'elderly-care',
        startsAt: '2024-03-02T09:00:00+08:00',
        endsAt: '2024-03-02T12:00:00+08:00',
      });
      expect(response.status).toBe(201);
    }
  });

  afterAll(async () => {
    await ledger?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  maybe(
    'imports a GBK file after a dry run, counts the hours as confirmed, and appends nothing the second time',
    async () => {
      const head = await storeHead(ledger);
      const dry = await importFile(admin, GBK_FILE, 'source=旧台账&dryRun=true');
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({
        encoding: 'gbk',
        rows: 2,
        imported: 2,
        written: false,
        activitiesScheduled: 1,
      });
      expect(await storeHead(ledger)).toBe(head);

      const first = await importFile(admin, GBK_FILE, 'source=旧台账', CSV, 'lianhua');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ rows: 2, imported: 2, alreadyImported: 0, written: true });
      const balance = await admin.get(`/volunteers/v1/balance?minPosition=${first.body.position}`);
      expect(balance.body).toMatchObject({ confirmedMinutes: 120, pendingMinutes: 0 });
      const other = await admin.get(`/volunteers/v2/balance?minPosition=${first.body.position}`);
      expect(other.body).toMatchObject({ confirmedMinutes: 90 });
      const entries = await admin.get(`/volunteers/v1/ledger?minPosition=${first.body.position}`);
      expect(JSON.stringify(entries.body)).toContain('纸质登记表');

      const afterFirst = await storeHead(ledger);
      const second = await importFile(admin, GBK_FILE, 'source=旧台账', CSV, 'lianhua');
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ imported: 0, alreadyImported: 2, written: false, position: null });
      expect(await storeHead(ledger)).toBe(afterFirst);
    },
  );

  maybe('imports an XLSX workbook with date cells and refuses one with a formula', async () => {
    const good = await workbook([
      ['v3', 'lianhua', new Date(Date.UTC(2024, 3, 6)), '08:00', '09:30', 90, 'X-1'],
    ]);
    const imported = await importFile(admin, good, 'source=excel', XLSX);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ format: 'xlsx', encoding: null, imported: 1 });
    const balance = await admin.get(`/volunteers/v3/balance?minPosition=${imported.body.position}`);
    expect(balance.body).toMatchObject({ confirmedMinutes: 90 });

    const withFormula = await workbook([
      ['v3', 'lianhua', '2024-04-07', '08:00', '09:00', { formula: '30*2' }, 'X-2'],
    ]);
    const problems = await refused(withFormula, 'source=excel', XLSX);
    expect(problems).toEqual([
      expect.stringMatching(/^row 2 minutes: FORMULA_IN_CELL: .*公式.* \/ .*formula/),
    ]);
  });

  maybe('names every bad row and column in Chinese and English, and writes nothing', async () => {
    const problems = await refused(
      csv([
        'nobody,,lianhua,2024-05-01,09:00,10:00,60,B-1',
        'v1,,nowhere,2024-05-01,09:00,10:00,60,B-2',
        'v1,,lianhua,2024-05-02,09:00,10:00,60,B-3',
        'v1,,lianhua,2024-05-02,09:30,10:30,60,B-4',
        'v2,,lianhua,2024-05-03,09:00,10:00,60,B-3',
        'v2,,lianhua,2099-01-01,09:00,10:00,60,B-6',
        'v2,,lianhua,2024-05-04,09:00,10:00,90,B-7',
        'v1,past,,2024-03-02,10:00,11:30,60,B-8',
        'v2,elsewhere,,2024-03-02,09:00,10:00,60,B-9',
      ]),
      'source=bad',
    );
    const expected = [
      ['row 2 volunteerId', 'VOLUNTEER_UNKNOWN'],
      ['row 3 organizationId', 'ORGANIZATION_UNKNOWN'],
      ['row 5 start', 'ROWS_OVERLAP'],
      ['row 6 recordId', 'RECORD_ID_DUPLICATE'],
      ['row 7 date', 'DATE_OUT_OF_RANGE'],
      ['row 8 minutes', 'MINUTES_MISMATCH'],
      ['row 9 start', 'OVERLAPS_LEDGER'],
      ['row 10 activityId', 'OUT_OF_SCOPE'],
    ];
    for (const [field, code] of expected) {
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${field}: ${code}: .+ / .+`)));
    }
    expect(problems).toHaveLength(expected.length);
  });

  maybe(
    'refuses a record id of a source already imported for another volunteer, naming its row',
    async () => {
      const first = await importFile(
        admin,
        csv(['v1,,lianhua,2024-05-04,09:00,10:00,60,R-9']),
        'source=reuse',
      );
      expect(first.body).toMatchObject({ imported: 1, written: true });
      await admin.get(`/volunteers/v1/balance?minPosition=${first.body.position}`);
      // The same record of the same source under v2: a second session of that id would count its hour twice.
      expect(await refused(csv(['v2,,lianhua,2024-05-04,09:00,10:00,60,R-9']), 'source=reuse')).toEqual([
        expect.stringMatching(/^row 2 recordId: RECORD_ID_REUSED: .*v1.* \/ .*another volunteer \(v1\)/),
      ]);
      const again = await importFile(
        admin,
        csv(['v1,,lianhua,2024-05-04,09:00,10:00,60,R-9']),
        'source=reuse',
      );
      expect(again.body).toMatchObject({ imported: 0, alreadyImported: 1, written: false });
    },
  );

  maybe('refuses malformed files and wrong encodings as a whole', async () => {
    expect(await refused(Buffer.from('volunteer id,date\n"v1,2024\n'), 'source=bad')).toEqual([
      expect.stringMatching(/^row 2: FILE_MALFORMED: /),
    ]);
    expect(await refused(Buffer.from('\ufeffvolunteer id', 'utf16le'), 'source=bad')).toEqual([
      expect.stringMatching(/^file: ENCODING_INVALID: .*UTF-16/),
    ]);
    expect(await refused(GBK_FILE, 'source=bad&encoding=utf8')).toEqual([
      expect.stringMatching(/^file: ENCODING_INVALID: /),
    ]);
    expect(await refused(Buffer.from('PK\u0003\u0004 not a zip'), 'source=bad', XLSX)).toEqual([
      expect.stringMatching(/^file: FILE_MALFORMED: /),
    ]);
    expect(await refused(Buffer.from('志愿者编号,日期\nv1,2024-01-01\n'), 'source=bad')).toContainEqual(
      expect.stringMatching(/^row 1 start: COLUMN_MISSING: /),
    );
  });

  maybe('admits an administrator of the subtree only, and files only', async () => {
    const head = await storeHead(ledger);
    const sibling = await importFile(siblingAdmin, GBK_FILE, 'source=x');
    expect({ status: sibling.status, code: sibling.body.code }).toEqual({
      status: 403,
      code: 'NOT_IN_SCOPE',
    });
    const byOrganiser = await importFile(organiser, GBK_FILE, 'source=x');
    expect(byOrganiser.status).toBe(403);
    const json = await admin.post('/organizations/lianhua/imports?source=x', { rows: [] });
    expect(json.status).toBe(415);
    const noSource = await importFile(admin, GBK_FILE, 'dryRun=true');
    expect({ status: noSource.status, code: noSource.body.code }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe(
    'imports the same file from the command line, exits 2 on a bad file, and appends nothing twice',
    async () => {
      const file = join(dataDir, 'hours.csv');
      await writeFile(
        file,
        csv(['v1,,lianhua,2024-06-01,09:00,10:00,60,CLI-1', 'v2,,lianhua,2024-06-01,09:00,10:00,,CLI-2']),
      );
      const bad = join(dataDir, 'bad.csv');
      await writeFile(bad, csv(['v1,,lianhua,2024-06-31,09:00,10:00,60,CLI-3']));
      let env: Record<string, string>;
      if (backend === 'pglite') {
        await ledger.close();
        env = { DATA_DIR: dataDir, DATABASE_SCHEMA: ledger.config.databaseSchema };
      } else {
        env = {
          DATABASE_URL: ledger.config.databaseUrl ?? '',
          DATABASE_SCHEMA: ledger.config.databaseSchema,
        };
      }
      buildCli();
      const help = runCli(['import-hours', '--help'], env);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/--dry-run/);

      const refusedRun = runCli(['import-hours', bad, '--source', 'cli'], env);
      expect(refusedRun.status).toBe(2);
      expect(refusedRun.stderr).toMatch(/row 2\tcolumn date\tVALUE_INVALID\t.+ \/ .+/);
      expect(JSON.parse(refusedRun.stdout)).toMatchObject({ written: false, problemCount: 1 });

      const first = runCli(['import-hours', file, '--source', 'cli'], env);
      expect(first.status).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ imported: 2, written: true });
      const second = runCli(['import-hours', file, '--source', 'cli'], env);
      expect(second.status).toBe(0);
      expect(JSON.parse(second.stdout)).toMatchObject({ imported: 0, alreadyImported: 2, written: false });
      const missing = runCli(['import-hours', join(dataDir, 'none.csv'), '--source', 'cli'], env);
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    },
  );
});
