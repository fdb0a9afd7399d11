import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  chromiumSkipReason,
  launchChromium,
  PHONE,
  screenshots,
  seriousViolations,
} from './support/browser.js';
import { type SeededLedger, shanghaiDate, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Page tests skipped: ${skip}`);

/** How the pages write minutes, spelled out here on its own so a wrong figure or format both fail. */
function hoursAndMinutes(total: number, language: 'zh' | 'en' = 'zh'): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const h = language === 'zh' ? `${hours} 小时` : `${hours} h`;
  const m = language === 'zh' ? `${minutes} 分钟` : `${minutes} min`;
  if (hours === 0) return m;
  if (minutes === 0) return h;
  return `${h} ${m}`;
}

suite('the volunteer’s and the public’s pages in Chromium', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let visitor: BrowserContext;
  let signedIn: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    visitor = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    signedIn = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page = await signedIn.newPage();
    // Seeding the service and starting Chromium together can take minutes on a busy CI machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await seeded?.close();
  });

  async function pageChecks(target: Page, name: string): Promise<void> {
    await screenshots(target, name);
    expect(await seriousViolations(target)).toEqual([]);
  }

  describe('certificate verification, without signing in', () => {
    it('sends a browser opening the QR link to the page, which says valid in large type with the figures', async () => {
      const certificate = (await seeded.volunteer.get(`/certificates/${seeded.validCode}`)).body;
      const tab = await visitor.newPage();
      const response = await tab.goto(`${seeded.url}/api/v1/certificates/${seeded.validCode}`);
      expect(new URL(tab.url()).pathname).toBe(`/verify/${seeded.validCode}`);
      expect(response?.status()).toBe(200);
      const verdict = tab.getByTestId('verdict');
      await expect(verdict.getAttribute('data-valid')).resolves.toBe('true');
      expect(await verdict.locator('strong').textContent()).toBe('有效');
      expect(await tab.getByTestId('volunteer').textContent()).toContain(certificate.volunteer);
      expect(await tab.getByTestId('hours').textContent()).toContain(hoursAndMinutes(certificate.minutes));
      expect(await tab.locator('body').textContent()).toContain('莲花社区');
      expect(await tab.locator('body').textContent()).toContain('离线验证');
      await pageChecks(tab, 'verify-valid');
      await tab.close();
    });

    it('says a certificate whose hours were revoked is no longer valid, and why', async () => {
      const tab = await visitor.newPage();
      await tab.goto(`${seeded.url}/verify/${seeded.revokedCode}`);
      const verdict = tab.getByTestId('verdict');
      await expect(verdict.getAttribute('data-valid')).resolves.toBe('false');
      expect(await verdict.locator('strong').textContent()).toBe('已失效');
      expect(await tab.locator('body').textContent()).toContain('失效原因');
      await pageChecks(tab, 'verify-revoked');
      await tab.close();
    });

    it('keeps answering JSON clients with JSON at the same URL', async () => {
      const response = await fetch(`${seeded.url}/api/v1/certificates/${seeded.validCode}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { valid: boolean }).valid).toBe(true);
      const curl = await fetch(`${seeded.url}/api/v1/certificates/${seeded.validCode}`, {
        headers: { accept: '*/*' },
        redirect: 'manual',
      });
      expect(curl.status).toBe(200);
    });

    it('takes a typed code, refuses one that cannot be a code before asking, and shows an unknown one’s problem', async () => {
      const tab = await visitor.newPage();
      await tab.goto(`${seeded.url}/verify`);
      await pageChecks(tab, 'verify-lookup');
      await tab.getByTestId('code').locator('input').fill('not a code');
      await tab.getByTestId('submit').click();
      expect(await tab.getByTestId('code').textContent()).toContain('验证码为 12 位');
      expect(new URL(tab.url()).pathname).toBe('/verify');

      const printed = seeded.validCode.match(/.{4}/g)!.join('-').toLowerCase();
      await tab.getByTestId('code').locator('input').fill(printed);
      await tab.getByTestId('submit').click();
      await tab.waitForURL(`**/verify/${seeded.validCode}`);
      await expect(tab.getByTestId('verdict').getAttribute('data-valid')).resolves.toBe('true');

      await tab.goto(`${seeded.url}/verify/ZZZZZZZZZZZZ`);
      const problem = tab.getByTestId('problem');
      await expect(problem.getAttribute('data-code')).resolves.toBe('CERTIFICATE_NOT_FOUND');
      expect(await problem.textContent()).toContain('没有此验证码对应的证明');
      await pageChecks(tab, 'verify-not-found');

      // A path the app does not know, reached inside the app (the server answers only the app's own routes).
      await tab.evaluate(
        `history.pushState(null, '', '/no/such/page'); dispatchEvent(new PopStateEvent('popstate'))`,
      );
      await tab.getByText('页面不存在').first().waitFor();
      await pageChecks(tab, 'not-found');
      await tab.close();
    });
  });

  describe('a volunteer, signed in through the development sign-in', () => {
    beforeAll(async () => {
      await page.goto(`${seeded.url}/`);
      await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/');
      await page.getByTestId('person').first().waitFor();
      await pageChecks(page, 'sign-in');
      await page.getByTestId('filter').locator('input').fill('张小青');
      await page.getByTestId('person').filter({ hasText: '张*青' }).first().click();
      await page.waitForURL(`${seeded.url}/`);
    });

    it('shows on the home page exactly the figures the API answers', async () => {
      const balance = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/balance`)).body;
      const year = shanghaiDate(Date.now()).slice(0, 4);
      await page.getByTestId('figure-confirmed').waitFor();
      const figure = async (name: string) =>
        page.getByTestId(`figure-${name}`).getByTestId('value').textContent();
      expect(await figure('confirmed')).toBe(hoursAndMinutes(balance.confirmedMinutes));
      expect(await figure('pending')).toBe(hoursAndMinutes(balance.pendingMinutes));
      expect(await figure('points')).toBe(`${balance.points} 分`);
      expect(await figure('year')).toBe(hoursAndMinutes(balance.byYear[year] ?? 0));
      expect(balance.pendingMinutes).toBeGreaterThan(0);

      const months = await page
        .getByTestId('month-table')
        .locator('tr')
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-minutes'))));
      expect(months).toHaveLength(12);
      expect(months.reduce((sum, minutes) => sum + minutes, 0)).toBe(balance.confirmedMinutes);
      const categories = await page
        .getByTestId('category-table')
        .locator('tr')
        .evaluateAll((rows) =>
          Object.fromEntries(
            rows.map((row) => [row.getAttribute('data-category'), Number(row.getAttribute('data-minutes'))]),
          ),
        );
      expect(categories).toEqual(balance.byCategory);
      await page.getByTestId('month-chart').locator('canvas').waitFor();
      await page.getByTestId('category-chart').locator('canvas').waitFor();
    });

    it('sends the signed-in volunteer’s home page with their figures in it, and nothing to a visitor', async () => {
      const balance = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/balance`)).body;
      const year = shanghaiDate(Date.now()).slice(0, 4);
      const own = await signedIn.request.get(`${seeded.url}/`);
      expect(own.status()).toBe(200);
      expect(own.headers()['cache-control']).toBe('private, no-store');
      const html = await own.text();
      const drawn = (key: string) =>
        new RegExp(
          `data-first-view-figure="${key}"><p class="vl-figure"[^>]*><span class="vl-figure-label">[^<]*</span><br>` +
            '<span class="vl-figure-value">([^<]*)</span>',
        ).exec(html)?.[1];
      expect(drawn('confirmed')).toBe(hoursAndMinutes(balance.confirmedMinutes));
      expect(drawn('pending')).toBe(hoursAndMinutes(balance.pendingMinutes));
      expect(drawn('points')).toBe(`${balance.points} 分`);
      expect(drawn('year')).toBe(hoursAndMinutes(balance.byYear[year] ?? 0));
      const data = /<script type="application\/json" id="vl-first-view">([^<]*)<\/script>/.exec(html)?.[1];
      const embedded = JSON.parse(data ?? '{}');
      expect(embedded.session.actor.volunteerId).toBe(seeded.volunteerId);
      expect(embedded.balance.confirmedMinutes).toBe(balance.confirmedMinutes);

      // A visitor, and a forged cookie, get the plain page: no figures, no session, nobody's data.
      for (const context of [visitor.request, undefined]) {
        const answer = context
          ? await context.get(`${seeded.url}/`)
          : await fetch(`${seeded.url}/`, { headers: { cookie: 'vl_session=forged' } });
        const plain = await answer.text();
        expect(plain).toContain('<div id="app"></div>');
        expect(plain).not.toContain('vl-first-view');
        expect(plain).not.toContain(hoursAndMinutes(balance.confirmedMinutes));
      }

      // The app takes over from the first view without asking for the session or the balance again.
      const asked: string[] = [];
      const listener = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
      page.on('request', listener);
      await page.goto(`${seeded.url}/`);
      await page.getByTestId('figure-confirmed').waitFor();
      await page.getByTestId('month-chart').locator('canvas').waitFor();
      page.off('request', listener);
      expect(await page.getByTestId('figure-confirmed').getByTestId('value').textContent()).toBe(
        hoursAndMinutes(balance.confirmedMinutes),
      );
      expect(await page.locator('[data-first-view], #vl-first-view').count()).toBe(0);
      expect(asked).not.toContain('/api/v1/session');
      expect(asked).not.toContain(`/api/v1/volunteers/${seeded.volunteerId}/balance`);
      expect(asked).toContain(`/api/v1/volunteers/${seeded.volunteerId}/eligibility`);
    });

    it('says exactly what is missing for the next star and for league admission', async () => {
      const eligibility = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/eligibility`)).body;
      const star = eligibility.determinations.find(
        (item: { policyId: string }) => item.policyId === 'star-volunteer',
      );
      const league = eligibility.determinations.find(
        (item: { policyId: string }) => item.policyId === 'league-admission',
      );
      expect(await page.getByTestId('star-missing').textContent()).toBe(
        `距离一星级志愿者还差 ${hoursAndMinutes(star.nextTier.missing)}`,
      );
      const unmet = await page.getByTestId('league-missing').locator('li').allTextContents();
      expect(unmet).toHaveLength(league.unmet.length);
      const points = league.unmet.find((condition: { name: string }) => condition.name === 'points');
      expect(unmet.map((line) => line.trim())).toContain(`积分：还差 ${points.missing} 分`);
      await pageChecks(page, 'home');
    });

    it('lists every session of the ledger with its state and full history, filtered by year', async () => {
      // The first read fails on the network: the page says so in Chinese and offers to try again.
      let failed = false;
      await page.route('**/api/v1/volunteers/*/ledger?*', (route) => {
        if (failed) return route.continue();
        failed = true;
        return route.abort('internetdisconnected');
      });
      await page.getByRole('tab', { name: '明细' }).click();
      await page.waitForURL('**/ledger');
      const problem = page.getByTestId('problem');
      await problem.waitFor();
      expect(await problem.textContent()).toContain('网络');
      await problem.getByTestId('retry').click();
      await page.getByTestId('ledger-entry').first().waitFor();
      await page.unroute('**/api/v1/volunteers/*/ledger?*');
      const year = shanghaiDate(Date.now()).slice(0, 4);
      const ledger = (
        await seeded.volunteer.get(
          `/volunteers/${seeded.volunteerId}/ledger?from=${year}-01-01T00:00:00%2B08:00&to=${Number(year) + 1}-01-01T00:00:00%2B08:00`,
        )
      ).body;
      const shown = await page
        .getByTestId('ledger-entry')
        .evaluateAll((cards) =>
          cards.map((card) => [card.getAttribute('data-session'), card.getAttribute('data-state')]),
        );
      expect(shown).toEqual(
        ledger.entries.map((entry: { sessionId: string; state: string }) => [entry.sessionId, entry.state]),
      );

      const corrected = page.locator(`[data-session="${seeded.correctedSessionId}"]`);
      expect(await corrected.getByTestId('minutes').getAttribute('data-minutes')).toBe('75');
      await corrected.getByText('变更记录').click();
      const history = corrected.getByTestId('history');
      await history.waitFor();
      expect(await history.locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await history.textContent()).toContain('签退时间登记有误');
      expect(await page.locator('[data-state="revoked"]').count()).toBe(1);
      // Organisations by name, as the ledger answers them, never by id.
      expect(ledger.entries[0].activity.organizationName).toBe('莲花社区');
      expect(await page.getByTestId('ledger-entry').first().textContent()).toContain('组织：莲花社区');
      await pageChecks(page, 'ledger');

      await page.getByTestId('year').selectOption(String(Number(year) - 1));
      await page.getByTestId('empty').waitFor();
      await page.getByTestId('year').selectOption(year);
      await page.getByTestId('ledger-entry').first().waitFor();
    });

    it('checks in from the activity’s page at the server’s time, and the session shows up in the ledger', async () => {
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      // The volunteer scans the kiosk's QR code, which carries the activity's current signed code.
      const kiosk = (await seeded.organiser.get(`/activities/${seeded.liveActivityId}/kiosk-code`)).body;
      await page.goto(
        `${seeded.url}/check-in/${seeded.liveActivityId}?code=${encodeURIComponent(String(kiosk.code))}`,
      );
      const button = page.getByTestId('check-in');
      await button.waitFor();
      await pageChecks(page, 'check-in');
      // A double tap sends one request: the button is disabled while the first is on its way.
      await button.dblclick();
      await page.getByTestId('check-in-result').waitFor();
      expect(
        posts.filter((url) => url.endsWith(`/activities/${seeded.liveActivityId}/check-ins`)),
      ).toHaveLength(1);

      const ledger = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/ledger`)).body;
      const open = ledger.entries.find(
        (entry: { activity: { id: string }; state: string }) =>
          entry.activity.id === seeded.liveActivityId && entry.state === 'open',
      );
      expect(open).toBeDefined();
      expect(Math.abs(Date.parse(open.checkedInAt) - Date.now())).toBeLessThan(5 * 60_000);
      await page.getByTestId('check-out').waitFor();

      await page.goto(`${seeded.url}/ledger`);
      await page.locator(`[data-session="${open.sessionId}"][data-state="open"]`).waitFor();
    });

    it('issues a certificate for a date range: its code, QR code and PDF, and lists it', async () => {
      await page.goto(`${seeded.url}/certificates`);
      const form = page.getByTestId('certificate-form');
      await form.waitFor();
      // The form refuses what the API would refuse, without sending it.
      await page.getByTestId('from').locator('input').fill(shanghaiDate(Date.now()));
      await page
        .getByTestId('to')
        .locator('input')
        .fill(shanghaiDate(Date.now() - 86_400_000));
      await page.getByTestId('submit').click();
      expect(await page.getByTestId('to').textContent()).toContain('结束日期不能早于开始日期');

      // A network failure keeps what was typed and says so; the retry then goes through.
      const from = shanghaiDate(Date.now() - 45 * 86_400_000);
      const to = shanghaiDate(Date.now() - 3 * 86_400_000);
      await page.getByTestId('from').locator('input').fill(from);
      await page.getByTestId('to').locator('input').fill(to);
      const keys: string[] = [];
      await page.route('**/api/v1/volunteers/*/certificates', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        return keys.length === 1 ? route.abort('internetdisconnected') : route.continue();
      });
      await page.getByTestId('submit').click();
      await page.getByTestId('problem').filter({ hasText: '网络' }).waitFor();
      expect(await page.getByTestId('from').locator('input').inputValue()).toBe(from);
      expect(await page.getByTestId('to').locator('input').inputValue()).toBe(to);
      await page.getByTestId('submit').click();
      const issued = page.getByTestId('issued');
      await issued.waitFor();
      await page.unroute('**/api/v1/volunteers/*/certificates');
      expect(keys).toHaveLength(2);
      expect(keys[0]).toBe(keys[1]);

      const code = (await issued.getAttribute('data-code'))!;
      const verification = (await seeded.volunteer.get(`/certificates/${code}`)).body;
      expect(verification.valid).toBe(true);
      expect(verification.from).toBe(from);
      expect(await page.getByTestId('qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      await page.locator(`[data-test="certificate-list"] [data-code="${code}"]`).waitFor();
      await pageChecks(page, 'certificates');
      // Opened as the page's link opens it: in the signed-in browser, with its cookie.
      const pdf = await page.request.get(
        `${seeded.url}${await page.getByTestId('pdf').getAttribute('href')}`,
      );
      expect([
        pdf.status(),
        pdf.headers()['content-type'],
        (await pdf.body()).subarray(0, 5).toString(),
      ]).toEqual([200, 'application/pdf', '%PDF-']);
    });

    it('grants a school consent and withdraws it', async () => {
      await page.goto(`${seeded.url}/schools`);
      await page.getByTestId('consent-form').waitFor();
      await page.getByTestId('empty').waitFor();
      await page.getByTestId('school-id').locator('input').fill('no such school!');
      await page.getByTestId('submit').click();
      expect(await page.getByTestId('school-id').textContent()).toContain('只能包含字母');

      // The API's refusal: its code's message in Chinese, and its own words under the field at fault.
      await page.getByTestId('school-id').locator('input').fill('nowhere');
      await page.getByTestId('submit').click();
      const problem = page.getByTestId('problem');
      await problem.waitFor();
      await expect(problem.getAttribute('data-code')).resolves.toBe('SCHOOL_NOT_FOUND');
      expect(await problem.locator('strong').textContent()).toBe('找不到该学校，请核对学校编号');
      expect(await page.getByTestId('school-id').textContent()).toContain(
        'school nowhere is not a registered organisation',
      );
      expect(await page.getByTestId('school-id').locator('input').inputValue()).toBe('nowhere');

      await page.getByTestId('school-id').locator('input').fill(seeded.schoolId);
      await page.getByTestId('submit').click();
      const consent = page.locator(`[data-school="${seeded.schoolId}"][data-active="true"]`);
      await consent.waitFor();
      await pageChecks(page, 'schools');
      const credits = await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/consents`);
      expect(credits.body.items.filter((item: { active: boolean }) => item.active)).toHaveLength(1);

      await consent.getByTestId('withdraw').click();
      await page.locator(`[data-school="${seeded.schoolId}"][data-active="false"]`).waitFor();
    });

    it('switches to English and back', async () => {
      await page.goto(`${seeded.url}/`);
      await page.getByTestId('figure-confirmed').waitFor();
      await page.getByTestId('language').click();
      await page.getByText('My volunteer hours').first().waitFor();
      const balance = (await seeded.volunteer.get(`/volunteers/${seeded.volunteerId}/balance`)).body;
      expect(await page.getByTestId('figure-confirmed').getByTestId('value').textContent()).toBe(
        hoursAndMinutes(balance.confirmedMinutes, 'en'),
      );
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await pageChecks(page, 'home-en');
      // The first view the api app draws speaks the chosen language too.
      const english = await (await signedIn.request.get(`${seeded.url}/`)).text();
      expect(english).toContain(
        `<span class="vl-figure-value">${hoursAndMinutes(balance.confirmedMinutes, 'en')}</span>`,
      );
      await page.goto(`${seeded.url}/`);
      await page.getByText('My volunteer hours').first().waitFor();
      await page.getByTestId('figure-confirmed').waitFor();
      await page.goto(`${seeded.url}/ledger`);
      await page.getByTestId('ledger-entry').first().waitFor();
      await pageChecks(page, 'ledger-en');
      await page.getByTestId('language').click();
      await page.getByText('时长明细').first().waitFor();
    });
  });
});
