import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { mintDevelopmentToken } from '@vl/auth';
import { type Http, readModelCaughtUp } from '../support/ledger-app.js';
import { chromiumSkipReason, launchChromium } from './support/browser.js';
import { pageChecks, PhoneSessions } from './support/phone-sessions.js';
import { type SeededLedger, shanghaiDate, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`School page tests skipped: ${skip}`);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface RosterStudent {
  volunteerId: string;
  name: string;
  minutes: number;
  meetsRequirement: boolean;
  missing: number;
}

/** "2 小时 30 分钟" as the page writes minutes in Chinese. */
function hoursAndMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}

suite('the school page in Chromium', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let school: Http;
  let sessions: PhoneSessions;
  const now = Date.now();
  const from = shanghaiDate(now - 60 * DAY);
  const to = shanghaiDate(now);

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    sessions = new PhoneSessions(browser, seeded.url);
    const secret = seeded.ledger.config.authJwtSecret ?? '';
    const as = async (claims: Parameters<typeof mintDevelopmentToken>[1]) =>
      seeded.volunteer.as(await mintDevelopmentToken(secret, claims));
    school = await as({ sub: 'school:no2', roles: ['school'], org: 'no2', schoolId: 'no2' });
    const second = await as({ sub: 'volunteer-v2', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v2' });
    const expect201 = async (call: Promise<{ status: number; body: unknown }>) => {
      const answer = await call;
      if (answer.status !== 201) throw new Error(`${answer.status}: ${JSON.stringify(answer.body)}`);
    };
    // A second student, short of any sensible requirement: one hour of service.
    await expect201(
      seeded.admin.post('/volunteers', {
        id: 'v2',
        name: '王小明',
        birthDate: '2006-09-01',
        organizationId: 'lianhua',
        schoolId: 'no2',
        leagueStatus: 'none',
      }),
    );
    const start = Math.floor((now - 10 * DAY) / MINUTE) * MINUTE;
    await expect201(
      seeded.organiser.post('/activities', {
        id: 'school-visit-1',
        organizationId: 'lianhua',
        title: '社区图书角整理',
        category: 'tutoring',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 180 * MINUTE).toISOString(),
      }),
    );
    await expect201(
      seeded.organiser.post('/activities/school-visit-1/manual-sessions', {
        volunteerId: 'v2',
        startedAt: new Date(start).toISOString(),
        endedAt: new Date(start + 60 * MINUTE).toISOString(),
        minutes: 60,
        note: '纸质签到表',
      }),
    );
    await expect201(seeded.volunteer.post(`/volunteers/${seeded.volunteerId}/consents`, { schoolId: 'no2' }));
    await expect201(second.post('/volunteers/v2/consents', { schoolId: 'no2' }));
    await readModelCaughtUp(seeded.ledger);
  });

  afterAll(async () => {
    await sessions?.close();
    await browser?.close();
    await seeded?.close();
  });

  const signedInAs = (person: string, path: string): Promise<Page> =>
    sessions.signedInAs(person, path, { acceptDownloads: true });

  /** Sets the requirement as a person does and waits for the roster the API answers to it. */
  async function showRoster(page: Page, hours: string): Promise<void> {
    await page.getByTestId('mode-minutes').check();
    await page.getByTestId('hours').fill(hours);
    await page.getByTestId('from').fill(from);
    await page.getByTestId('to').fill(to);
    const answered = page.waitForResponse((response) => response.url().includes('/students/credits?'));
    await page.getByTestId('submit').click();
    expect((await answered).status()).toBe(200);
  }

  /** What the page shows, row by row, beside the API's own answer to the same question. */
  async function expectRosterAsAnswered(page: Page, students: RosterStudent[]): Promise<void> {
    const summary = page.getByTestId('summary');
    await summary.waitFor();
    const met = students.filter((student) => student.meetsRequirement).length;
    expect(await summary.textContent()).toContain(
      `共 ${students.length} 名学生：达标 ${met} 人，未达标 ${students.length - met} 人`,
    );
    for (const student of students) {
      const row = page.locator(`[data-volunteer="${student.volunteerId}"]`);
      expect(await row.getAttribute('data-minutes')).toBe(String(student.minutes));
      expect(await row.textContent()).toContain(student.name);
      expect(await row.textContent()).toContain(hoursAndMinutes(student.minutes));
      expect(await row.getByTestId('status').textContent()).toContain(
        student.meetsRequirement ? '达标' : `尚缺 ${hoursAndMinutes(student.missing)}`,
      );
    }
    expect(await page.getByTestId('roster').locator('tbody tr').count()).toBe(students.length);
  }

  it('shows a school who meets a requirement and who is short by how much, exactly as the API answers', async () => {
    const page = await signedInAs('株洲市第二中学账号', '/school');
    await page.getByTestId('requirement-form').waitFor();

    await showRoster(page, '5');
    const byMinutes = (
      await school.get(`/schools/no2/students/credits?requiredMinutes=300&from=${from}&to=${to}`)
    ).body;
    expect(byMinutes.students.map((student: RosterStudent) => student.volunteerId)).toEqual(['v1', 'v2']);
    // v1: 150 + 120 + 75 (corrected) minutes confirmed; the revoked and the pending sessions do not count.
    expect(byMinutes.students[0]).toMatchObject({ minutes: 345, meetsRequirement: true, missing: 0 });
    expect(byMinutes.students[1]).toMatchObject({ minutes: 60, meetsRequirement: false, missing: 240 });
    await page.locator('[data-volunteer="v2"]').getByText('尚缺 4 小时').waitFor();
    await expectRosterAsAnswered(page, byMinutes.students);
    expect(await page.getByTestId('judged-by').textContent()).toContain('要求 5 小时');
    await pageChecks(page, 'school-roster');

    // The policy's own requirement (48 hours = 1 credit): both are short.
    await page.getByTestId('mode-policy').check();
    await page.getByTestId('policy').selectOption('school-service-credit');
    await page.getByTestId('submit').click();
    await page.getByTestId('judged-by').filter({ hasText: '志愿服务学分' }).waitFor();
    const byPolicy = (
      await school.get(`/schools/no2/students/credits?policy=school-service-credit&from=${from}&to=${to}`)
    ).body;
    expect(byPolicy.requiredMinutes).toBe(2880);
    await page.getByTestId('summary').filter({ hasText: '达标 0 人' }).waitFor();
    await expectRosterAsAnswered(page, byPolicy.students);

    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'School roster' }).waitFor();
    await pageChecks(page, 'school-roster-en');
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: '学生服务时长达标' }).waitFor();
  });

  it('refuses a bad requirement in Chinese, by field, on the page and from the API', async () => {
    const page = await signedInAs('株洲市第二中学账号', '/school');
    await page.getByTestId('requirement-form').waitFor();
    await page.getByTestId('hours').fill('0');
    await page.getByTestId('from').fill(to);
    await page.getByTestId('to').fill(from);
    await page.getByTestId('submit').click();
    expect(await page.getByTestId('hours-error').textContent()).toBe(
      '请填写大于 0 的时长（小时，最多一位小数）',
    );
    expect(await page.getByTestId('to-error').textContent()).toBe('结束日期不能早于开始日期');

    // 999,999 hours is beyond what the API takes: its refusal is shown in Chinese, by field.
    await page.getByTestId('hours').fill('999999');
    await page.getByTestId('from').fill(from);
    await page.getByTestId('to').fill(to);
    const answered = page.waitForResponse((response) => response.url().includes('/students/credits?'));
    await page.getByTestId('submit').click();
    expect((await answered).status()).toBe(400);
    const problem = page.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('VALIDATION_FAILED');
    expect(await problem.textContent()).toContain('填写的内容有误');
    expect(await problem.textContent()).toContain('要求时长：');
    await pageChecks(page, 'school-roster-refused');
  });

  it('downloads the roster shown as an Excel workbook and as CSV with the page’s own session', async () => {
    const page = await signedInAs('株洲市第二中学账号', '/school');
    await showRoster(page, '5');
    await page.getByTestId('roster').waitFor();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('credits-no2.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('学生服务时长');
    if (!sheet) throw new Error('no roster sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('志愿者编号');
    const api = (await school.get(`/schools/no2/students/credits?requiredMinutes=300&from=${from}&to=${to}`))
      .body;
    const rows = [];
    for (let index = 2; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      rows.push({
        volunteerId: row.getCell(1).value,
        name: row.getCell(2).value,
        minutes: row.getCell(3).value,
        meets: row.getCell(5).value,
        missing: row.getCell(6).value,
      });
    }
    expect(rows).toEqual(
      api.students.map((student: RosterStudent) => ({
        volunteerId: student.volunteerId,
        name: student.name,
        minutes: student.minutes,
        meets: student.meetsRequirement ? '是' : '否',
        missing: student.missing,
      })),
    );
    const terms = book.getWorksheet('达标要求');
    expect(terms?.getRow(2).getCell(4).value).toBe(300);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + api.students.length);
    expect(lines[2]).toMatch(/^v2,王\*明,60,0,false,240,/);
  });

  it('leads a certificate code typed on the school page to its verification', async () => {
    const page = await signedInAs('株洲市第二中学账号', '/school');
    await page.getByTestId('verify-form').waitFor();
    await page.getByTestId('code').locator('input').fill('not-a-code');
    await page.getByTestId('verify').click();
    await page.getByText('验证码为 12 位字母和数字（不含 0、1、I、O）').waitFor();
    const typed = seeded.validCode.toLowerCase().replace(/(.{4})(?=.)/g, '$1-');
    await page.getByTestId('code').locator('input').fill(typed);
    await page.getByTestId('verify').click();
    await page.waitForURL((url) => url.pathname === `/verify/${seeded.validCode}`);
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-valid')).toBe('true');
  });
});
