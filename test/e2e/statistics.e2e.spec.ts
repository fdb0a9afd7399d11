import { postgresSkipReason } from '@vl/testing';
import {
  type Backend,
  Http,
  readModelCaughtUp,
  startTestLedger,
  type TestLedger,
} from '../support/ledger-app.js';

const backends: Backend[] = ['pglite', 'postgres'];
const HOUR = 3_600_000;
/** A service day in the programme's zone (+08:00), hours after 09:00 local. */
const local = (date: string, hour = 9): string => `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const plus = (instant: string, hours: number): string =>
  new Date(Date.parse(instant) + hours * HOUR).toISOString();

describe.each(backends)('programme statistics over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL statistics e2e skipped: ${skip}`);

  let ledger: TestLedger;
  let sysadmin: Http;
  let cityAuditor: Http;
  let districtAdmin: Http;
  let organiser: Http;

  async function created(path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await sysadmin.post(path, body);
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`setup: POST ${path} answered ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as Record<string, unknown>;
  }

  /**
   * A paper-sheet session, confirmed as it is recorded (who records it certifies it); then corrected down
   * to `confirmed` minutes, or revoked.
   */
  async function served(
    volunteerId: string,
    activityId: string,
    startedAt: string,
    minutes: number,
    confirmed: number | 'revoked' = minutes,
  ): Promise<void> {
    const { sessionId } = await created(`/activities/${activityId}/manual-sessions`, {
      volunteerId,
      startedAt,
      endedAt: plus(startedAt, Math.ceil(minutes / 60)),
      minutes,
      note: '纸质签到表',
    });
    const id = String(sessionId);
    if (confirmed === 'revoked') await created(`/sessions/${id}/revocation`, { reason: '重复登记' });
    else if (confirmed !== minutes)
      await created(`/sessions/${id}/corrections`, { minutes: confirmed, reason: '早退' });
  }

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    const anonymous = new Http(ledger.url);
    sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    cityAuditor = anonymous.as(await ledger.token({ sub: 'zz-audit', roles: ['auditor'], org: 'zz' }));
    districtAdmin = anonymous.as(await ledger.token({ sub: 'ht-admin', roles: ['admin'], org: 'hetang' }));
    organiser = anonymous.as(await ledger.token({ sub: 'lh-org', roles: ['organizer'], org: 'lianhua' }));
    for (const [id, name, kind, parentId] of [
      ['zz', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zz'],
      ['tianyuan', '天元区', 'district', 'zz'],
      ['lianhua', '莲花社区', 'community', 'hetang'],
      ['team-a', '莲花青年突击队', 'team', 'lianhua'],
      ['team-b', '天元志愿服务队', 'team', 'tianyuan'],
    ] as const) {
      await created('/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) });
    }
    for (const [id, organizationId] of [
      ['v-1', 'lianhua'],
      ['v-2', 'lianhua'],
      ['v-3', 'team-b'],
    ] as const) {
      await created('/volunteers', {
        id,
        name: `志愿者${id}`,
        birthDate: '2004-05-01',
        organizationId,
        leagueStatus: 'none',
      });
    }
    for (const [id, organizationId, category, startsAt, hours] of [
      ['act-1', 'lianhua', 'tutoring', local('2024-03-10'), 4],
      ['act-2', 'team-a', 'elderly-care', local('2024-04-05'), 4],
      ['act-3', 'team-b', 'environment', local('2024-04-20'), 4],
      ['act-long', 'team-a', 'elderly-care', local('2024-05-01', 0), 24 * 10],
    ] as const) {
      await created('/activities', {
        id,
        organizationId,
        title: `活动 ${id}`,
        category,
        startsAt,
        endsAt: plus(startsAt, hours),
      });
    }
    await served('v-1', 'act-1', local('2024-03-10'), 180);
    await served('v-2', 'act-1', local('2024-03-10'), 180, 120);
    await served('v-1', 'act-2', local('2024-04-05'), 120, 'revoked');
    await served('v-2', 'act-2', local('2024-04-05'), 150);
    await served('v-1', 'act-3', local('2024-04-20'), 90);
    // A session still awaiting confirmation counts for nothing yet.
    const now = Date.now();
    await created('/activities', {
      id: 'act-now',
      organizationId: 'team-b',
      title: '今日河道清洁',
      category: 'environment',
      startsAt: new Date(now - 4 * HOUR).toISOString(),
      endsAt: new Date(now - HOUR).toISOString(),
    });
    await created('/activities/act-now/check-ins', {
      volunteerId: 'v-3',
      at: new Date(now - 3 * HOUR).toISOString(),
      method: 'organizer',
    });
    await created('/activities/act-now/check-outs', {
      volunteerId: 'v-3',
      at: new Date(now - 2 * HOUR).toISOString(),
    });
    // Five long days make v-1 a one-star volunteer (100 hours all-time); May stays outside the period asked.
    for (const day of ['01', '02', '03', '04', '05']) {
      await served('v-1', 'act-long', local(`2024-05-${day}`, 1), 1200);
    }
    expect(
      (await organiser.post('/activities/act-1/report', { residentVisits: 30, summary: '作业辅导' })).status,
    ).toBe(201);
    expect(
      (await organiser.post('/activities/act-1/report', { residentVisits: 45, summary: '更正' })).status,
    ).toBe(201);
    expect(
      (await organiser.post('/activities/act-2/report', { residentVisits: 20, summary: '入户' })).status,
    ).toBe(201);
    await readModelCaughtUp(ledger);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const figures = (
    teams: number,
    registeredVolunteers: number,
    activeVolunteers: number,
    activitiesHeld: number,
    confirmedMinutes: number,
    residentVisits: number,
  ): Record<string, number> => ({
    teams,
    registeredVolunteers,
    activeVolunteers,
    activitiesHeld,
    confirmedMinutes,
    residentVisits,
  });

  maybe(
    'totals a city per district over a period, counting confirmed minutes after corrections and revocations',
    async () => {
      const response = await cityAuditor.get(
        '/organizations/zz/statistics?from=2024-01&to=2024-04&groupBy=child',
      );
      expect(response.status).toBe(200);
      // Teams and volunteers were registered today, after the period: none yet by its end.
      expect(response.body.totals).toEqual(figures(0, 0, 2, 3, 180 + 120 + 150 + 90, 45 + 20));
      expect(response.body.groups).toEqual([
        { key: 'tianyuan', label: '天元区', ...figures(0, 0, 1, 1, 90, 0) },
        { key: 'hetang', label: '荷塘区', ...figures(0, 0, 2, 2, 450, 65) },
      ]);
      expect(response.body.topCategories).toEqual([
        { category: 'tutoring', confirmedMinutes: 300, activitiesHeld: 1 },
        { category: 'elderly-care', confirmedMinutes: 150, activitiesHeld: 1 },
        { category: 'environment', confirmedMinutes: 90, activitiesHeld: 1 },
      ]);
    },
  );

  maybe('counts registrations up to now when the period is open, and star volunteers by level', async () => {
    const response = await cityAuditor.get('/organizations/zz/statistics');
    expect(response.status).toBe(200);
    expect(response.body.totals).toEqual(figures(2, 3, 2, 5, 540 + 6000, 65));
    const stars = response.body.starVolunteers as {
      tier: string;
      volunteers: number;
      minimumMinutes: number;
    }[];
    expect(stars.map((level) => [level.tier, level.minimumMinutes, level.volunteers])).toEqual([
      ['1-star', 6000, 1],
      ['2-star', 18000, 0],
      ['3-star', 36000, 0],
      ['4-star', 60000, 0],
      ['5-star', 90000, 0],
    ]);
    const tianyuan = await cityAuditor.get('/organizations/tianyuan/statistics');
    // v-1 served at a Tianyuan activity but belongs to Lianhua: the star counts where the volunteer is registered.
    expect(
      (tianyuan.body.starVolunteers as { volunteers: number }[]).every((level) => level.volunteers === 0),
    ).toBe(true);
    expect(tianyuan.body.totals).toEqual(figures(1, 1, 1, 2, 90, 0));
  });

  maybe('groups a district by month and by category', async () => {
    const byMonth = await districtAdmin.get(
      '/organizations/hetang/statistics?from=2024-03&to=2024-05&groupBy=month',
    );
    expect(byMonth.status).toBe(200);
    expect(byMonth.body.groups).toEqual([
      { key: '2024-03', label: '2024-03', ...figures(0, 0, 2, 1, 300, 45) },
      { key: '2024-04', label: '2024-04', ...figures(0, 0, 1, 1, 150, 20) },
      { key: '2024-05', label: '2024-05', ...figures(0, 0, 1, 1, 6000, 0) },
    ]);
    const byCategory = await districtAdmin.get(
      '/organizations/hetang/statistics?from=2024-03&to=2024-04&groupBy=category',
    );
    expect(byCategory.body.groups).toEqual([
      { key: 'elderly-care', label: 'elderly-care', ...figures(0, 0, 1, 1, 150, 20) },
      { key: 'tutoring', label: 'tutoring', ...figures(0, 0, 2, 1, 300, 45) },
    ]);
  });

  maybe('counts each active volunteer once however the period is cut', async () => {
    const active = async (organizationId: string, query: string): Promise<number> => {
      const response = await cityAuditor.get(`/organizations/${organizationId}/statistics?${query}`);
      expect(response.status).toBe(200);
      return response.body.totals.activeVolunteers as number;
    };
    // v-1 serves in March, April and May; v-2 in March and April: one month, a whole year, months across
    // two and an open end each count a volunteer once.
    expect(await active('zz', 'from=2024-03&to=2024-03')).toBe(2);
    expect(await active('zz', 'from=2024-01&to=2024-12')).toBe(2);
    expect(await active('zz', 'from=2024-04&to=2024-05')).toBe(2);
    expect(await active('zz', 'from=2024-05&to=2024-12')).toBe(1);
    expect(await active('zz', 'from=2024-01')).toBe(2);
    expect(await active('zz', 'from=2025-01')).toBe(0);
    // v-1's April session at team-a was revoked: only v-2 was active there.
    expect(await active('team-a', 'from=2024-04&to=2024-04')).toBe(1);
    expect(await active('team-a', 'from=2024-01&to=2024-12')).toBe(2);
    const byCategory = async (query: string): Promise<Record<string, number>> => {
      const response = await cityAuditor.get(`/organizations/zz/statistics?${query}&groupBy=category`);
      return Object.fromEntries(
        (response.body.groups as { key: string; activeVolunteers: number }[]).map((group) => [
          group.key,
          group.activeVolunteers,
        ]),
      );
    };
    expect(await byCategory('from=2024-01&to=2024-12')).toEqual({
      'elderly-care': 2,
      environment: 1,
      tutoring: 2,
    });
    expect(await byCategory('from=2024-04&to=2024-05')).toEqual({ 'elderly-care': 2, environment: 1 });
    const byMonth = await districtAdmin.get(
      '/organizations/hetang/statistics?from=2024-03&to=2024-05&groupBy=month',
    );
    expect(byMonth.body.totals.activeVolunteers).toBe(2);
  });

  maybe('agrees with the rosters of the activities it counts', async () => {
    let confirmed = 0;
    for (const activityId of ['act-1', 'act-2', 'act-3', 'act-now']) {
      const activity = await cityAuditor.get(`/activities/${activityId}`);
      for (const entry of activity.body.roster as { state: string; minutes: number }[]) {
        if (entry.state === 'confirmed') confirmed += entry.minutes;
      }
    }
    expect(confirmed).toBeGreaterThan(0);
    const response = await cityAuditor.get('/organizations/zz/statistics?from=2024-01');
    const long = await cityAuditor.get('/activities/act-long');
    const longMinutes = (long.body.roster as { minutes: number }[]).reduce(
      (sum, entry) => sum + entry.minutes,
      0,
    );
    expect(response.body.totals.confirmedMinutes).toBe(confirmed + longMinutes);
  });

  maybe(
    'refuses a period that is not whole months, an unknown grouping, and a subtree out of scope',
    async () => {
      for (const query of ['from=2024-13', 'to=2024-04-01', 'groupBy=week', 'from=2024-05&to=2024-04']) {
        const response = await cityAuditor.get(`/organizations/zz/statistics?${query}`);
        expect({ query, status: response.status, code: response.body.code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      const outside = await districtAdmin.get('/organizations/tianyuan/statistics');
      expect({ status: outside.status, code: outside.body.code }).toEqual({
        status: 403,
        code: 'NOT_IN_SCOPE',
      });
      const organiserAsks = await organiser.get('/organizations/lianhua/statistics');
      expect(organiserAsks.status).toBe(403);
      const unknown = await cityAuditor.get('/organizations/nowhere/statistics');
      expect(unknown.status).toBe(404);
    },
  );
});
