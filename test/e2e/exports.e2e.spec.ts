import ExcelJS from 'exceljs';
import { calendarDate } from '@vl/domain';
import { checkAgainstDocument } from '../support/openapi-contract.js';
import { Http, readModelCaughtUp, startTestLedger, type TestLedger } from '../support/ledger-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MINUTE = 60_000;
/** The service began yesterday at 23:30 UTC: 07:30 the next day in Shanghai, so the zone shows in the date. */
const START = Date.UTC(2026, 2, 9, 23, 30);
const iso = (instant: number): string => new Date(instant).toISOString();
const SHANGHAI_DAY = calendarDate(iso(START), 'Asia/Shanghai');

/** What a spreadsheet program shows for an instant read in Shanghai, as the workbook stores it. */
function shanghaiWallClock(instant: string): Date {
  return new Date(Date.parse(instant) + 8 * 60 * MINUTE);
}

interface Download {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
}

/** A download as a browser or a school's system fetches it, its answer checked against the document. */
async function download(
  ledger: TestLedger,
  token: string | undefined,
  path: string,
  headers: Record<string, string> = {},
): Promise<Download> {
  const response = await fetch(`${ledger.url}/api/v1${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type');
  const body = contentType?.includes('json') ? JSON.parse(bytes.toString('utf8')) : undefined;
  await checkAgainstDocument(ledger.url, 'GET', `/api/v1${path}`, response.status, contentType, body);
  return { status: response.status, headers: response.headers, bytes };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
}

/** The row whose first cell is `id`, as column header → cell. */
function rowOf(sheet: ExcelJS.Worksheet, id: string, column = 1): Map<string, ExcelJS.Cell> {
  const header = headerOf(sheet);
  for (let index = 2; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    if (row.getCell(column).value === id) {
      return new Map(header.map((name, at) => [name, row.getCell(at + 1)]));
    }
  }
  throw new Error(`no row ${id} in ${sheet.name}`);
}

function cell(row: Map<string, ExcelJS.Cell>, header: string): ExcelJS.Cell {
  const found = row.get(header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

describe('spreadsheet exports of the audit list, the school roster and a volunteer’s ledger', () => {
  let ledger: TestLedger;
  const tokens: Record<string, string> = {};
  let http: Record<string, Http>;
  let sessionId: string;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite');
    const anonymous = new Http(ledger.url);
    for (const [name, claims] of Object.entries({
      root: { sub: 'root', roles: ['admin'], org: '*' },
      auditor: { sub: 'hetang-auditor', roles: ['auditor'], org: 'hetang' },
      otherAdmin: { sub: 'tianyuan-admin', roles: ['admin'], org: 'tianyuan' },
      organiser: { sub: 'lianhua-organiser', roles: ['organizer'], org: 'lianhua' },
      school: { sub: 'no2-office', roles: ['school'], org: 'no2', schoolId: 'no2' },
      otherSchool: { sub: 'no8-office', roles: ['school'], org: 'no8', schoolId: 'no8' },
      student: { sub: 'student-s1', roles: ['volunteer'], org: 'lianhua', volunteerId: 's1' },
      formulaStudent: { sub: 'student-s2', roles: ['volunteer'], org: 'lianhua', volunteerId: 's2' },
      otherStudent: { sub: 'student-s3', roles: ['volunteer'], org: 'lianhua', volunteerId: 's3' },
    } as const)) {
      tokens[name] = await ledger.token({ ...claims, roles: [...claims.roles] });
    }
    http = Object.fromEntries(Object.entries(tokens).map(([name, token]) => [name, anonymous.as(token)]));
    const created = async (response: Promise<{ status: number; body: Record<string, unknown> }>) => {
      const answer = await response;
      expect(answer.status).toBe(201);
      return answer.body;
    };
    for (const [id, name, kind, parentId] of [
      ['zhuzhou', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['lianhua', '莲花社区', 'community', 'hetang'],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
      ['no2', '株洲市第二中学', 'school', 'hetang'],
      ['no8', '株洲市第八中学', 'school', 'tianyuan'],
    ] as const) {
      await created(http.root!.post('/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) }));
    }
    for (const [id, name] of [
      ['s1', '张小青'],
      ['s2', '=王青'],
      ['s3', '李小红'],
    ] as const) {
      await created(
        http.root!.post('/volunteers', {
          id,
          name,
          birthDate: '2005-03-01',
          organizationId: 'lianhua',
          schoolId: 'no2',
          leagueStatus: 'applicant',
        }),
      );
    }
    await created(
      http.organiser!.post('/activities', {
        id: 'class-1',
        organizationId: 'lianhua',
        title: '=1+2 七彩课堂',
        category: 'tutoring',
        startsAt: iso(START),
        endsAt: iso(START + 180 * MINUTE),
      }),
    );
    for (const [volunteerId, minutes] of [
      ['s1', 150],
      ['s2', 60],
    ] as const) {
      const body = await created(
        http.organiser!.post('/activities/class-1/manual-sessions', {
          volunteerId,
          startedAt: iso(START),
          endedAt: iso(START + minutes * MINUTE),
          minutes,
          note: '+86 纸质签到表',
        }),
      );
      if (volunteerId === 's1') sessionId = String(body.sessionId);
    }
    await created(
      http.student!.post('/volunteers/s1/consents', { schoolId: 'no2', until: '2099-01-01T00:00:00Z' }),
    );
    await created(http.formulaStudent!.post('/volunteers/s2/consents', { schoolId: 'no2' }));
    await readModelCaughtUp(ledger);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const ROSTER = `/schools/no2/students/credits?requiredMinutes=120&from=${SHANGHAI_DAY}&to=${SHANGHAI_DAY}`;

  it('answers the school roster as a workbook with Chinese headers, masked names, numbers and Shanghai times', async () => {
    const json = (await http.school!.get(ROSTER)).body;
    const byFormat = await download(ledger, tokens.school, `${ROSTER}&format=xlsx`);
    expect(byFormat.status).toBe(200);
    expect(byFormat.headers.get('content-type')).toBe(XLSX);
    expect(byFormat.headers.get('content-disposition')).toBe('attachment; filename="credits-no2.xlsx"');
    const byAccept = await download(ledger, tokens.school, ROSTER, { accept: XLSX });
    expect(byAccept.headers.get('content-type')).toBe(XLSX);

    for (const answer of [byFormat, byAccept]) {
      const book = await workbookOf(answer.bytes);
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['学生服务时长', '达标要求']);
      const sheet = book.getWorksheet('学生服务时长')!;
      expect(headerOf(sheet)).toEqual([
        '志愿者编号',
        '姓名',
        '服务时长（分钟）',
        '学分',
        '是否达标',
        '尚缺（分钟）',
        '授权截止',
        '授权编号',
        '服务记录编号',
      ]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(8);
      expect(sheet.rowCount).toBe(1 + json.students.length);
      const s1 = rowOf(sheet, 's1');
      expect(cell(s1, '姓名').value).toBe('张*青');
      expect(cell(s1, '服务时长（分钟）').value).toBe(150);
      expect(cell(s1, '是否达标').value).toBe('是');
      expect(cell(s1, '尚缺（分钟）').value).toBe(0);
      // 2099-01-01T00:00Z is 08:00 in Shanghai.
      expect(cell(s1, '授权截止').value).toEqual(new Date('2099-01-01T08:00:00Z'));
      expect(cell(s1, '授权截止').numFmt).toBe('yyyy-mm-dd hh:mm');
      expect(cell(s1, '服务记录编号').value).toBe(sessionId);
      const s2 = rowOf(sheet, 's2');
      // A name that a spreadsheet would read as a formula stays text, masked as in the JSON and CSV.
      expect(cell(s2, '姓名').type).toBe(ExcelJS.ValueType.String);
      expect(cell(s2, '姓名').value).toBe('=**');
      expect(cell(s2, '姓名').numFmt).toBe('@');
      expect(cell(s2, '是否达标').value).toBe('否');
      expect(cell(s2, '尚缺（分钟）').value).toBe(60);
      const terms = book.getWorksheet('达标要求')!;
      const requirement = rowOf(terms, 'no2');
      expect(cell(requirement, '要求时长（分钟）').value).toBe(120);
      expect(cell(requirement, '起始日期').value).toEqual(new Date(`${SHANGHAI_DAY}T00:00:00Z`));
      expect(cell(requirement, '政策').value).toBe(json.policyId);
    }
    const names = json.students.map((student: { name: string }) => student.name);
    expect(names).toEqual(['张*青', '=**']);
  });

  it('answers the school roster as CSV with the same masked names, the formula-like one quoted', async () => {
    for (const [path, headers] of [
      [`${ROSTER}&format=csv`, {}],
      [ROSTER, { accept: 'text/csv' }],
    ] as const) {
      const answer = await download(ledger, tokens.school, path, headers);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = answer.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'volunteerId,name,minutes,credits,meetsRequirement,missing,consentUntil,consentId,evidence',
      );
      expect(lines[1]).toMatch(
        new RegExp(`^s1,张\\*青,150,0,true,0,2099-01-01T00:00:00.000Z,[^,]+,${sessionId}$`),
      );
      expect(lines[2]).toMatch(/^s2,'=\*\*,60,0,false,60,,/);
    }
  });

  it('answers the audit list as a workbook with the CSV’s rows under Chinese headers', async () => {
    const path = '/organizations/hetang/eligibility?policy=star-volunteer';
    const csv = (await http.auditor!.get(path, { accept: 'text/csv' })).body as unknown as string;
    const answer = await download(ledger, tokens.auditor, `${path}&format=xlsx`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(XLSX);
    expect(answer.headers.get('x-read-position')).toMatch(/^\d+$/);
    const viaAccept = await download(ledger, tokens.auditor, path, { accept: XLSX });
    expect(viaAccept.headers.get('content-type')).toBe(XLSX);
    const sheet = (await workbookOf(answer.bytes)).getWorksheet('资格审核名单')!;
    expect(headerOf(sheet)).toEqual([
      '志愿者编号',
      '姓名',
      '所属组织',
      '政策',
      '政策版本',
      '是否符合',
      '等级',
      '单位',
      '实际',
      '标准',
      '尚缺',
      '服务记录编号',
      '政策依据',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const csvLines = csv.trim().split('\r\n');
    expect(sheet.rowCount).toBe(csvLines.length);
    const s1 = rowOf(sheet, 's1');
    expect(cell(s1, '姓名').value).toBe('张*青');
    expect(cell(s1, '政策版本').value).toBe(1);
    expect(cell(s1, '实际').value).toBe(150);
    expect(cell(s1, '标准').value).toBe(6000);
    expect(cell(s1, '尚缺').value).toBe(5850);
    expect(cell(s1, '是否符合').value).toBe('否');
    expect(csvLines.find((line) => line.startsWith('s1,'))).toMatch(
      /^s1,张\*青,lianhua,star-volunteer,1,false,,minutes,150,6000,5850,/,
    );
    const s2 = rowOf(sheet, 's2');
    expect(cell(s2, '姓名').type).toBe(ExcelJS.ValueType.String);
    expect(cell(s2, '姓名').value).toBe('=**');
  });

  it('answers a volunteer’s ledger as a workbook and CSV, times in Shanghai, formula-like text kept as text', async () => {
    const json = (await http.student!.get('/volunteers/s1/ledger')).body;
    const entry = json.entries[0];
    const answer = await download(ledger, tokens.student, '/volunteers/s1/ledger?format=xlsx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(XLSX);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="ledger-s1.xlsx"');
    const sheet = (await workbookOf(answer.bytes)).getWorksheet('服务记录')!;
    expect(headerOf(sheet).slice(0, 4)).toEqual(['志愿者编号', '服务记录编号', '活动编号', '活动']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = rowOf(sheet, sessionId, 2);
    expect(cell(row, '开始时间').value).toEqual(shanghaiWallClock(entry.serviceStart));
    // 23:30 UTC is 07:30 the next morning in Shanghai.
    expect((cell(row, '开始时间').value as Date).toISOString()).toBe('2026-03-10T07:30:00.000Z');
    expect(cell(row, '计入时长（分钟）').value).toBe(150);
    expect(cell(row, '活动').type).toBe(ExcelJS.ValueType.String);
    expect(cell(row, '活动').value).toBe('=1+2 七彩课堂');
    expect(cell(row, '备注').value).toBe('+86 纸质签到表');
    expect(cell(row, '状态').value).toBe('confirmed');

    const csv = await download(ledger, tokens.student, '/volunteers/s1/ledger', { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]?.split(',').slice(0, 4)).toEqual([
      'volunteerId',
      'sessionId',
      'activityId',
      'activityTitle',
    ]);
    expect(lines[1]).toContain(`s1,${sessionId},class-1,'=1+2 七彩课堂,tutoring,`);
  });

  it('keeps the JSON routes’ access rules for every format', async () => {
    for (const format of ['csv', 'xlsx']) {
      const refused: [string | undefined, string, number][] = [
        [tokens.otherSchool, `${ROSTER}&format=${format}`, 403],
        [tokens.student, `${ROSTER}&format=${format}`, 403],
        [undefined, `${ROSTER}&format=${format}`, 401],
        [tokens.organiser, `/organizations/hetang/eligibility?format=${format}`, 403],
        [tokens.otherAdmin, `/organizations/hetang/eligibility?format=${format}`, 403],
        [tokens.otherStudent, `/volunteers/s1/ledger?format=${format}`, 403],
        [tokens.school, `/volunteers/s1/ledger?format=${format}`, 403],
        [undefined, `/volunteers/s1/ledger?format=${format}`, 401],
      ];
      for (const [token, path, status] of refused) {
        const answer = await download(ledger, token, path);
        expect({ path, status: answer.status }).toEqual({ path, status });
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
      }
    }
    expect((await download(ledger, tokens.organiser, '/volunteers/s1/ledger?format=xlsx')).status).toBe(200);
    expect((await download(ledger, tokens.root, `${ROSTER}&format=xlsx`)).status).toBe(200);
  });

  it('refuses an unknown format and an oversized JSON page with a problem detail naming the field', async () => {
    for (const [as, path, field] of [
      [http.school!, `${ROSTER}&format=pdf`, 'format'],
      [http.auditor!, '/organizations/hetang/eligibility?format=xls', 'format'],
      [http.student!, '/volunteers/s1/ledger?format=json2', 'format'],
      [http.student!, '/volunteers/s1/ledger?limit=201', 'limit'],
      [http.student!, '/volunteers/s1/ledger?format=xlsx&limit=1001', 'limit'],
    ] as const) {
      const answer = await as.get(path);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      const fields = [
        answer.body.field,
        ...(answer.body.errors ?? []).map((error: { field: string }) => error.field),
      ];
      expect(fields).toContain(field);
    }
  });
});
