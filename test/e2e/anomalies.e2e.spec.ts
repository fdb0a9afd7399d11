import { maskName } from '@vl/personal-data';
import { postgresSkipReason } from '@vl/testing';
import { type Backend, Http, startTestLedger, storeHead, type TestLedger } from '../support/ledger-app.js';

const backends: Backend[] = ['pglite', 'postgres'];
// 株洲 神农公园 and 长沙 橘子洲, about 50 km apart.
const park = { latitude: 27.8274, longitude: 113.134 };
const isle = { latitude: 28.1792, longitude: 112.9622 };
const shanghai = (wall: string): number => Date.parse(`${wall}+08:00`);
const REPORT = '/organizations/lianhua/anomalies?from=2024-07-10&to=2024-07-12';

interface Finding {
  id: string;
  kind: string;
  volunteerId: string;
  volunteerName: string | null;
  sessionIds: string[];
  reason: { zh: string; en: string };
  figures: Record<string, number>;
}

describe.each(backends)('the anomaly report over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  let now = shanghai('2024-07-10T09:30:00');
  let ledger: TestLedger;
  let admin: Http;
  let auditor: Http;
  let cityAdmin: Http;
  let strangerAdmin: Http;
  let organiser: Http;
  let leader: Http;
  let anonymous: Http;
  const session: Record<string, string> = {};

  const asVolunteer = async (volunteerId: string): Promise<Http> =>
    anonymous.as(
      await ledger.token({
        sub: `volunteer-${volunteerId}`,
        roles: ['volunteer'],
        org: 'lianhua',
        volunteerId,
      }),
    );
  const created = (response: { status: number; body: Record<string, unknown> }): string => {
    expect(response.status).toBeLessThan(300);
    return String(response.body.sessionId);
  };

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend, {}, { clock: { now: () => new Date(now) } });
    anonymous = new Http(ledger.url);
    const sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = anonymous.as(await ledger.token({ sub: 'admin-1', roles: ['admin'], org: 'lianhua' }));
    auditor = anonymous.as(await ledger.token({ sub: 'auditor-1', roles: ['auditor'], org: 'lianhua' }));
    cityAdmin = anonymous.as(await ledger.token({ sub: 'admin-city', roles: ['admin'], org: 'zhuzhou' }));
    strangerAdmin = anonymous.as(await ledger.token({ sub: 'admin-2', roles: ['admin'], org: 'tianyuan' }));
    organiser = anonymous.as(
      await ledger.token({ sub: 'organiser-1', roles: ['organizer'], org: 'lianhua' }),
    );
    // A team leader who also volunteers: one token, both roles.
    leader = anonymous.as(
      await ledger.token({
        sub: 'leader-1',
        roles: ['organizer', 'volunteer'],
        org: 'lianhua',
        volunteerId: 'v-lead',
      }),
    );
    for (const body of [
      { id: 'zhuzhou', name: '株洲市', kind: 'city' },
      { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'zhuzhou' },
      { id: 'tianyuan', name: '天元区', kind: 'district', parentId: 'zhuzhou' },
    ]) {
      expect((await sysadmin.post('/organizations', body)).status).toBe(201);
    }
    for (const id of ['v1', 'v2', 'v3', 'v4', 'v-lead']) {
      const registered = await sysadmin.post('/volunteers', {
        id,
        name: `志愿者${id}`,
        birthDate: '2004-05-01',
        organizationId: 'lianhua',
        leagueStatus: 'none',
      });
      expect(registered.status).toBe(201);
    }
    const schedule = async (id: string, startsAt: string, endsAt: string, venue?: object): Promise<void> => {
      const scheduled = await organiser.post('/activities', {
        id,
        organizationId: 'lianhua',
        title: `活动 ${id}`,
        category: 'community',
        startsAt: `${startsAt}+08:00`,
        endsAt: `${endsAt}+08:00`,
        ...(venue ? { venue } : {}),
      });
      expect(scheduled.status).toBe(201);
    };
    await schedule('park', '2024-07-10T09:00:00', '2024-07-10T11:00:00', {
      name: '神农公园',
      address: '株洲市天元区',
      ...park,
      radiusMeters: 300,
    });
    await schedule('isle', '2024-07-10T11:00:00', '2024-07-10T13:00:00', {
      name: '橘子洲',
      address: '长沙市岳麓区',
      ...isle,
      radiusMeters: 500,
    });
    await schedule('hall', '2024-07-10T14:00:00', '2024-07-10T16:00:00');
    await schedule('sheet', '2024-07-11T08:00:00', '2024-07-11T20:00:00');

    // Impossible travel: v1 leaves the park at 10:00 and checks in by location 50 km away at 10:10.
    const v1 = await asVolunteer('v1');
    now = shanghai('2024-07-10T09:30:00');
    session.park = created(
      await v1.post('/activities/park/check-ins', {
        volunteerId: 'v1',
        method: 'geo',
        ...park,
        accuracy: 10,
      }),
    );
    now = shanghai('2024-07-10T10:00:00');
    expect(
      (await v1.post('/activities/park/check-outs', { volunteerId: 'v1', ...park, accuracy: 10 })).status,
    ).toBe(200);
    now = shanghai('2024-07-10T10:10:00');
    session.isle = created(
      await v1.post('/activities/isle/check-ins', {
        volunteerId: 'v1',
        method: 'geo',
        ...isle,
        accuracy: 12,
      }),
    );
    now = shanghai('2024-07-10T11:30:00');
    expect(
      (await v1.post('/activities/isle/check-outs', { volunteerId: 'v1', ...isle, accuracy: 12 })).status,
    ).toBe(200);

    // The hall: two 30-minute sessions, and the leader's own 100 minutes, which the leader confirms.
    now = shanghai('2024-07-10T14:00:00');
    for (const id of ['v3', 'v4']) {
      session[id] = created(
        await organiser.post('/activities/hall/check-ins', { volunteerId: id, method: 'organizer' }),
      );
    }
    session.lead = created(
      await leader.post('/activities/hall/check-ins', { volunteerId: 'v-lead', method: 'organizer' }),
    );
    now = shanghai('2024-07-10T14:30:00');
    for (const id of ['v3', 'v4']) {
      expect((await organiser.post('/activities/hall/check-outs', { volunteerId: id })).status).toBe(200);
    }
    now = shanghai('2024-07-10T15:40:00');
    expect((await leader.post('/activities/hall/check-outs', { volunteerId: 'v-lead' })).status).toBe(200);
    expect((await leader.post(`/sessions/${session.lead}/confirmation`, {})).status).toBe(200);
    expect((await organiser.post(`/sessions/${session.v3}/confirmation`, {})).status).toBe(200);

    // A check-in half an hour after the hall closed, recorded by the organiser from a late sheet.
    now = shanghai('2024-07-10T17:00:00');
    session.late = created(
      await organiser.post('/activities/hall/check-ins', {
        volunteerId: 'v2',
        method: 'organizer',
        at: '2024-07-10T16:30:00+08:00',
        reason: '迟到补签',
      }),
    );

    // A ten-hour paper sheet for v1, whose usual session is 30 minutes.
    now = shanghai('2024-07-12T09:00:00');
    session.sheet = created(
      await organiser.post('/activities/sheet/manual-sessions', {
        volunteerId: 'v1',
        startedAt: '2024-07-11T08:00:00+08:00',
        endedAt: '2024-07-11T18:00:00+08:00',
        minutes: 600,
        note: '纸质签到表',
      }),
    );
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const everyFinding = async (): Promise<Finding[]> => {
    const response = await admin.get(`${REPORT}&minPosition=${await storeHead(ledger)}`);
    expect(response.status).toBe(200);
    return response.body.items as Finding[];
  };

  maybe('finds each anomaly created through the API, naming the sessions behind it', async () => {
    const findings = await everyFinding();
    expect(findings.map((f) => [f.kind, f.volunteerId, f.sessionIds])).toEqual([
      ['IMPOSSIBLE_TRAVEL', 'v1', [session.park, session.isle]],
      ['LONGER_THAN_PEERS', 'v-lead', [session.lead]],
      ['SELF_CONFIRMATION', 'v-lead', [session.lead]],
      ['CHECK_IN_AFTER_END', 'v2', [session.late]],
      ['MANUAL_ABOVE_USUAL', 'v1', [session.sheet]],
    ]);
    const [travel, longer, , late, manual] = findings;
    expect(travel?.figures.kmPerHour).toBeGreaterThan(120);
    expect(travel?.volunteerName).toBe(maskName('志愿者v1'));
    expect(longer?.figures).toMatchObject({ minutes: 100, activityMedianMinutes: 30 });
    expect(late?.reason).toEqual({
      zh: '活动结束 30 分钟后才签到',
      en: 'checked in 30 minutes after the activity ended',
    });
    expect(manual?.figures).toMatchObject({ minutes: 600, volunteerMedianMinutes: 30 });
  });

  maybe('pages with keyset cursors that together give the whole report once', async () => {
    const whole = await everyFinding();
    const seen: Finding[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: Finding[]; nextCursor: string | null } } =
        await auditor.get(`${REPORT}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(whole);
  });

  maybe('answers CSV for Accept: text/csv and for format=csv, one row per finding', async () => {
    const whole = await everyFinding();
    for (const [path, headers] of [
      [REPORT, { accept: 'text/csv' }],
      [`${REPORT}&format=csv`, {}],
    ] as const) {
      const response = await admin.get(path, headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const lines = String(response.body)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('id,kind,at,volunteerId,volunteerName,sessionIds,reasonZh,reasonEn');
      expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(whole.map((f) => f.id));
      expect(lines.find((line) => line.startsWith('CHECK_IN_AFTER_END'))).toContain(
        '活动结束 30 分钟后才签到',
      );
    }
    const paged = await admin.get(`${REPORT}&format=csv&limit=1`);
    expect(paged.headers.get('x-next-cursor')).toEqual(expect.any(String));
  });

  maybe('lets the city above read the subtree and refuses other subtrees and other roles', async () => {
    expect((await cityAdmin.get(REPORT)).body.items).toEqual(await everyFinding());
    const outside = await strangerAdmin.get(REPORT);
    expect({ status: outside.status, code: outside.body.code }).toEqual({
      status: 403,
      code: 'NOT_IN_SCOPE',
    });
    expect((await organiser.get(REPORT)).status).toBe(403);
    expect((await (await asVolunteer('v1')).get(REPORT)).status).toBe(403);
    expect((await anonymous.get(REPORT)).status).toBe(401);
    const missing = await admin.get('/organizations/nowhere/anomalies');
    expect(missing.status).toBe(404);
  });

  maybe('finds nothing in a period without sessions, and nothing in the other subtree', async () => {
    const quiet = await admin.get('/organizations/lianhua/anomalies?from=2024-06-01&to=2024-07-01');
    expect(quiet.body).toMatchObject({ items: [], nextCursor: null, from: '2024-05-31T16:00:00.000Z' });
    const other = await cityAdmin.get('/organizations/tianyuan/anomalies?from=2024-07-10&to=2024-07-12');
    expect(other.body.items).toEqual([]);
  });

  maybe.each([
    ['from=2024-07-12&to=2024-07-10', 'from'],
    ['from=2024-07-10&to=2024-07-10', 'from'],
    ['from=2024-02-30&to=2024-03-10', 'from'],
    ['from=yesterday', 'from'],
    ['to=2024-07-10T09:00:00', 'to'],
    ['to=2024-07-10T09:00:00%2B25:00', 'to'],
    ['from=2023-01-01&to=2024-07-10', 'to'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['format=xml', 'format'],
    ['cursor=not-a-cursor', 'cursor'],
  ])('answers ?%s with a 400 problem detail naming %s', async (query, field) => {
    const response = await admin.get(`/organizations/lianhua/anomalies?${query}`);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect({ status: response.status, code: response.body.code, field: response.body.field }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      field,
    });
  });

  maybe('shows the venue and methods on the activity, and the proof in the ledger history', async () => {
    const activity = await organiser.get('/activities/park');
    expect(activity.body).toMatchObject({
      venue: { name: '神农公园', address: '株洲市天元区', ...park, radiusMeters: 300 },
      checkInMethods: ['qr', 'geo', 'organizer'],
    });
    expect((await organiser.get('/activities/hall')).body).toMatchObject({
      venue: null,
      checkInMethods: ['qr', 'organizer'],
    });
    const listed = await organiser.get('/organizations/lianhua/activities?from=2024-07-10&to=2024-07-11');
    expect(listed.body.items.find((item: { id: string }) => item.id === 'isle')?.venue).toMatchObject(isle);

    const v1Ledger = await admin.get('/volunteers/v1/ledger');
    const parkEntry = v1Ledger.body.entries.find((e: { sessionId: string }) => e.sessionId === session.park);
    expect(parkEntry.history.slice(0, 2).map((h: { presence: unknown }) => h.presence)).toEqual([
      {
        method: 'geo',
        recordedBy: null,
        reason: null,
        kioskCodeIssuedAt: null,
        distanceMeters: 0,
        accuracyMeters: 10,
      },
      {
        method: null,
        recordedBy: null,
        reason: null,
        kioskCodeIssuedAt: null,
        distanceMeters: 0,
        accuracyMeters: 10,
      },
    ]);
    const v2Ledger = await admin.get('/volunteers/v2/ledger');
    expect(v2Ledger.body.entries[0].history[0].presence).toEqual({
      method: 'organizer',
      recordedBy: 'organiser-1',
      reason: '迟到补签',
      kioskCodeIssuedAt: null,
      distanceMeters: null,
      accuracyMeters: null,
    });
  });
});
