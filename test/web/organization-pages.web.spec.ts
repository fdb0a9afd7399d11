import { type Browser, type Locator, type Page } from 'playwright-core';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { chromiumSkipReason, launchChromium } from './support/browser.js';
import { pageChecks, PhoneSessions } from './support/phone-sessions.js';
import { type SeededLedger, shanghaiDate, startSeededLedger } from './support/seeded-ledger.js';

const skip = chromiumSkipReason();
const suite = skip ? describe.skip : describe;
if (skip) console.warn(`Organisation page tests skipped: ${skip}`);

interface Figures {
  registeredVolunteers: number;
  activitiesHeld: number;
  confirmedMinutes: number;
}
interface Statistics {
  totals: Figures;
  groups: (Figures & { key: string; label: string })[];
}

/** Minutes as the pages write them in Chinese: 小时 and 分钟. */
function zhMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}

suite('administrator organisation pages in Chromium', () => {
  let seeded: SeededLedger;
  let browser: Browser;
  let page: Page;
  let sessions: PhoneSessions;

  beforeAll(async () => {
    [seeded, browser] = await Promise.all([startSeededLedger(), launchChromium()]);
    sessions = new PhoneSessions(browser, seeded.url);
    page = await signedInAs('荷塘区管理员', '/admin/organizations');
  });

  afterAll(async () => {
    await sessions?.close();
    await browser?.close();
    await seeded?.close();
  });

  const signedInAs = (person: string, path: string): Promise<Page> => sessions.signedInAs(person, path);

  /** Three clicks in one task, as an impatient person's, before any answer can come back. */
  async function clickThrice(button: Locator): Promise<void> {
    await button.evaluate((element: { click(): void }) => {
      element.click();
      element.click();
      element.click();
    });
  }

  const node = (id: string) => page.locator(`[data-test="tree-node"][data-id="${id}"]`);
  const count = (id: string, name: string) => node(id).locator(`[data-count="${name}"] dd`).textContent();
  const shownIds = () =>
    page.getByTestId('tree-node').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));

  async function statistics(id: string): Promise<Statistics> {
    return (await seeded.admin.get(`/organizations/${id}/statistics?groupBy=child`)).body as Statistics;
  }

  /** Every count a node shows is the lookup's and the statistics API's figure for it. */
  async function expectCounts(id: string, childCount: number, figures: Figures): Promise<void> {
    expect(await count(id, 'children')).toBe(String(childCount));
    expect(await count(id, 'volunteers')).toBe(String(figures.registeredVolunteers));
    expect(await count(id, 'activities')).toBe(String(figures.activitiesHeld));
    expect((await count(id, 'hours'))?.trim()).toBe(zhMinutes(figures.confirmedMinutes));
  }

  it('browses the tree from the administrator’s district down, expanding nodes, counts as the API answers', async () => {
    await node('hetang').waitFor();
    const children = (await seeded.admin.get('/organizations/hetang/children')).body.items as {
      id: string;
      childCount: number;
    }[];
    await node(children[0]?.id ?? 'missing').waitFor();
    // The root, then its children by name; nothing below them until a node is expanded.
    expect(await shownIds()).toEqual(['hetang', ...children.map((child) => child.id)]);
    const hetang = await statistics('hetang');
    await expectCounts('hetang', children.length, hetang.totals);
    for (const child of children) {
      const figures = hetang.groups.find((group) => group.key === child.id);
      if (!figures) throw new Error(`no statistics for ${child.id}`);
      await expectCounts(child.id, child.childCount, figures);
    }
    expect(hetang.totals.registeredVolunteers).toBeGreaterThan(0);
    expect(hetang.totals.activitiesHeld).toBeGreaterThan(0);

    const toggle = node('yuetang').getByTestId('toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await node('lianhua').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const yuetang = await statistics('yuetang');
    const lianhua = yuetang.groups.find((group) => group.key === 'lianhua');
    if (!lianhua) throw new Error('no statistics for lianhua');
    await expectCounts('lianhua', 0, lianhua);
    expect(lianhua.registeredVolunteers).toBe(1);
    await pageChecks(page, 'admin-organizations');

    // The filter keeps the matches and the path down to them.
    await page.getByTestId('tree-filter').locator('input').fill('莲花');
    await node('no2').waitFor({ state: 'detached' });
    expect(await shownIds()).toEqual(['hetang', 'yuetang', 'lianhua']);
    await page.getByTestId('tree-filter').locator('input').fill('no2');
    await node('lianhua').waitFor({ state: 'detached' });
    expect(await shownIds()).toEqual(['hetang', 'no2']);
    await page.getByTestId('tree-filter').locator('input').fill('不存在的组织');
    await page.getByTestId('tree-empty').waitFor();
    await page.getByTestId('tree-filter').locator('input').fill('');
    await node('lianhua').waitFor();

    // Collapsing hides the level again.
    await toggle.click();
    await node('lianhua').waitFor({ state: 'detached' });
    await toggle.click();
    await node('lianhua').waitFor();
  });

  it('registers an organisation under a node of the subtree, and says in Chinese by field when its id is taken', async () => {
    await node('lianhua').getByTestId('select').click();
    await page.locator('[data-test="selected"][data-id="lianhua"]').waitFor();
    const form = page.getByTestId('register-organization');
    await form.getByTestId('organization-name').locator('input').fill('莲花社区青年志愿服务队');
    await form.getByTestId('organization-kind').selectOption('team');
    await form.getByTestId('organization-id').locator('input').fill('lianhua-youth');
    const submit = form.getByTestId('register-organization-submit');
    await clickThrice(submit);
    await form.getByTestId('organization-registered').waitFor();
    expect(await form.getByTestId('form-problem').count()).toBe(0);

    // The new team shows under its parent, which now counts one child.
    await node('lianhua-youth').waitFor();
    expect(await count('lianhua', 'children')).toBe('1');
    expect(await node('lianhua-youth').textContent()).toContain('志愿服务队');
    const created = (await seeded.admin.get('/organizations/lianhua-youth')).body;
    expect(created).toMatchObject({ name: '莲花社区青年志愿服务队', kind: 'team', parentId: 'lianhua' });
    const store = seeded.ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    expect(await store.readStream('organization-lianhua-youth')).toHaveLength(1);

    // The same id again: the API refuses it, and the page names the field in Chinese.
    await form.getByTestId('organization-name').locator('input').fill('另一支服务队');
    await form.getByTestId('organization-id').locator('input').fill('lianhua-youth');
    await submit.click();
    const refused = form.getByTestId('form-problem');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('ORGANIZATION_ALREADY_EXISTS');
    expect((await refused.textContent())?.replace(/\s+/g, '')).toBe(
      '未能保存编号（选填）：该编号已被其他组织使用',
    );
    expect(await form.getByTestId('organization-id').textContent()).toContain('该编号已被其他组织使用');
    await pageChecks(page, 'admin-register-organization');
  });

  it('registers a minor volunteer only with a guardian: refused without one in Chinese by field, accepted with one', async () => {
    await node('lianhua').getByTestId('select').click();
    const form = page.getByTestId('register-volunteer');
    const listed = async () =>
      (await seeded.admin.get('/organizations/lianhua/volunteers')).body.items.length;
    const before = await listed();
    const today = shanghaiDate(Date.now());
    const fifteenYearsAgo = `${Number(today.slice(0, 4)) - 15}${today.slice(4)}`;

    await form.getByTestId('volunteer-name').locator('input').fill('李小明');
    await form.getByTestId('volunteer-birthDate').locator('input').fill(fifteenYearsAgo);
    await form.getByTestId('guardian').waitFor();
    // An identity number that does not hold the birth date is refused as the API would refuse it.
    await form.getByTestId('volunteer-identityNumber').locator('input').fill('11010519491231002X');
    const submit = form.getByTestId('register-volunteer-submit');
    await submit.click();
    const refused = form.getByTestId('form-problem');
    await refused.waitFor();
    const text = await refused.textContent();
    expect(text).toContain('监护人姓名：未满 18 周岁，须填写监护人信息');
    expect(text).toContain('同意日期：未满 18 周岁，须填写监护人信息');
    expect(text).toContain('身份证号（选填）：身份证号中的出生日期与所填出生日期不一致');
    expect(await form.getByTestId('volunteer-guardianName').textContent()).toContain('未满 18 周岁');
    expect(await listed()).toBe(before);
    await pageChecks(page, 'admin-register-minor-refused');

    await form.getByTestId('volunteer-identityNumber').locator('input').fill('');
    await form.getByTestId('volunteer-guardianName').locator('input').fill('李大山');
    await form.getByTestId('volunteer-guardianPhone').locator('input').fill('13912345678');
    await form.getByTestId('volunteer-guardianRelation').locator('input').fill('父亲');
    await form.getByTestId('volunteer-guardianConsentedOn').locator('input').fill(today);
    await form.getByTestId('volunteer-leagueStatus').selectOption('applicant');
    await clickThrice(submit);
    const done = form.getByTestId('volunteer-registered');
    await done.waitFor();
    const id = /[A-Za-z0-9._:-]{8,}/.exec((await done.textContent()) ?? '')?.[0];
    expect(id).toBeDefined();

    // Registered once, in the personal-data store with the guardian, and counted on its node.
    expect(await listed()).toBe(before + 1);
    const copy = (await seeded.admin.get(`/volunteers/${id}/personal-data`)).body;
    expect(copy.guardian).toMatchObject({ name: '李大山', relation: '父亲', consentedOn: today });
    const yuetang = await statistics('yuetang');
    const lianhua = yuetang.groups.find((group) => group.key === 'lianhua');
    expect(lianhua?.registeredVolunteers).toBe(before + 1);
    await node('lianhua')
      .locator('[data-count="volunteers"] dd', { hasText: new RegExp(`^${before + 1}$`) })
      .waitFor();
    await page.locator(`[data-test="volunteer"][data-id="${id}"]`).waitFor();
  });

  it('revokes a session with a reason from a volunteer’s ledger and shows the total fall', async () => {
    await node('lianhua').getByTestId('select').click();
    await page.getByTestId('volunteer-search').locator('input').fill(seeded.volunteerId);
    await page.getByTestId('volunteer-search').locator('input').press('Enter');
    const link = page.locator(`[data-test="volunteer"][data-id="${seeded.volunteerId}"] a`);
    await link.click();
    await page.waitForURL((url) => url.pathname === `/admin/volunteers/${seeded.volunteerId}`);
    const total = page.getByTestId('confirmed-total');
    await total.waitFor();
    const before = (await seeded.admin.get(`/volunteers/${seeded.volunteerId}/balance`)).body
      .confirmedMinutes;
    expect(await total.getAttribute('data-minutes')).toBe(String(before));
    expect((await total.textContent())?.trim()).toBe(zhMinutes(before));

    const ledger = (await seeded.admin.get(`/volunteers/${seeded.volunteerId}/ledger`)).body.entries as {
      sessionId: string;
      state: string;
      minutes: number;
      activity: { id: string };
    }[];
    const target = ledger.find((entry) => entry.activity.id === 'elderly-1' && entry.state === 'confirmed');
    if (!target) throw new Error('no confirmed elderly-1 session');
    const action = page.locator(`.vl-action[data-session="${target.sessionId}"]`);
    await action.getByTestId('revoke').click();
    const submit = action.getByTestId('revoke-submit');
    await submit.click();
    const refused = action.getByTestId('form-problem');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('撤销原因：请填写');

    await action.getByTestId('revoke-reason').locator('textarea').fill('签到表与活动照片不符');
    await pageChecks(page, 'admin-revoke-session');
    await clickThrice(submit);
    await page.getByTestId('revoked').waitFor();
    const after = before - target.minutes;
    await page.locator(`[data-test="confirmed-total"][data-minutes="${after}"]`).waitFor();
    expect((await total.textContent())?.trim()).toBe(zhMinutes(after));
    expect((await seeded.admin.get(`/volunteers/${seeded.volunteerId}/balance`)).body.confirmedMinutes).toBe(
      after,
    );
    const card = page.locator(`[data-test="ledger-entry"][data-session="${target.sessionId}"]`);
    expect(await card.getAttribute('data-state')).toBe('revoked');
    expect(await action.count()).toBe(0);

    const store = seeded.ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const revocations = (await store.readStream(`volunteer-${seeded.volunteerId}`)).filter(
      (event) =>
        event.type === 'SessionRevoked' &&
        (event.data as { sessionId?: string }).sessionId === target.sessionId,
    );
    expect(revocations).toHaveLength(1);
    expect((revocations[0]?.data as { reason?: string }).reason).toBe('签到表与活动照片不符');
    await pageChecks(page, 'admin-volunteer-ledger');
  });

  it('shows an organiser the same ledger without revocations, which only an administrator makes', async () => {
    const path = `/admin/volunteers/${seeded.volunteerId}`;
    const organiser = await signedInAs('莲花社区组织者', path);
    await organiser.getByTestId('confirmed-total').waitFor();
    const entries = (await seeded.organiser.get(`/volunteers/${seeded.volunteerId}/ledger`)).body.entries;
    expect(await organiser.getByTestId('ledger-entry').count()).toBe(entries.length);
    expect(entries.some((entry: { state: string }) => entry.state === 'confirmed')).toBe(true);
    expect(await organiser.getByTestId('revoke').count()).toBe(0);
  });

  it('switches the organisation pages to English', async () => {
    await page.goto(`${seeded.url}/admin/organizations`);
    await node('hetang').waitFor();
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'Organisations', exact: true }).waitFor();
    expect(await page.getByTestId('register-volunteer').textContent()).toContain('Register a volunteer');
    await pageChecks(page, 'admin-organizations-en');
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: '组织架构', exact: true }).waitFor();
  });
});
