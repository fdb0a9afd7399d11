import { type Browser, type Page } from 'playwright-core';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { readModelCaughtUp } from '../support/ledger-app.js';
import { chromiumSkipReason, launchChromium } from './support/browser.js';
import { pageChecks, PhoneSessions } from './support/phone-sessions.js';
import { type SeededLedger, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Audit page tests skipped: ${skip}`);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STAR = 'v-star';

/** Minutes as the zh-CN pages show them (小时 + 分钟). */
function zhMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}

/** An instant as typed on a Shanghai wall clock (UTC+8, no daylight saving): `YYYY-MM-DD HH:mm`. */
function shanghaiTyped(instant: number): string {
  return new Date(instant + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

interface Determination {
  eligible: boolean;
  tier: string | null;
  measured: number;
  threshold: number | null;
  missing: number | null;
  evidence: string[];
}
interface AuditItem {
  volunteerId: string;
  organizationId: string;
  determinations: Determination[];
}

suite('administrator audit pages in Chromium', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let sessions: PhoneSessions;
  /** When the session checked in by hand started: before it, the star volunteer had 84 hours. */
  let liveStart = 0;
  let liveSessionId = '';

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    sessions = new PhoneSessions(browser, seeded.url);
    const expect201 = (answer: { status: number; body: Record<string, unknown> }) => {
      if (answer.status !== 201 && answer.status !== 200) throw new Error(JSON.stringify(answer.body));
      return answer.body;
    };
    // A volunteer past the first star (100 hours): four paper sheets of 21 hours and one session checked in
    // and out by the organiser, 20 hours, confirmed.
    expect201(
      await seeded.admin.post('/volunteers', {
        id: STAR,
        name: '王小明',
        birthDate: '2000-03-01',
        organizationId: 'lianhua',
        leagueStatus: 'member',
      }),
    );
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    const iso = (instant: number) => new Date(instant).toISOString();
    const activity = async (id: string, start: number) =>
      expect201(
        await seeded.organiser.post('/activities', {
          id,
          organizationId: 'lianhua',
          title: `社区服务日 ${id}`,
          category: 'community',
          startsAt: iso(start),
          endsAt: iso(start + 21 * HOUR),
        }),
      );
    for (const index of [1, 2, 3, 4]) {
      const start = now - (10 + 2 * index) * DAY;
      await activity(`star-${index}`, start);
      expect201(
        await seeded.organiser.post(`/activities/star-${index}/manual-sessions`, {
          volunteerId: STAR,
          startedAt: iso(start),
          endedAt: iso(start + 21 * HOUR),
          minutes: 21 * 60,
          note: '纸质签到表',
        }),
      );
    }
    // It ended half an hour ago: the check-out comes before a missed check-out would close it at the end.
    liveStart = now - 21 * HOUR - 30 * MINUTE;
    await activity('star-live', liveStart);
    const checkIn = expect201(
      await seeded.organiser.post('/activities/star-live/check-ins', {
        volunteerId: STAR,
        at: iso(liveStart),
        method: 'organizer',
      }),
    );
    liveSessionId = String(checkIn.sessionId);
    expect201(
      await seeded.organiser.post('/activities/star-live/check-outs', {
        volunteerId: STAR,
        at: iso(liveStart + 20 * HOUR),
      }),
    );
    expect201(await seeded.organiser.post(`/sessions/${liveSessionId}/confirmation`, {}));
    await readModelCaughtUp(seeded.ledger);
  });

  afterAll(async () => {
    await sessions?.close();
    await browser?.close();
    await seeded?.close();
  });

  const signedInAs = (person: string, path: string): Promise<Page> => sessions.signedInAs(person, path);

  /** Each row's volunteer and shown figures, in the order shown. */
  async function shownRows(page: Page) {
    return page
      .getByTestId('audit-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => ({
          volunteerId: row.getAttribute('data-volunteer'),
          measured: row.querySelector('[data-test="measured"]')?.textContent?.trim(),
          missing: row.querySelector('[data-test="missing"]')?.textContent?.trim(),
          evidence: row.querySelector('[data-test="evidence-count"]')?.textContent?.trim(),
        })),
      );
  }

  function expectedRows(items: AuditItem[]) {
    return items.map((item) => {
      const determination = item.determinations[0] as Determination;
      return {
        volunteerId: item.volunteerId,
        measured: zhMinutes(determination.measured),
        missing: determination.missing === null ? '—' : zhMinutes(determination.missing),
        evidence: `${determination.evidence.length} 条`,
      };
    });
  }

  it('lets an administrator follow an audit figure down to its sessions and check-ins, and ask as of an earlier time', async () => {
    const page = await signedInAs('荷塘区管理员', '/admin/audit?policy=star-volunteer');
    await page.getByTestId('audit-table').waitFor();
    const list = (await seeded.admin.get('/organizations/hetang/eligibility?policy=star-volunteer')).body;
    expect(list.items.map((item: AuditItem) => item.volunteerId)).toContain(STAR);
    expect(await shownRows(page)).toEqual(expectedRows(list.items));
    const star = (list.items as AuditItem[]).find((item) => item.volunteerId === STAR);
    expect(star?.determinations[0]).toMatchObject({ eligible: true, tier: '1-star', measured: 104 * 60 });
    // Each volunteer's organisation by its name, as the organisation route answers it.
    const starOrganization = page.locator(`tr[data-volunteer="${STAR}"] [data-organization]`);
    expect(await starOrganization.getAttribute('data-organization')).toBe(star?.organizationId);
    const named = (await seeded.admin.get(`/organizations/${star?.organizationId}`)).body.name;
    await starOrganization.filter({ hasText: named }).waitFor();
    const exportHref = await page.getByTestId('export').getAttribute('href');
    expect(exportHref).toBe('/api/v1/organizations/hetang/eligibility?policy=star-volunteer&format=csv');
    await pageChecks(page, 'admin-audit-list');

    // The figure leads to the sessions behind it and each one's check-in.
    await page.locator(`tr[data-volunteer="${STAR}"]`).getByTestId('measured').click();
    await page.waitForURL((url) => url.pathname === `/admin/audit/volunteers/${STAR}`);
    await page.getByTestId('evidence-row').first().waitFor();
    const evidence = star?.determinations[0]?.evidence ?? [];
    const shownEntries = await page
      .getByTestId('evidence-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry')));
    expect([...shownEntries].sort()).toEqual([...evidence].sort());
    const ledger = (await seeded.admin.get(`/volunteers/${STAR}/ledger?limit=200`)).body;
    const entries = ledger.entries as { entryId: string; sessionId: string; minutes: number }[];
    const live = entries.find((entry) => entry.sessionId === liveSessionId);
    const liveRow = page.locator(`[data-entry="${live?.entryId}"]`);
    expect(await liveRow.getByTestId('check-in').textContent()).toContain('组织者代签');
    expect(await liveRow.getByTestId('entry-minutes').textContent()).toBe(zhMinutes(live?.minutes ?? -1));
    expect(await page.getByTestId('evidence-total').textContent()).toContain(zhMinutes(104 * 60));
    expect(await page.getByTestId('determination').first().getByTestId('measured').textContent()).toBe(
      zhMinutes(104 * 60),
    );
    await pageChecks(page, 'admin-audit-evidence');

    // Back on the list, as of before the session checked in by hand: 84 hours, short of the first star.
    await page.getByTestId('back-to-list').click();
    await page.getByTestId('audit-table').waitFor();
    // A date that does not exist is refused on the page, in Chinese, before anything is asked.
    await page.getByTestId('as-of').fill('2026-02-30 10:00');
    await page.getByTestId('apply').click();
    await page.getByRole('alert').filter({ hasText: '请按“年-月-日 时:分”填写' }).waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();
    const asOf = shanghaiTyped(liveStart - HOUR);
    const asOfInstant = `${asOf.replace(' ', 'T')}:00+08:00`;
    await page.getByTestId('as-of').fill(asOf);
    await page.getByTestId('apply').click();
    await page.waitForURL((url) => url.searchParams.get('asOf') === asOf);
    const starRow = page.locator(`tr[data-volunteer="${STAR}"]`);
    await starRow
      .getByTestId('measured')
      .filter({ hasText: zhMinutes(84 * 60) })
      .waitFor();
    const earlier = (
      await seeded.admin.get(
        `/organizations/hetang/eligibility?policy=star-volunteer&asOf=${encodeURIComponent(asOfInstant)}`,
      )
    ).body;
    expect(await shownRows(page)).toEqual(expectedRows(earlier.items));
    expect(
      (earlier.items as AuditItem[]).find((item) => item.volunteerId === STAR)?.determinations[0],
    ).toMatchObject({ eligible: false, measured: 84 * 60, missing: 16 * 60 });
    expect(await page.getByTestId('export').getAttribute('href')).toContain(
      `asOf=${encodeURIComponent(asOfInstant)}`,
    );

    // In English the same list keeps its figures.
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'Eligibility audit' }).waitFor();
    const english = await page.locator(`tr[data-volunteer="${STAR}"]`).getByTestId('measured').textContent();
    expect(english?.trim()).toBe('84 h');
    await pageChecks(page, 'admin-audit-list-en');
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: '资格审计' }).waitFor();
  });

  it('grants an honour only on an eligible determination, refuses it in Chinese otherwise, flags it when its hours are revoked and revokes it with a reason', async () => {
    const store = seeded.ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const page = await signedInAs('荷塘区管理员', `/admin/audit/volunteers/${STAR}?policy=star-volunteer`);
    const grant = page.getByTestId('grant');
    await grant.getByTestId('determination').waitFor();
    expect(await grant.getByTestId('grant-tier').inputValue()).toBe('1-star');
    expect(await grant.getByTestId('verdict').textContent()).toContain('符合');
    await page.getByTestId('grant-note').locator('textarea').fill('年度星级志愿者认定');
    const submit = page.getByTestId('grant-submit');
    await Promise.all([submit.click(), submit.click({ force: true }), submit.click({ force: true })]);
    await page.getByTestId('granted').waitFor();
    await page.getByTestId('award').first().waitFor();
    const granted = (await store.readStream(`volunteer-${STAR}`)).filter(
      (event) => event.type === 'AwardGranted',
    );
    expect(granted).toHaveLength(1);
    const awards = (await seeded.admin.get(`/volunteers/${STAR}/awards`)).body;
    expect(awards.items).toHaveLength(1);
    const awardId = String(awards.items[0].awardId);
    expect(await page.locator(`[data-award="${awardId}"]`).getAttribute('data-state')).toBe('held');

    // The volunteer with a few hours is not eligible: the page shows the determination and the refusal in
    // Chinese, by field, and nothing is written.
    await page.goto(`${seeded.url}/admin/audit/volunteers/${seeded.volunteerId}?policy=star-volunteer`);
    const refusedGrant = page.getByTestId('grant');
    await refusedGrant.getByTestId('determination').waitFor();
    expect(await refusedGrant.getByTestId('verdict').textContent()).toContain('不符合');
    await page.getByTestId('grant-note').locator('textarea').fill('年度星级志愿者认定');
    await page.getByTestId('grant-submit').click();
    const refusal = page.getByTestId('problem').filter({ hasText: '不符合此荣誉的条件' });
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('NOT_ELIGIBLE');
    expect(await refusal.textContent()).toContain('等级：');
    const v1Events = await store.readStream(`volunteer-${seeded.volunteerId}`);
    expect(v1Events.filter((event) => event.type === 'AwardGranted')).toHaveLength(0);
    await pageChecks(page, 'admin-award-refused');

    // The session checked in by hand turns out forged: revoked, the honour falls below the threshold.
    const knownBefore = Math.floor(Date.now() / 1000) * 1000;
    await page.waitForTimeout(1100);
    const revoked = await seeded.admin.post(`/sessions/${liveSessionId}/revocation`, {
      reason: '签到记录系伪造',
    });
    expect(revoked.status).toBe(200);
    await readModelCaughtUp(seeded.ledger);
    await page.goto(`${seeded.url}/admin/award-integrity`);
    const finding = page.locator(`[data-test="finding"][data-award="${awardId}"]`);
    await finding.waitFor();
    const integrity = (await seeded.admin.get('/audit/award-integrity?organizationId=hetang')).body;
    const flagged = integrity.items.find(
      (item: { award: { awardId: string } }) => item.award.awardId === awardId,
    );
    expect(flagged).toMatchObject({ measuredAtGrant: 104 * 60, measuredNow: 84 * 60, threshold: 100 * 60 });
    expect(await finding.getByTestId('measured-then').textContent()).toBe(zhMinutes(flagged.measuredAtGrant));
    expect(await finding.getByTestId('measured-now').textContent()).toBe(zhMinutes(flagged.measuredNow));
    expect(await finding.getByTestId('missing').textContent()).toBe(zhMinutes(flagged.missing));
    const changed = finding.getByTestId('changed-entry');
    expect(await changed.count()).toBe(
      flagged.changedEntries.reduce(
        (sum: number, entry: { changes: unknown[] }) => sum + entry.changes.length,
        0,
      ),
    );
    expect(await finding.getByTestId('changed-entries').textContent()).toContain('签到记录系伪造');
    expect(await finding.getByTestId('entry-minutes').first().textContent()).toBe(
      `${zhMinutes(flagged.changedEntries[0].minutesAtGrant)} → ${zhMinutes(flagged.changedEntries[0].minutesNow)}`,
    );
    await pageChecks(page, 'admin-award-integrity');

    // The audit list as the ledger was known before the revocation still shows the figure the grant rested on.
    const typedKnown = new Date(knownBefore + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');
    await page.goto(
      `${seeded.url}/admin/audit?policy=star-volunteer&asKnownAt=${encodeURIComponent(typedKnown)}`,
    );
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('as-known-at').inputValue()).toBe(typedKnown);
    const knownThen = (
      await seeded.admin.get(
        `/organizations/hetang/eligibility?policy=star-volunteer&asKnownAt=${encodeURIComponent(new Date(knownBefore).toISOString())}`,
      )
    ).body;
    expect(await shownRows(page)).toEqual(expectedRows(knownThen.items));
    expect(
      (knownThen.items as AuditItem[]).find((item) => item.volunteerId === STAR)?.determinations[0],
    ).toMatchObject({ eligible: true, measured: 104 * 60 });
    await page.goto(`${seeded.url}/admin/award-integrity`);
    await finding.waitFor();

    // From the finding to the volunteer: a blank reason is refused by field, then the honour is revoked.
    await finding.getByTestId('review').click();
    await page.waitForURL((url) => url.pathname === `/admin/audit/volunteers/${STAR}`);
    const held = page.locator(`[data-award="${awardId}"]`);
    await held.getByTestId('revoke-form').waitFor();
    await held.getByTestId('revoke-reason').locator('input').fill('   ');
    await held.getByTestId('revoke-submit').click();
    const blank = held.getByTestId('problem').filter({ hasText: '撤销原因：' });
    await blank.waitFor();
    expect(await blank.getAttribute('data-code')).toBe('REASON_REQUIRED');
    await held.getByTestId('revoke-reason').locator('input').fill('支撑时长已被撤销');
    // A double click is one revocation: the form goes once the first is recorded.
    await held.getByTestId('revoke-submit').dblclick();
    await page.locator(`[data-award="${awardId}"][data-state="revoked"]`).waitFor();
    expect(await page.getByTestId('award-revoked').textContent()).toContain('支撑时长已被撤销');
    const after = (await seeded.admin.get(`/volunteers/${STAR}/awards`)).body;
    expect(after.items[0]).toMatchObject({ awardId, revocationReason: '支撑时长已被撤销' });
    const revocations = (await store.readStream(`volunteer-${STAR}`)).filter(
      (event) => event.type === 'AwardRevoked',
    );
    expect(revocations).toHaveLength(1);
    await pageChecks(page, 'admin-award-revoked');
  });
});
