import { readFile } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { personalDataStream, volunteerStream } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { identityCheckDigit } from '@vl/personal-data';
import { EVENT_STORE } from '@vl/platform';
import { chromiumSkipReason, launchChromium } from './support/browser.js';
import { pageChecks, PhoneSessions } from './support/phone-sessions.js';
import { type SeededLedger, shanghaiDate, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Personal-data page tests skipped: ${skip}`);

const DAY = 24 * 60 * 60_000;
const MINOR_ID = 'pd-minor';
const MINOR_NAME = '王小明';
const MINOR_BIRTH = `${new Date().getUTCFullYear() - 15}-03-01`;
const MINOR_IDENTITY = ((first17: string) => `${first17}${identityCheckDigit(first17)}`)(
  `430202${MINOR_BIRTH.replaceAll('-', '')}123`,
);
const GUARDIAN = {
  name: '王大山',
  phone: '13977770002',
  relation: '父亲',
  consentedOn: shanghaiDate(Date.now() - DAY),
};
const READ_ROUTE = 'GET /api/v1/volunteers/:id/personal-data';
const COPY_ROUTE = 'GET /api/v1/volunteers/:id/personal-data/copy';

suite('personal-data pages in Chromium', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let sessions: PhoneSessions;

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    sessions = new PhoneSessions(browser, seeded.url);
    const registered = await seeded.admin.post('/volunteers', {
      id: MINOR_ID,
      name: MINOR_NAME,
      birthDate: MINOR_BIRTH,
      phone: '13877770003',
      identityNumber: MINOR_IDENTITY,
      organizationId: 'lianhua',
      leagueStatus: 'none',
      guardian: GUARDIAN,
    });
    expect(registered.status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await sessions?.close();
    await browser?.close();
    await seeded?.close();
  });

  const signedInAs = (search: string, shown: string, path: string): Promise<Page> =>
    sessions.signedInAs(search, path, { shown, acceptDownloads: true });

  const store = (): EventStore => seeded.ledger.app.app.get<symbol, EventStore>(EVENT_STORE);

  const fieldValue = (page: Page, field: string) =>
    page.locator(`[data-test="record"] [data-field="${field}"] .van-cell__value`).innerText();

  it('shows a minor their personal data masked, with their guardian', async () => {
    const page = await signedInAs(MINOR_NAME, '王*明', '/me/data');
    await page.getByTestId('record').waitFor();
    expect(await fieldValue(page, 'name')).toBe('王*明');
    expect(await fieldValue(page, 'birthDate')).toBe(`${MINOR_BIRTH.slice(0, 4)}-**-**`);
    expect(await fieldValue(page, 'phone')).toBe('138****0003');
    expect(await fieldValue(page, 'identityNumber')).toBe(`4302**********${MINOR_IDENTITY.slice(-4)}`);
    expect(await fieldValue(page, 'guardian')).toBe('王*山（父亲）139****0002');
    const text = await page.locator('main').innerText();
    for (const secret of [MINOR_NAME, GUARDIAN.name, GUARDIAN.phone, MINOR_IDENTITY, MINOR_BIRTH]) {
      expect(text).not.toContain(secret);
    }
    await pageChecks(page, 'my-data-minor');
    // The masked view is no read of unmasked data: nothing logged.
    const log = (await seeded.admin.get('/organizations/hetang/personal-data-reads')).body;
    expect(log.items).toEqual([]);
  });

  it('lets a volunteer download their copy, then erase after confirming; hours stay, certificates verify as erased', async () => {
    const page = await signedInAs('张小青', '张*青', '/');
    const confirmed = page.getByTestId('figure-confirmed').getByTestId('value');
    await confirmed.waitFor();
    const confirmedBefore = await confirmed.innerText();
    const balanceBefore = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/balance`)).body;
    expect(balanceBefore.confirmedMinutes).toBeGreaterThan(0);

    await page.getByTestId('my-data-link').click();
    await page.waitForURL((url) => url.pathname === '/me/data');
    await page.getByTestId('record').waitFor();
    expect(await fieldValue(page, 'name')).toBe('张*青');
    expect(await fieldValue(page, 'birthDate')).toBe('2008-**-**');
    expect(await fieldValue(page, 'phone')).toBe('未填写');
    expect(await page.locator('[data-field="guardian"]').count()).toBe(0);
    expect(await page.getByTestId('erase-effects').innerText()).toContain('已开具的证明仍可验证');
    await pageChecks(page, 'my-data');

    // The copy, downloaded through the page's cookie session: everything held, unmasked.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('copy-json').click(),
    ]);
    expect(download.suggestedFilename()).toBe('personal-data-v1.json');
    const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(copy.volunteerId).toBe('v1');
    expect(copy.personalData).toMatchObject({ name: '张小青', birthDate: '2008-05-01', guardian: null });
    const volunteerEvents = await store().readStream(volunteerStream('v1'));
    const copied = copy.events.filter((event: { stream: string }) => event.stream === volunteerStream('v1'));
    expect(copied.map((event: { type: string }) => event.type)).toEqual(
      volunteerEvents.map((event) => event.type),
    );
    expect(copied.map((event: { type: string }) => event.type)).toContain('SessionConfirmed');
    expect(copy.reads.map((read: { route: string }) => read.route)).toEqual([COPY_ROUTE]);

    const [readable] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('copy-html').click()]);
    await readable.waitForLoadState();
    expect(await readable.locator('h1').innerText()).toContain('个人信息副本');
    expect(await readable.locator('body').innerText()).toContain('张小青');
    await readable.close();

    // Erasure needs the explicit confirmation; a reason the API refuses is shown in Chinese by field.
    const erase = page.getByTestId('erase');
    expect(await erase.isDisabled()).toBe(true);
    await page.getByTestId('reason').locator('textarea').fill('本人申请\n第二行');
    await page.getByTestId('confirm').check();
    expect(await erase.isDisabled()).toBe(false);
    await erase.click();
    const refused = page.getByTestId('problem').filter({ hasText: '删除原因：' });
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('VALIDATION_FAILED');
    expect(await refused.locator('strong').innerText()).toBe('填写的内容有误');
    const erasures = async () =>
      (await store().readStream(personalDataStream('v1'))).filter(
        (event) => event.type === 'PersonalDataErased',
      );
    expect(await erasures()).toHaveLength(0);
    await pageChecks(page, 'my-data-refused');

    await page.getByTestId('reason').locator('textarea').fill('本人申请删除个人信息');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/personal-data/erasure')) {
        posts.push(request.headers()['idempotency-key'] ?? '');
      }
    });
    // Three presses before the page can redraw: one erasure is sent.
    await erase.evaluate((button: { click(): void }) => {
      button.click();
      button.click();
      button.click();
    });
    const erased = page.getByTestId('erased');
    await erased.waitFor();
    expect(await erased.locator('h2').innerText()).toBe('你的个人信息已删除');
    expect(await erased.getByTestId('erased-at').innerText()).toContain('删除时间');
    expect(posts).toHaveLength(1);
    expect(await erasures()).toHaveLength(1);
    expect((await erasures())[0]?.data).toMatchObject({ volunteerId: 'v1', reason: '本人申请删除个人信息' });
    expect(await page.locator('main').innerText()).not.toMatch(/张/);
    await pageChecks(page, 'my-data-erased');

    // The ledger still lists every entry, with no name; the home page's total is the same.
    await erased.getByTestId('to-ledger').click();
    await page.waitForURL((url) => url.pathname === '/ledger');
    await page.getByTestId('year').selectOption('all');
    const ledger = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/ledger?limit=50`)).body;
    expect(ledger.entries.length).toBeGreaterThan(0);
    await page.getByText(`共 ${ledger.entries.length} 条`).waitFor();
    expect(await page.getByTestId('ledger-entry').count()).toBe(ledger.entries.length);
    expect(await page.getByTestId('erased-notice').innerText()).toContain('你的个人信息已删除');
    expect(await page.locator('main').innerText()).not.toMatch(/张/);
    await pageChecks(page, 'ledger-after-erasure');
    await page.goto(`${seeded.url}/`);
    await confirmed.waitFor();
    expect(await confirmed.innerText()).toBe(confirmedBefore);
    const balanceAfter = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/balance`)).body;
    expect(balanceAfter.confirmedMinutes).toBe(balanceBefore.confirmedMinutes);

    // A certificate issued before still verifies, with the name shown as erased.
    await page.goto(`${seeded.url}/verify/${seeded.validCode}`);
    const volunteer = page.getByTestId('volunteer');
    await volunteer.waitFor();
    expect(await volunteer.locator('.van-cell__value').innerText()).toBe('已删除');
    expect(await page.getByTestId('verdict').getAttribute('data-valid')).toBe('true');
    expect(await page.locator('main').innerText()).not.toMatch(/张/);
    await pageChecks(page, 'verify-after-erasure');
  });

  it('shows an administrator who read whose unmasked data, by day, as the API lists it', async () => {
    expect((await seeded.admin.get(`/volunteers/${MINOR_ID}/personal-data`)).status).toBe(200);
    const today = shanghaiDate(Date.now());
    const yesterday = shanghaiDate(Date.now() - DAY);
    const listed = (
      await seeded.admin.get(`/organizations/hetang/personal-data-reads?from=${today}&to=${today}`)
    ).body.items as { actor: string; volunteerId: string; route: string }[];
    expect(listed.map((read) => [read.actor, read.volunteerId, read.route])).toEqual([
      ['hetang-admin', MINOR_ID, READ_ROUTE],
      ['volunteer:v1', 'v1', COPY_ROUTE],
      ['volunteer:v1', 'v1', COPY_ROUTE],
    ]);

    const page = await signedInAs('荷塘区管理员', '荷塘区管理员', '/admin/personal-data-reads');
    const rows = page.getByTestId('reads').locator('tbody tr');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((found) =>
      found.map((row) => [
        row.getAttribute('data-actor'),
        row.getAttribute('data-volunteer'),
        row.getAttribute('data-route'),
      ]),
    );
    expect(shown).toEqual(listed.map((read) => [read.actor, read.volunteerId, read.route]));
    expect(await rows.nth(0).innerText()).toContain('查看个人信息');
    expect(await rows.nth(1).innerText()).toContain('下载信息副本');
    await pageChecks(page, 'admin-personal-data-reads');

    // Yesterday alone: none of the reads of this test.
    await page.getByTestId('from').fill(yesterday);
    await page.getByTestId('to').fill(yesterday);
    await page.getByTestId('search').click();
    await page.getByText('所选日期内没有查阅记录').waitFor();

    // The end before the start is refused before anything is asked.
    await page.getByTestId('from').fill(today);
    await page.getByTestId('search').click();
    expect(await page.getByTestId('to-error').innerText()).toBe('结束日期不能早于开始日期');

    await page.getByTestId('to').fill(today);
    await page.getByTestId('search').click();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);

    await page.getByTestId('language').click();
    await page.locator('h1', { hasText: 'Reads of personal data' }).waitFor();
    expect(await rows.nth(1).innerText()).toContain('Downloaded the copy');
    await pageChecks(page, 'admin-personal-data-reads-en');
  });
});
