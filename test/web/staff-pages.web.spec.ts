import { type Browser, type Page } from 'playwright-core';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { chromiumSkipReason, launchChromium, screenshots } from './support/browser.js';
import { pageChecks, PhoneSessions } from './support/phone-sessions.js';
import { type SeededLedger, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Staff page tests skipped: ${skip}`);

suite('organiser and administrator pages in Chromium', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let sessions: PhoneSessions;

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    sessions = new PhoneSessions(browser, seeded.url);
  });

  afterAll(async () => {
    await sessions?.close();
    await browser?.close();
    await seeded?.close();
  });

  const signedInAs = (person: string, path: string): Promise<Page> => sessions.signedInAs(person, path);

  it('lets an organiser run an activity day and report an ended activity once, refusals shown in Chinese by field', async () => {
    const page = await signedInAs('莲花社区组织者', `/organizer/activities/${seeded.liveActivityId}`);
    await page.getByTestId('roster').waitFor();
    const live = (await seeded.organiser.get(`/activities/${seeded.liveActivityId}`)).body;
    expect(await page.getByTestId('roster').locator('tbody tr').count()).toBe(live.roster.length);
    await pageChecks(page, 'organizer-activity-day');

    // A report before the end is refused by the API; the page says why in Chinese.
    await page.getByTestId('resident-visits').locator('input').fill('5');
    await page.getByTestId('summary').locator('textarea').fill('尚未结束');
    await page.getByTestId('report-submit').click();
    const early = page.getByTestId('problem').filter({ hasText: '活动结束后才能上报' });
    await early.waitFor();
    expect(await early.getAttribute('data-code')).toBe('ACTIVITY_NOT_ENDED');

    await page.getByTestId('open-kiosk').click();
    const qr = page.getByTestId('kiosk-qr');
    await qr.waitFor();
    const box = await qr.boundingBox();
    // Most of the phone's width: large enough to scan across a room.
    expect(box?.width ?? 0).toBeGreaterThan(300);
    await screenshots(page, 'organizer-kiosk');
    await page.getByTestId('close-kiosk').click();

    await page.goto(`${seeded.url}/organizer/activities/tutoring-1`);
    await page.getByTestId('report-form').waitFor();
    await page.getByTestId('resident-visits').locator('input').fill('30');
    await page.getByTestId('summary').locator('textarea').fill('   ');
    await page.getByTestId('report-submit').click();
    const byField = page.getByTestId('problem').filter({ hasText: '活动总结：' });
    await byField.waitFor();
    expect(await byField.getAttribute('data-code')).toBe('VALIDATION_FAILED');

    await page.getByTestId('summary').locator('textarea').fill('辅导作业 30 人次');
    const submit = page.getByTestId('report-submit');
    await Promise.all([submit.click(), submit.click({ force: true }), submit.click({ force: true })]);
    await page.getByTestId('report-saved').waitFor();
    await page.getByTestId('report-current').filter({ hasText: '30' }).waitFor();
    const store = seeded.ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const reports = (await store.readStream('activity-tutoring-1')).filter(
      (event) => event.type === 'ActivityReported',
    );
    expect(reports).toHaveLength(1);
    const activity = (await seeded.organiser.get('/activities/tutoring-1')).body;
    expect(activity.report.residentVisits).toBe(30);
    await pageChecks(page, 'organizer-activity-report');
  });

  it('shows an administrator the programme dashboard with exactly the figures the statistics API answers', async () => {
    const year = new Date().getFullYear();
    const page = await signedInAs('荷塘区管理员', '/admin/dashboard');
    await page.getByTestId('totals').waitFor();
    const statistics = (
      await seeded.admin.get(`/organizations/hetang/statistics?from=${year}-01&to=${year}-12&groupBy=child`)
    ).body;
    const figure = (name: string) =>
      page.locator(`[data-figure="${name}"]`).getByTestId('figure').textContent();
    expect(await figure('activitiesHeld')).toBe(String(statistics.totals.activitiesHeld));
    expect(await figure('activeVolunteers')).toBe(String(statistics.totals.activeVolunteers));
    expect(await figure('registeredVolunteers')).toBe(String(statistics.totals.registeredVolunteers));
    expect(await figure('residentVisits')).toBe(String(statistics.totals.residentVisits));
    expect(statistics.totals.activitiesHeld).toBeGreaterThan(0);
    // The period runs to December, so the applicants are counted as of now.
    const league = (
      await seeded.admin.get('/organizations/hetang/eligibility/count?policy=league-admission&tier=qualified')
    ).body;
    await page
      .locator('[data-figure="leagueAdmission"]')
      .getByTestId('figure')
      .filter({ hasText: String(league.eligible) })
      .waitFor();
    const rows = await page
      .getByTestId('by-child')
      .locator('tbody tr')
      .evaluateAll((found) => found.map((row) => row.getAttribute('data-key')));
    expect(rows).toEqual(statistics.groups.map((group: { key: string }) => group.key));
    await pageChecks(page, 'admin-dashboard');
  });
});
