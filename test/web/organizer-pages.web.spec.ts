import { type Browser, type Page } from 'playwright-core';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { readModelCaughtUp } from '../support/ledger-app.js';
import { chromiumSkipReason, launchChromium, screenshots } from './support/browser.js';
import { pageChecks, PhoneSessions } from './support/phone-sessions.js';
import { type SeededLedger, shanghaiDate, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Organiser page tests skipped: ${skip}`);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const REVIEWED = ['org-v1', 'org-v2', 'org-v3', 'org-v4'] as const;

/** An instant as the programme's wall clock in the form a datetime-local field takes. */
function shanghaiLocal(instant: number): string {
  return new Date(instant + 8 * 60 * MINUTE).toISOString().slice(0, 16);
}

interface RosterEntry {
  sessionId: string;
  volunteerId: string;
  state: string;
  minutes: number;
  missedCheckOut: boolean;
}

suite('organiser pages in Chromium: my activities, the review queue and paper sheet entry', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let sessions: PhoneSessions;
  let store: EventStore;
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  // Ended a moment ago: check-outs recorded now are on time. The missed one ended days ago.
  const reviewStart = now - 190 * MINUTE;
  const missedStart = now - 2 * DAY;
  const paperStart = now - 3 * DAY;

  async function created(call: Promise<{ status: number; body: unknown }>, status: number): Promise<void> {
    const answer = await call;
    if (answer.status !== status) throw new Error(`expected ${status}: ${JSON.stringify(answer.body)}`);
  }

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    sessions = new PhoneSessions(browser, seeded.url);
    store = seeded.ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const iso = (instant: number) => new Date(instant).toISOString();
    for (const [index, id] of ['org-v1', 'org-v2', 'org-v3', 'org-v4', 'org-v5', 'org-v6'].entries()) {
      await created(
        seeded.admin.post('/volunteers', {
          id,
          name: `组织页志愿者${index + 1}`,
          birthDate: '2000-03-01',
          organizationId: 'lianhua',
          leagueStatus: 'none',
        }),
        201,
      );
    }
    for (const [id, title, start] of [
      ['review-day', '敬老院探访', reviewStart],
      ['missed-day', '助老送餐', missedStart],
      ['paper-day', '社区垃圾分类宣传', paperStart],
    ] as const) {
      await created(
        seeded.organiser.post('/activities', {
          id,
          organizationId: 'lianhua',
          title,
          category: 'elderly',
          startsAt: iso(start),
          endsAt: iso(start + 180 * MINUTE),
        }),
        201,
      );
    }
    // Five sessions awaiting confirmation; the one checked out long after its activity ended is closed as a
    // missed check-out.
    const attendance = [
      ['review-day', 'org-v1', reviewStart, 120],
      ['review-day', 'org-v2', reviewStart + MINUTE, 120],
      ['review-day', 'org-v3', reviewStart + 2 * MINUTE, 90],
      ['review-day', 'org-v4', reviewStart + 3 * MINUTE, 60],
      ['missed-day', 'org-v5', missedStart, 300],
    ] as const;
    for (const [activityId, volunteerId, checkedIn, served] of attendance) {
      await created(
        seeded.organiser.post(`/activities/${activityId}/check-ins`, {
          volunteerId,
          at: iso(checkedIn),
          method: 'organizer',
        }),
        201,
      );
      await created(
        seeded.organiser.post(`/activities/${activityId}/check-outs`, {
          volunteerId,
          at: iso(checkedIn + served * MINUTE),
        }),
        200,
      );
    }
    await readModelCaughtUp(seeded.ledger);
  });

  afterAll(async () => {
    await sessions?.close();
    await browser?.close();
    await seeded?.close();
  });

  const signedInAsOrganiser = (path: string): Promise<Page> => sessions.signedInAs('莲花社区组织者', path);

  async function roster(activityId: string): Promise<RosterEntry[]> {
    await readModelCaughtUp(seeded.ledger);
    const answer = await seeded.organiser.get(`/activities/${activityId}`);
    expect(answer.status).toBe(200);
    return answer.body.roster as RosterEntry[];
  }

  async function eventsOf(volunteerId: string, type: string): Promise<number> {
    const events = await store.readStream(`volunteer-${volunteerId}`);
    return events.filter((event) => event.type === type).length;
  }

  it('schedules an activity from the form, lists it by date and leads to its activity day', async () => {
    const page = await signedInAsOrganiser('/organizer/activities');
    await page.getByTestId('activity-list').waitFor();
    const start = now + 3 * DAY;
    await page.getByTestId('title').locator('input').fill('周末义诊');
    await page.getByTestId('category').locator('select').selectOption('community');
    await page.getByTestId('starts-at').locator('input').fill(shanghaiLocal(start));
    await page
      .getByTestId('ends-at')
      .locator('input')
      .fill(shanghaiLocal(start - 60 * MINUTE));
    await page.getByTestId('cap').locator('input').fill('90');
    await page.getByTestId('venue-name').locator('input').fill('莲花社区卫生服务站');
    await page.getByTestId('schedule-submit').click();
    // Checked in the form before anything is sent: the end, and the venue without its address.
    await page.getByTestId('ends-at').getByText('结束时间须晚于开始时间').waitFor();
    await page.getByTestId('venue-address').getByText('地点名称和地址都要填写').waitFor();

    await page
      .getByTestId('ends-at')
      .locator('input')
      .fill(shanghaiLocal(start + 150 * MINUTE));
    await page.getByTestId('venue-address').locator('input').fill('株洲市荷塘区莲花路 8 号');
    await page.getByTestId('auto-confirm').locator('input').check();
    const submit = page.getByTestId('schedule-submit');
    await Promise.all([submit.click(), submit.click({ force: true }), submit.click({ force: true })]);
    await page.getByTestId('scheduled').filter({ hasText: '周末义诊' }).waitFor();

    const listed = page.locator(`[data-date="${shanghaiDate(start)}"]`).getByTestId('activity');
    await listed.filter({ hasText: '周末义诊' }).waitFor();
    await expect(listed.filter({ hasText: '周末义诊' }).textContent()).resolves.toContain('自动确认');
    const all = await seeded.organiser.get('/organizations/lianhua/activities?limit=100');
    const scheduled = (
      all.body.items as {
        id: string;
        title: string;
        maxMinutesPerVolunteer: number;
        autoConfirm: boolean;
        venue: { address: string };
      }[]
    ).filter((activity) => activity.title === '周末义诊');
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({
      maxMinutesPerVolunteer: 90,
      autoConfirm: true,
      venue: { address: '株洲市荷塘区莲花路 8 号' },
    });
    // Every activity of the subtree in the range is listed, each once.
    const shown = await page
      .getByTestId('activity')
      .evaluateAll((found) => found.map((item) => item.getAttribute('data-activity')));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual(expect.arrayContaining(['review-day', 'paper-day', scheduled[0]?.id]));
    await pageChecks(page, 'organizer-my-activities');

    await page.getByTestId('language').click();
    await page.getByTestId('schedule-submit').filter({ hasText: 'Schedule' }).waitFor();
    await screenshots(page, 'organizer-my-activities-en');
    await page.getByTestId('language').click();
    await page.getByTestId('schedule-submit').filter({ hasText: '安排活动' }).waitFor();

    await listed.filter({ hasText: '周末义诊' }).getByTestId('activity-day-link').click();
    await page.waitForURL((url) => url.pathname === `/organizer/activities/${scheduled[0]?.id}`);
    await page.getByTestId('activity-day').waitFor();
    await page.getByTestId('organizer-nav').getByTestId('nav-review').waitFor();
  });

  it('confirms one, confirms fewer minutes, rejects with a reason and batch-confirms two, a refusal shown in Chinese', async () => {
    const page = await signedInAsOrganiser('/organizer/review');
    await page.getByTestId('queue-items').waitFor();
    const queue = (await seeded.organiser.get('/organizations/lianhua/review-queue?limit=100')).body;
    const items = page.getByTestId('queue-item');
    expect(
      await items.evaluateAll((found) => found.map((item) => item.getAttribute('data-session'))),
    ).toEqual(queue.items.map((item: { sessionId: string }) => item.sessionId));
    const item = (volunteerId: string) =>
      page.locator(`[data-test="queue-item"][data-volunteer="${volunteerId}"]`);
    // The missed check-out is flagged; the others are not.
    await item('org-v5').getByTestId('missed').waitFor();
    expect(await item('org-v1').getByTestId('missed').count()).toBe(0);
    await pageChecks(page, 'organizer-review-queue');

    await item('org-v1').getByTestId('confirm').click();
    await page.getByTestId('outcome').filter({ hasText: '已处理 1 条' }).waitFor();
    await item('org-v1').waitFor({ state: 'detached' });

    await item('org-v2').getByTestId('fewer').click();
    await item('org-v2').getByTestId('fewer-minutes').locator('input').fill('200');
    await item('org-v2').getByTestId('fewer-submit').click();
    await item('org-v2').getByText('只能少于或等于记录的 120 分钟').waitFor();
    await item('org-v2').getByTestId('fewer-minutes').locator('input').fill('100');
    await item('org-v2').getByTestId('fewer-submit').click();
    await item('org-v2').waitFor({ state: 'detached' });

    await item('org-v3').getByTestId('reject').click();
    await item('org-v3').getByTestId('reject-submit').click();
    await item('org-v3').getByTestId('reject-reason').getByText('请填写').waitFor();
    await item('org-v3').getByTestId('reject-reason').locator('textarea').fill('签到名单上没有本人签名');
    await item('org-v3').getByTestId('reject-submit').click();
    await item('org-v3').waitFor({ state: 'detached' });

    // Someone else rejects org-v4's session while the page still shows it.
    const v4 = queue.items.find((entry: { volunteerId: string }) => entry.volunteerId === 'org-v4');
    await created(seeded.admin.post(`/sessions/${v4.sessionId}/rejection`, { reason: '重复登记' }), 200);
    await item('org-v4').getByTestId('select').check();
    await item('org-v5').getByTestId('select').check();
    await page.getByTestId('selected-count').filter({ hasText: '已选 2 条' }).waitFor();
    await page.getByTestId('confirm-selected').click();
    await page.getByTestId('outcome').filter({ hasText: '已处理 1 条' }).waitFor();
    const refused = page.locator(`[data-test="refused-item"][data-session="${v4.sessionId}"]`);
    const notice = refused.getByTestId('problem');
    await notice.filter({ hasText: '该记录已不是待确认状态' }).waitFor();
    expect(await notice.getAttribute('data-code')).toBe('INVALID_SESSION_STATE');
    await pageChecks(page, 'organizer-review-refused');

    // The seeded pending session and nothing else remains; select all and confirm it with a second batch.
    expect(await items.count()).toBe(1);
    await item(seeded.volunteerId).getByTestId('select').check();
    await item(seeded.volunteerId).waitFor();
    await page.getByTestId('confirm-selected').click();
    await page.getByTestId('empty').waitFor();

    const sessions = await roster('review-day');
    expect(sessions).toHaveLength(REVIEWED.length);
    const byVolunteer = Object.fromEntries(sessions.map((entry) => [entry.volunteerId, entry]));
    expect(byVolunteer['org-v1']).toMatchObject({ state: 'confirmed', minutes: 120 });
    expect(byVolunteer['org-v2']).toMatchObject({ state: 'confirmed', minutes: 100 });
    expect(byVolunteer['org-v3']).toMatchObject({ state: 'rejected' });
    expect(byVolunteer['org-v4']).toMatchObject({ state: 'rejected' });
    expect(await roster('missed-day')).toMatchObject([
      { volunteerId: 'org-v5', state: 'confirmed', missedCheckOut: true },
    ]);
    for (const volunteerId of ['org-v1', 'org-v2', 'org-v5', seeded.volunteerId])
      expect(await eventsOf(volunteerId, 'SessionRejected')).toBe(0);
    expect(await eventsOf('org-v1', 'SessionConfirmed')).toBe(1);
    expect(await eventsOf('org-v2', 'SessionConfirmed')).toBe(1);
    expect(await eventsOf('org-v5', 'SessionConfirmed')).toBe(1);
    expect(await eventsOf('org-v3', 'SessionRejected')).toBe(1);
    expect(await eventsOf('org-v4', 'SessionRejected')).toBe(1);
    expect(await eventsOf('org-v4', 'SessionConfirmed')).toBe(0);
    const parking = (await roster('parking-1')).filter((entry) => entry.volunteerId === seeded.volunteerId);
    const seededItem = queue.items.find(
      (entry: { volunteerId: string }) => entry.volunteerId === seeded.volunteerId,
    );
    expect(parking).toMatchObject([{ state: 'confirmed', minutes: seededItem.measuredMinutes }]);
    expect((await seeded.organiser.get('/organizations/lianhua/review-queue')).body.items).toEqual([]);
  });

  it('records a paper sheet row by row, shows the refused row in Chinese by field and resends only it once fixed', async () => {
    const path = '/organizer/activities/paper-day/paper-sheet';
    const page = await signedInAsOrganiser(path);
    await page.getByTestId('paper-form').waitFor();
    const rows = page.getByTestId('paper-row');
    expect(await rows.count()).toBe(3);
    const row = (index: number) => rows.nth(index);
    const start = paperStart + 10 * MINUTE;
    const fill = async (index: number, volunteerId: string, minutes: number, note: string) => {
      await row(index).getByTestId('row-volunteer').locator('input').fill(volunteerId);
      await row(index).getByTestId('row-start').locator('input').fill(shanghaiLocal(start));
      await row(index)
        .getByTestId('row-end')
        .locator('input')
        .fill(shanghaiLocal(start + minutes * MINUTE));
      await row(index).getByTestId('row-note').locator('input').fill(note);
    };
    await fill(0, 'org-v1', 120, '纸质签到表第1页');
    await fill(1, 'nobody-here', 90, '纸质签到表第1页');
    await fill(2, 'org-v2', 150, '');
    await row(2).getByTestId('row-minutes').locator('input').fill('200');

    // Every row is checked before anything is sent.
    await page.getByTestId('paper-submit').click();
    await row(2).getByTestId('row-note').getByText('请填写').waitFor();
    await row(2).getByTestId('row-minutes').getByText('请填写 1 到 150 之间的整数').waitFor();
    expect(await roster('paper-day')).toEqual([]);

    await row(2).getByTestId('row-note').locator('input').fill('纸质签到表第2页');
    await row(2).getByTestId('row-minutes').locator('input').fill('');
    await page.getByTestId('paper-submit').click();
    await page.getByTestId('paper-summary').filter({ hasText: '已记录 2 行，未记录 1 行' }).waitFor();
    expect(await row(0).getAttribute('data-status')).toBe('recorded');
    expect(await row(2).getAttribute('data-status')).toBe('recorded');
    expect(await row(1).getAttribute('data-status')).toBe('refused');
    await row(1).getByTestId('row-volunteer').getByText('找不到该志愿者').waitFor();
    const notice = row(1).getByTestId('problem');
    expect(await notice.getAttribute('data-code')).toBe('VOLUNTEER_NOT_FOUND');
    await pageChecks(page, 'organizer-paper-sheet-refused');
    // The row's message follows a switch of language while it is shown.
    await page.getByTestId('language').click();
    await row(1).getByTestId('row-volunteer').getByText('No such volunteer').waitFor();
    await screenshots(page, 'organizer-paper-sheet-refused-en');
    await page.getByTestId('language').click();
    await row(1).getByTestId('row-volunteer').getByText('找不到该志愿者').waitFor();

    await row(1).getByTestId('row-volunteer').locator('input').fill('org-v3');
    const resend = page.getByTestId('paper-submit');
    await Promise.all([0, 1, 2].map(() => resend.click({ force: true })));
    await page.getByTestId('paper-summary').filter({ hasText: '全部 3 行已记录' }).waitFor();
    await pageChecks(page, 'organizer-paper-sheet');

    const recorded = await roster('paper-day');
    expect(recorded.map((entry) => entry.volunteerId).sort()).toEqual(['org-v1', 'org-v2', 'org-v3']);
    expect(Object.fromEntries(recorded.map((entry) => [entry.volunteerId, entry.minutes]))).toEqual({
      'org-v1': 120,
      'org-v2': 150,
      'org-v3': 90,
    });
    for (const volunteerId of ['org-v1', 'org-v2', 'org-v3'])
      expect(await eventsOf(volunteerId, 'ManualSessionRecorded')).toBe(1);
    expect(await eventsOf('org-v6', 'ManualSessionRecorded')).toBe(0);

    // A recorded sheet sends nothing more: the button has nothing left to send.
    expect(await resend.isDisabled()).toBe(true);
    await page.getByTestId('organizer-nav').getByTestId('nav-day').click();
    await page.waitForURL((url) => url.pathname === '/organizer/activities/paper-day');
    await page.getByTestId('roster').locator('tbody tr').nth(2).waitFor();
  });
});
