import { mintDevelopmentToken } from '@vl/auth';
import { type Role } from '@vl/domain';
import { type Browser, type Page } from 'playwright-core';
import { Http, readModelCaughtUp, startTestLedger, type TestLedger } from '../support/ledger-app.js';
import {
  chromiumSkipReason,
  launchChromium,
  PHONE,
  screenshots,
  seriousViolations,
} from './support/browser.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Page tests skipped: ${skip}`);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The date and time as the pages write them in zh-CN, in the programme's zone. */
function shanghaiDateTime(instant: string): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

suite('public posting (公示) on the volunteer’s ledger page in Chromium', () => {
  let ledger: TestLedger;
  let browser: Browser;
  let page: Page;
  let volunteer: Http;
  let postedSession = '';
  let countedSession = '';

  beforeAll(async () => {
    [ledger, browser] = await Promise.all([
      startTestLedger('pglite', { AUTH_JWT_SECRET: '' }),
      launchChromium(),
    ]);
    const secret = ledger.config.authJwtSecret;
    if (!secret) throw new Error('the development secret is not in use');
    const http = new Http(ledger.url);
    const as = async (sub: string, roles: Role[], org: string, extra: Record<string, string> = {}) =>
      http.as(await mintDevelopmentToken(secret, { sub, roles, org, ...extra }));
    const root = await as('root', ['admin'], '*');
    const admin = await as('hetang-admin', ['admin'], 'hetang');
    const organiser = await as('lianhua-organiser', ['organizer'], 'lianhua');
    volunteer = await as('volunteer-v1', ['volunteer'], 'lianhua', { volunteerId: 'v1' });
    for (const [id, name, kind, parentId] of [
      ['zhuzhou', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['lianhua', '莲花社区', 'community', 'hetang'],
    ] as const) {
      expect(
        (await root.post('/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) })).status,
      ).toBe(201);
    }
    expect(
      (
        await admin.post('/volunteers', {
          id: 'v1',
          name: '张小青',
          birthDate: '2008-05-01',
          organizationId: 'lianhua',
          leagueStatus: 'applicant',
        })
      ).status,
    ).toBe(201);
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    const iso = (instant: number) => new Date(instant).toISOString();
    async function paperSession(id: string, title: string, start: number, minutes: number): Promise<string> {
      const scheduled = await organiser.post('/activities', {
        id,
        organizationId: 'lianhua',
        title,
        category: 'tutoring',
        startsAt: iso(start),
        endsAt: iso(start + 180 * MINUTE),
      });
      expect(scheduled.status).toBe(201);
      const recorded = await organiser.post(`/activities/${id}/manual-sessions`, {
        volunteerId: 'v1',
        startedAt: iso(start),
        endedAt: iso(start + minutes * MINUTE),
        minutes,
        note: '纸质签到表',
      });
      expect(recorded.status).toBe(201);
      return String(recorded.body.sessionId);
    }
    // Confirmed before the district turned posting on: it counts at once.
    countedSession = await paperSession('class-1', '七彩课堂：作业辅导', now - 3 * DAY, 120);
    expect((await admin.post('/organizations/hetang/posting-period', { days: 7 })).status).toBe(200);
    postedSession = await paperSession('class-2', '七彩课堂：阅读分享', now - 2 * DAY, 90);
    await readModelCaughtUp(ledger);
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    page = await context.newPage();
    await page.goto(`${ledger.url}/`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByTestId('filter').locator('input').fill('张小青');
    await page.getByTestId('person').filter({ hasText: '张*青' }).first().click();
    await page.waitForURL(`${ledger.url}/`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.close();
  });

  it('shows a posted session as 公示中 until when, and the posted minutes apart from the balance', async () => {
    const balance = (await volunteer.get('/volunteers/v1/balance')).body;
    expect(balance).toMatchObject({ confirmedMinutes: 120, postedMinutes: 90 });
    const entries = (await volunteer.get('/volunteers/v1/ledger')).body.entries as {
      sessionId: string;
      postedUntil: string | null;
    }[];
    const postedUntil = entries.find((entry) => entry.sessionId === postedSession)?.postedUntil;
    if (!postedUntil) throw new Error('the posted session has no end of posting');

    await page.goto(`${ledger.url}/ledger`);
    const posted = page.locator(`[data-session="${postedSession}"]`);
    await posted.waitFor();
    expect(await posted.getAttribute('data-state')).toBe('posted');
    expect(await posted.getByTestId('state').textContent()).toBe('公示中');
    expect(await posted.getByTestId('posted-until').textContent()).toContain(
      `公示至 ${shanghaiDateTime(postedUntil)}`,
    );
    const counted = page.locator(`[data-session="${countedSession}"]`);
    expect(await counted.getAttribute('data-state')).toBe('confirmed');
    expect(await counted.getByTestId('state').textContent()).toBe('已确认');
    expect(await counted.getByTestId('posted-until').count()).toBe(0);
    expect(await page.getByTestId('posted-minutes').textContent()).toContain('公示中：1 小时 30 分钟');
    await screenshots(page, 'posting-ledger');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says the same in English', async () => {
    await page.getByTestId('language').click();
    await page.getByText('Posted until').first().waitFor();
    expect(await page.getByTestId('posted-minutes').textContent()).toContain(
      'Under public posting: 1 h 30 min',
    );
    await screenshots(page, 'posting-ledger-en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('language').click();
    await page.getByText('时长明细').first().waitFor();
  });
});
