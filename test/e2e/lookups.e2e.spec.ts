import { calendarDate } from '@vl/domain';
import { postgresSkipReason } from '@vl/testing';
import {
  type Backend,
  Http,
  type HttpResult,
  readModelCaughtUp,
  startTestLedger,
  type TestLedger,
} from '../support/ledger-app.js';

const backends: Backend[] = ['pglite', 'postgres'];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Now, on a whole minute; every fixture is placed around it. */
const NOW = Math.floor(Date.now() / MINUTE) * MINUTE;
const at = (offsetMs: number): string => new Date(NOW + offsetMs).toISOString();
const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Walks a list from its first page to its last, `limit` items at a time. */
async function allPages(
  client: Http,
  path: string,
  limit: number,
): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page: HttpResult = await client.get(
      `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
    );
    expect({ path, status: page.status }).toEqual({ path, status: 200 });
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...(page.body.items as Record<string, unknown>[]));
    cursor = page.body.nextCursor as string | null;
    pages += 1;
  } while (cursor !== null && pages < 50);
  return { items, pages };
}

const ids = (items: Record<string, unknown>[], key = 'id'): unknown[] => items.map((item) => item[key]);

describe.each(backends)('lookups over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL lookups e2e skipped: ${skip}`);

  let ledger: TestLedger;
  let sysadmin: Http;
  let admin: Http;
  let auditor: Http;
  let organiser: Http;
  let otherAdmin: Http;
  let volunteer: Http;
  const sessions = { v001: '', v002: '', v003: '', v004: '', v005: '', vq: '' };

  async function created(path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await sysadmin.post(path, body);
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`setup: POST ${path} answered ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as Record<string, unknown>;
  }

  /** Checks a volunteer in and out of an activity, leaving the session pending; returns its id. */
  async function attended(volunteerId: string, activityId: string, startMs: number): Promise<string> {
    const checkIn = await created(`/activities/${activityId}/check-ins`, {
      volunteerId,
      at: at(startMs),
      method: 'organizer',
    });
    await created(`/activities/${activityId}/check-outs`, { volunteerId, at: at(startMs + 2 * HOUR) });
    return String(checkIn.sessionId);
  }

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    const anonymous = new Http(ledger.url);
    sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = anonymous.as(await ledger.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }));
    auditor = anonymous.as(await ledger.token({ sub: 'hetang-audit', roles: ['auditor'], org: 'hetang' }));
    organiser = anonymous.as(
      await ledger.token({ sub: 'lianhua-org', roles: ['organizer'], org: 'lianhua' }),
    );
    otherAdmin = anonymous.as(
      await ledger.token({ sub: 'tianyuan-admin', roles: ['admin'], org: 'tianyuan' }),
    );
    volunteer = anonymous.as(
      await ledger.token({ sub: 'v-001', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-001' }),
    );

    for (const [id, name, kind, parentId] of [
      ['zhuzhou', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['yuetang', '月塘街道', 'subdistrict', 'hetang'],
      ['lianhua', '莲花社区', 'community', 'yuetang'],
      ['yuetang-b', 'Beta社区', 'community', 'yuetang'],
      ['yuetang-a', 'Alpha社区', 'community', 'yuetang'],
      ['yuetang-c', '荷花社区', 'community', 'yuetang'],
      ['lianhua-1', '莲花一区', 'compound', 'lianhua'],
      ['school-1', '株洲市第一中学', 'school', 'lianhua'],
      ['school-2', '株洲市第二中学', 'school', 'lianhua'],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
      ['qunfeng', '群丰社区', 'community', 'tianyuan'],
    ] as const) {
      await created('/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) });
    }
    for (const [id, name, organizationId] of [
      ['v-001', '张小青', 'lianhua'],
      ['v-002', '李小明', 'lianhua'],
      ['v-003', '王芳', 'lianhua'],
      ['v-004', '赵磊', 'lianhua'],
      ['v-005', '陈静', 'lianhua'],
      ['v-006', 'Zhang Wei', 'lianhua'],
      ['v-007', '刘小红', 'lianhua-1'],
      ['v-q', '周杰', 'qunfeng'],
      ['v-q2', '张小青', 'qunfeng'],
      ['v-q3', '孙小圣', 'qunfeng'],
    ] as const) {
      await created('/volunteers', {
        id,
        name,
        birthDate: '2004-05-01',
        organizationId,
        ...(id === 'v-001' ? { schoolId: 'school-1' } : {}),
        leagueStatus: id === 'v-001' ? 'applicant' : 'none',
      });
    }
    for (const [id, organizationId, startMs, lengthMs] of [
      ['act-long', 'lianhua', -20 * DAY, 30 * DAY],
      ['act-a', 'lianhua', -10 * DAY, 3 * HOUR],
      ['act-b', 'lianhua', -5 * DAY, 3 * HOUR],
      ['act-award', 'lianhua', -27 * HOUR, 24 * HOUR],
      // Activities with check-ins end less than two hours ago, out of the missed check-out sweeper's way.
      ['act-c', 'lianhua-1', -6 * HOUR, 5 * HOUR],
      ['act-q', 'qunfeng', -5.5 * HOUR, 5 * HOUR],
      ['act-d', 'lianhua', -5 * HOUR, 5 * HOUR],
      ['act-e', 'lianhua', -4.5 * HOUR, 4 * HOUR],
      ['act-now', 'lianhua', -HOUR, 2 * HOUR],
    ] as const) {
      await created('/activities', {
        id,
        organizationId,
        title: `七彩课堂 ${id}`,
        category: 'tutoring',
        startsAt: at(startMs),
        endsAt: at(startMs + lengthMs),
        ...(id === 'act-a' ? { maxMinutesPerVolunteer: 90, autoConfirm: true } : {}),
      });
    }
    sessions.v001 = await attended('v-001', 'act-d', -5 * HOUR);
    sessions.v002 = await attended('v-002', 'act-d', -5 * HOUR);
    sessions.v004 = await attended('v-004', 'act-c', -6 * HOUR);
    sessions.vq = await attended('v-q', 'act-q', -5.5 * HOUR);
    sessions.v003 = await attended('v-003', 'act-e', -4.5 * HOUR);
    await created(`/sessions/${sessions.v003}/confirmation`, {});
    const open = await created('/activities/act-now/check-ins', {
      volunteerId: 'v-005',
      at: at(-30 * MINUTE),
      method: 'organizer',
    });
    sessions.v005 = String(open.sessionId);
    await readModelCaughtUp(ledger);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  maybe('shows an organisation with the names along its path from the root', async () => {
    const node = await admin.get('/organizations/lianhua-1');
    expect(node.status).toBe(200);
    expect(node.body).toEqual({
      id: 'lianhua-1',
      name: '莲花一区',
      kind: 'compound',
      parentId: 'lianhua',
      path: [
        { id: 'zhuzhou', name: '株洲市', kind: 'city' },
        { id: 'hetang', name: '荷塘区', kind: 'district' },
        { id: 'yuetang', name: '月塘街道', kind: 'subdistrict' },
        { id: 'lianhua', name: '莲花社区', kind: 'community' },
        { id: 'lianhua-1', name: '莲花一区', kind: 'compound' },
      ],
    });
    const city = await sysadmin.get('/organizations/zhuzhou');
    expect(city.body).toMatchObject({ parentId: null, path: [{ id: 'zhuzhou', name: '株洲市' }] });
  });

  maybe('lists children by name in byte order, with their child counts, page by page', async () => {
    const { items, pages } = await allPages(auditor, '/organizations/yuetang/children', 3);
    expect(pages).toBe(2);
    expect(items.map((item) => item.name)).toEqual(['Alpha社区', 'Beta社区', '荷花社区', '莲花社区']);
    expect([...items.map((item) => String(item.name))].sort(byteOrder)).toEqual(
      items.map((item) => item.name),
    );
    expect(items.find((item) => item.id === 'lianhua')).toEqual({
      id: 'lianhua',
      name: '莲花社区',
      kind: 'community',
      parentId: 'yuetang',
      childCount: 3,
    });
    expect(items.find((item) => item.id === 'yuetang-a')).toMatchObject({ childCount: 0 });
    const leaf = await admin.get('/organizations/lianhua-1/children');
    expect(leaf.body).toEqual({ items: [], nextCursor: null });
  });

  maybe(
    'lists the volunteers of a subtree by id, and finds them by id prefix or exact full name',
    async () => {
      const { items, pages } = await allPages(admin, '/organizations/hetang/volunteers', 3);
      expect(pages).toBe(3);
      expect(ids(items)).toEqual(['v-001', 'v-002', 'v-003', 'v-004', 'v-005', 'v-006', 'v-007']);
      expect(items[0]).toEqual({
        id: 'v-001',
        name: '张*青',
        organizationId: 'lianhua',
        schoolId: 'school-1',
        leagueStatus: 'applicant',
        active: true,
      });
      const everyone = await allPages(sysadmin, '/organizations/zhuzhou/volunteers', 100);
      expect(ids(everyone.items)).toContain('v-q');
      const compound = await organiser.get('/organizations/lianhua-1/volunteers');
      expect(ids(compound.body.items)).toEqual(['v-007']);

      const search = async (q: string): Promise<unknown[]> => {
        const response = await organiser.get(`/organizations/lianhua/volunteers?q=${encodeURIComponent(q)}`);
        expect(response.status).toBe(200);
        return ids(response.body.items);
      };
      // Names are sealed in the personal-data store: its blind index finds a full name, never a part.
      expect(await search('小')).toEqual([]);
      expect(await search('张小')).toEqual([]);
      expect(await search('张小青')).toEqual(['v-001']);
      expect(await search(' 张小青 ')).toEqual(['v-001']);
      expect(await search('zhang WEI')).toEqual(['v-006']);
      expect(await search('Ｚｈａｎｇ  wei')).toEqual(['v-006']);
      expect(await search('Zhang')).toEqual([]);
      expect(await search('v-00')).toHaveLength(7);
      expect(await search('v-007')).toEqual(['v-007']);
      expect(await search('00')).toEqual([]);
      expect(await search("' or 1=1 --")).toEqual([]);
      expect(await search('%')).toEqual([]);
      // The same name in two districts: each subtree finds only its own.
      const city = await sysadmin.get(`/organizations/zhuzhou/volunteers?q=${encodeURIComponent('张小青')}`);
      expect(ids(city.body.items)).toEqual(['v-001', 'v-q2']);
      const paged = await allPages(
        sysadmin,
        `/organizations/zhuzhou/volunteers?q=${encodeURIComponent('张小青')}`,
        1,
      );
      expect(paged).toEqual({ items: expect.any(Array), pages: 2 });
      expect(ids(paged.items)).toEqual(['v-001', 'v-q2']);
      const tianyuan = await otherAdmin.get(
        `/organizations/tianyuan/volunteers?q=${encodeURIComponent('张小青')}`,
      );
      expect(ids(tianyuan.body.items)).toEqual(['v-q2']);
    },
  );

  maybe('does not find an erased person by name, only by id', async () => {
    const byName = `/organizations/qunfeng/volunteers?q=${encodeURIComponent('孙小圣')}`;
    expect(ids((await otherAdmin.get(byName)).body.items)).toEqual(['v-q3']);
    const erased = await otherAdmin.post('/volunteers/v-q3/personal-data/erasure', { reason: '本人申请' });
    expect(erased.status).toBe(200);
    expect(ids((await otherAdmin.get(byName)).body.items)).toEqual([]);
    const byId = await otherAdmin.get('/organizations/qunfeng/volunteers?q=v-q3');
    expect(ids(byId.body.items)).toEqual(['v-q3']);
    expect(byId.body.items[0].name).not.toContain('孙');
  });

  maybe('shows one volunteer’s profile', async () => {
    const profile = await volunteer.get('/volunteers/v-001');
    expect(profile.status).toBe(200);
    expect(profile.body).toEqual({
      id: 'v-001',
      name: '张*青',
      birthDate: '2004-**-**',
      organizationId: 'lianhua',
      organizationName: '莲花社区',
      schoolId: 'school-1',
      leagueStatus: 'applicant',
      active: true,
      registeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      deactivatedOn: null,
    });
    expect(Date.parse(profile.body.registeredAt)).toBeLessThanOrEqual(Date.now());
    expect((await organiser.get('/volunteers/v-007')).body).toMatchObject({ organizationName: '莲花一区' });
  });

  maybe('lists activities of a subtree that overlap a range, by start time, page by page', async () => {
    const { items, pages } = await allPages(admin, '/organizations/hetang/activities', 3);
    expect(pages).toBe(3);
    expect(ids(items)).toEqual([
      'act-long',
      'act-a',
      'act-b',
      'act-award',
      'act-c',
      'act-d',
      'act-e',
      'act-now',
    ]);
    expect(items[1]).toEqual({
      id: 'act-a',
      organizationId: 'lianhua',
      organizationName: '莲花社区',
      title: '七彩课堂 act-a',
      category: 'tutoring',
      startsAt: at(-10 * DAY),
      endsAt: at(-10 * DAY + 3 * HOUR),
      maxMinutesPerVolunteer: 90,
      autoConfirm: true,
      venue: null,
      checkInMethods: ['qr', 'organizer'],
    });
    const range = (from: string, to: string) =>
      `/organizations/hetang/activities?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    // [now - 26 h, now - 5 h): the month-long activity still runs; act-d starts exactly at the end.
    const window = await admin.get(range(at(-26 * HOUR), at(-5 * HOUR)));
    expect(ids(window.body.items)).toEqual(['act-long', 'act-award', 'act-c']);
    // A date means its midnight in the programme's zone: the whole day of act-a.
    const day = calendarDate(at(-10 * DAY), 'Asia/Shanghai');
    const next = calendarDate(new Date(Date.parse(`${day}T12:00:00+08:00`) + DAY), 'Asia/Shanghai');
    const byDate = await admin.get(range(day, next));
    expect(ids(byDate.body.items)).toEqual(['act-long', 'act-a']);
    const compound = await organiser.get('/organizations/lianhua-1/activities');
    expect(ids(compound.body.items)).toEqual(['act-c']);
    const city = await allPages(sysadmin, '/organizations/zhuzhou/activities', 100);
    expect(ids(city.items)).toContain('act-q');
    const empty = await admin.get(range(at(DAY * 20), at(DAY * 21)));
    expect(empty.body).toEqual({ items: [], nextCursor: null });
  });

  maybe('shows an activity with its roster; a volunteer sees only their own sessions', async () => {
    const full = await organiser.get('/activities/act-d');
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ id: 'act-d', title: '七彩课堂 act-d', organizationName: '莲花社区' });
    expect([...full.body.roster].sort((a, b) => byteOrder(a.sessionId, b.sessionId))).toEqual(
      [
        { sessionId: sessions.v001, volunteerId: 'v-001', volunteerName: '张*青' },
        { sessionId: sessions.v002, volunteerId: 'v-002', volunteerName: '李*明' },
      ]
        .sort((a, b) => byteOrder(a.sessionId, b.sessionId))
        .map((entry) => ({
          ...entry,
          state: 'pending',
          checkedInAt: at(-5 * HOUR),
          checkedOutAt: at(-3 * HOUR),
          minutes: 120,
          missedCheckOut: false,
        })),
    );
    const own = await volunteer.get('/activities/act-d');
    expect(own.status).toBe(200);
    expect(own.body.roster.map((entry: { volunteerId: string }) => entry.volunteerId)).toEqual(['v-001']);
    const running = await admin.get('/activities/act-now');
    expect(running.body.roster).toEqual([
      {
        sessionId: sessions.v005,
        volunteerId: 'v-005',
        volunteerName: '陈*',
        state: 'open',
        checkedInAt: at(-30 * MINUTE),
        checkedOutAt: null,
        minutes: 0,
        missedCheckOut: false,
      },
    ]);
    const confirmed = await auditor.get('/activities/act-e');
    expect(confirmed.body.roster).toMatchObject([{ volunteerId: 'v-003', state: 'confirmed', minutes: 120 }]);
  });

  maybe('lists the sessions awaiting review in a subtree, oldest first, page by page', async () => {
    const sameStart = [sessions.v001, sessions.v002].sort(byteOrder);
    const { items, pages } = await allPages(admin, '/organizations/hetang/review-queue', 2);
    expect(pages).toBe(2);
    expect(ids(items, 'sessionId')).toEqual([sessions.v004, ...sameStart]);
    expect(items[0]).toEqual({
      sessionId: sessions.v004,
      volunteerId: 'v-004',
      volunteerName: '赵*',
      activityId: 'act-c',
      activityTitle: '七彩课堂 act-c',
      organizationId: 'lianhua-1',
      state: 'pending',
      startedAt: at(-6 * HOUR),
      endedAt: at(-4 * HOUR),
      measuredMinutes: 120,
      missedCheckOut: false,
      manual: false,
    });
    const city = await allPages(sysadmin, '/organizations/zhuzhou/review-queue', 100);
    expect(ids(city.items, 'sessionId')).toEqual([sessions.v004, sessions.vq, ...sameStart]);
    const compound = await organiser.get('/organizations/lianhua-1/review-queue');
    expect(ids(compound.body.items, 'sessionId')).toEqual([sessions.v004]);

    // Confirming takes a session off the queue.
    const confirmed = await organiser.post(`/sessions/${sessions.v004}/confirmation`, {});
    expect(confirmed.status).toBe(200);
    const after = await organiser.get(
      `/organizations/lianhua/review-queue?minPosition=${confirmed.body.position}`,
    );
    expect(ids(after.body.items, 'sessionId')).toEqual(sameStart);
  });

  maybe('lists a volunteer’s awards, certificates and consents, page by page', async () => {
    // 21 hours this year, from a paper sheet: enough for the registered volunteer's annual honour.
    await created('/activities/act-award/manual-sessions', {
      volunteerId: 'v-006',
      startedAt: at(-26 * HOUR),
      endedAt: at(-3 * HOUR),
      minutes: 21 * 60,
      note: '纸质签到表',
    });
    const grant = { policyId: 'registered-volunteer-annual', tier: 'met', note: '年度服务达标' };
    const first = await created('/volunteers/v-006/awards', grant);
    await created(`/volunteers/v-006/awards/${String(first.awardId)}/revocation`, { reason: '重复授予' });
    const second = await created('/volunteers/v-006/awards', grant);
    const dates = {
      from: calendarDate(at(-40 * DAY), 'Asia/Shanghai'),
      to: calendarDate(at(0), 'Asia/Shanghai'),
    };
    const certificateA = await created('/volunteers/v-006/certificates', dates);
    const certificateB = await created('/volunteers/v-006/certificates', dates);
    // Only the volunteer grants a school consent (an administrator cannot on their behalf).
    const own = new Http(ledger.url).as(
      await ledger.token({ sub: 'v-006', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v-006' }),
    );
    for (const schoolId of ['school-2', 'school-1']) {
      expect((await own.post('/volunteers/v-006/consents', { schoolId })).status).toBe(201);
    }
    const revoked = await created('/volunteers/v-006/consents/school-1/revocation', {});
    await readModelCaughtUp(ledger, Number(revoked.position));

    const awards = await allPages(admin, '/volunteers/v-006/awards', 1);
    expect(awards.pages).toBe(2);
    expect(awards.items).toEqual([
      {
        awardId: first.awardId,
        policyId: 'registered-volunteer-annual',
        tier: 'met',
        note: '年度服务达标',
        grantedAt: expect.any(String),
        revokedAt: expect.any(String),
        revocationReason: '重复授予',
      },
      {
        awardId: second.awardId,
        policyId: 'registered-volunteer-annual',
        tier: 'met',
        note: '年度服务达标',
        grantedAt: expect.any(String),
        revokedAt: null,
        revocationReason: null,
      },
    ]);

    const certificates = await allPages(organiser, '/volunteers/v-006/certificates', 1);
    expect(certificates.pages).toBe(2);
    expect(ids(certificates.items, 'certificateId').sort()).toEqual(
      [certificateA.certificateId, certificateB.certificateId].sort(),
    );
    for (const certificate of certificates.items) {
      expect(certificate).toEqual({
        certificateId: expect.any(String),
        code: expect.any(String),
        from: dates.from,
        to: dates.to,
        minutes: 21 * 60,
        issuedAt: expect.any(String),
        revokedAt: null,
        valid: true,
      });
    }
    expect(ids(certificates.items, 'code').sort()).toEqual([certificateA.code, certificateB.code].sort());

    const consents = await allPages(auditor, '/volunteers/v-006/consents', 1);
    expect(consents.pages).toBe(2);
    expect(consents.items).toEqual([
      {
        schoolId: 'school-1',
        schoolName: '株洲市第一中学',
        grantedAt: expect.any(String),
        until: null,
        revokedAt: expect.any(String),
        active: false,
      },
      {
        schoolId: 'school-2',
        schoolName: '株洲市第二中学',
        grantedAt: expect.any(String),
        until: null,
        revokedAt: null,
        active: true,
      },
    ]);

    // A school reads the profile of a student whose consent to it is in force, and no other.
    const anonymous = new Http(ledger.url);
    const schoolOf = async (id: string): Promise<Http> =>
      anonymous.as(await ledger.token({ sub: id, roles: ['school'], org: id, schoolId: id }));
    expect((await (await schoolOf('school-2')).get('/volunteers/v-006')).status).toBe(200);
    expect((await (await schoolOf('school-1')).get('/volunteers/v-006')).status).toBe(403);
    expect((await (await schoolOf('school-2')).get('/volunteers/v-006/awards')).status).toBe(403);

    // Revoking the hours behind the certificates makes them invalid, from the moment the ledger learned it.
    const ledgerPage = await admin.get('/volunteers/v-006/ledger');
    const sessionId = ledgerPage.body.entries[0].sessionId as string;
    const revocation = await admin.post(`/sessions/${sessionId}/revocation`, { reason: '代签' });
    expect(revocation.status).toBe(200);
    const invalid = await admin.get(`/volunteers/v-006/certificates?minPosition=${revocation.body.position}`);
    for (const certificate of invalid.body.items) {
      expect(certificate).toMatchObject({ valid: false, revokedAt: expect.any(String) });
      expect(Date.parse(certificate.revokedAt)).toBeGreaterThanOrEqual(Date.parse(certificate.issuedAt));
    }
  });

  maybe('answers the ledger as it was known at an instant', async () => {
    const volunteerId = 'v-007';
    const checkIn = await sysadmin.post('/activities/act-c/check-ins', {
      volunteerId,
      at: at(-3 * HOUR),
      method: 'organizer',
    });
    expect(checkIn.status).toBe(201);
    await readModelCaughtUp(ledger, checkIn.body.position);
    const whileOpen = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sysadmin.post('/activities/act-c/check-outs', { volunteerId, at: at(-30 * MINUTE) });
    const confirmed = await sysadmin.post(`/sessions/${checkIn.body.sessionId}/confirmation`, {});
    await readModelCaughtUp(ledger, confirmed.body.position);
    const beforeCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const corrected = await sysadmin.post(`/sessions/${checkIn.body.sessionId}/corrections`, {
      minutes: 60,
      reason: '提前离场',
    });
    expect(corrected.status).toBe(200);
    const ledgerAt = (asKnownAt?: string) =>
      admin.get(
        `/volunteers/${volunteerId}/ledger?minPosition=${corrected.body.position}` +
          (asKnownAt === undefined ? '' : `&asKnownAt=${encodeURIComponent(asKnownAt)}`),
      );

    const now = await ledgerAt();
    expect(now.body.entries).toHaveLength(1);
    expect(now.body.entries[0]).toMatchObject({ state: 'confirmed', minutes: 60 });
    expect(now.body.entries[0].history.map((h: { type: string }) => h.type)).toEqual([
      'VolunteerCheckedIn',
      'VolunteerCheckedOut',
      'SessionConfirmed',
      'SessionCorrected',
    ]);

    const known = await ledgerAt(beforeCorrection);
    expect(known.status).toBe(200);
    expect(known.body.asKnownAt).toBe(beforeCorrection);
    // Checked out half an hour after act-c ended: only the window counts.
    expect(known.body.entries[0]).toMatchObject({ state: 'confirmed', minutes: 120, measuredMinutes: 120 });
    expect(known.body.entries[0].history).toHaveLength(3);

    const open = await ledgerAt(whileOpen);
    expect(open.body.entries[0]).toMatchObject({
      state: 'open',
      minutes: 0,
      checkedOutAt: null,
      serviceEnd: null,
      checkedInAt: at(-3 * HOUR),
    });
    expect(open.body.entries[0].history).toHaveLength(1);

    const before = await ledgerAt(at(-3 * DAY));
    expect(before.body.entries).toEqual([]);
  });

  maybe('documents every lookup in OpenAPI with exactly the fields it answers', async () => {
    type Schema = {
      $ref?: string;
      allOf?: Schema[];
      properties?: Record<string, Schema>;
      items?: Schema;
      type?: string;
    };
    type Operation = {
      parameters?: { in: string; name: string }[];
      responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
    };
    const document = (await (await fetch(`${ledger.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const properties = (schema: Schema): Record<string, Schema> => {
      if (schema.$ref !== undefined) {
        const named = document.components.schemas[schema.$ref.split('/').pop() ?? ''];
        return named ? properties(named) : {};
      }
      return Object.assign({}, ...(schema.allOf ?? []).map(properties), schema.properties ?? {});
    };
    const contract: [string, string, string[], string[]][] = [
      [
        '/api/v1/organizations/{id}',
        '/organizations/lianhua',
        ['id', 'name', 'kind', 'parentId', 'path'],
        [],
      ],
      [
        '/api/v1/organizations/{id}/children',
        '/organizations/yuetang/children',
        ['id', 'name', 'kind', 'parentId', 'childCount'],
        ['limit', 'cursor'],
      ],
      [
        '/api/v1/organizations/{id}/volunteers',
        '/organizations/hetang/volunteers',
        ['id', 'name', 'organizationId', 'schoolId', 'leagueStatus', 'active'],
        ['limit', 'cursor', 'q'],
      ],
      [
        '/api/v1/volunteers/{id}',
        '/volunteers/v-001',
        [
          'id',
          'name',
          'birthDate',
          'organizationId',
          'organizationName',
          'schoolId',
          'leagueStatus',
          'active',
          'registeredAt',
          'deactivatedOn',
        ],
        [],
      ],
      [
        '/api/v1/organizations/{id}/activities',
        '/organizations/hetang/activities',
        [
          'id',
          'organizationId',
          'organizationName',
          'title',
          'category',
          'startsAt',
          'endsAt',
          'maxMinutesPerVolunteer',
          'autoConfirm',
          'venue',
          'checkInMethods',
        ],
        ['limit', 'cursor', 'from', 'to'],
      ],
      [
        '/api/v1/activities/{id}',
        '/activities/act-d',
        [
          'id',
          'organizationId',
          'organizationName',
          'title',
          'category',
          'startsAt',
          'endsAt',
          'maxMinutesPerVolunteer',
          'autoConfirm',
          'venue',
          'checkInMethods',
          'roster',
        ],
        [],
      ],
      [
        '/api/v1/organizations/{id}/review-queue',
        '/organizations/zhuzhou/review-queue',
        [
          'sessionId',
          'volunteerId',
          'volunteerName',
          'activityId',
          'activityTitle',
          'organizationId',
          'state',
          'startedAt',
          'endedAt',
          'measuredMinutes',
          'missedCheckOut',
          'manual',
        ],
        ['limit', 'cursor'],
      ],
      [
        '/api/v1/volunteers/{id}/awards',
        '/volunteers/v-006/awards',
        ['awardId', 'policyId', 'tier', 'note', 'grantedAt', 'revokedAt', 'revocationReason'],
        ['limit', 'cursor'],
      ],
      [
        '/api/v1/volunteers/{id}/certificates',
        '/volunteers/v-006/certificates',
        ['certificateId', 'code', 'from', 'to', 'minutes', 'issuedAt', 'revokedAt'],
        ['limit', 'cursor'],
      ],
      [
        '/api/v1/volunteers/{id}/consents',
        '/volunteers/v-006/consents',
        ['schoolId', 'schoolName', 'grantedAt', 'until', 'revokedAt', 'active'],
        ['limit', 'cursor'],
      ],
    ];
    for (const [template, path, fields, parameters] of contract) {
      const operation = document.paths[template]?.get;
      expect({ template, documented: operation !== undefined }).toEqual({ template, documented: true });
      if (!operation) continue;
      const schema = operation.responses['200']?.content?.['application/json']?.schema ?? {};
      const top = properties(schema);
      const list = 'items' in top && 'nextCursor' in top;
      const itemSchema = list ? properties(top.items?.items ?? {}) : top;
      expect({ template, fields: Object.keys(itemSchema) }).toEqual({
        template,
        fields: expect.arrayContaining(fields),
      });
      const query = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect({ template, query }).toEqual({ template, query: expect.arrayContaining(parameters) });
      // What the route answers is what the document says, key for key.
      const response = await sysadmin.get(path);
      expect(response.status).toBe(200);
      const answered = list ? response.body.items[0] : response.body;
      expect({ template, keys: Object.keys(answered).sort() }).toEqual({
        template,
        keys: Object.keys(itemSchema).sort(),
      });
    }
    const ledgerOperation = document.paths['/api/v1/volunteers/{id}/ledger']?.get;
    expect(ledgerOperation?.parameters?.map((p) => p.name)).toContain('asKnownAt');
    const ledgerFields = properties(
      ledgerOperation?.responses['200']?.content?.['application/json']?.schema ?? {},
    );
    expect(Object.keys(ledgerFields)).toEqual(
      expect.arrayContaining(['volunteerId', 'entries', 'nextCursor', 'position']),
    );
  });

  maybe('refuses lookups outside the caller’s scope', async () => {
    const refusals: [Http, string][] = [
      [otherAdmin, '/organizations/hetang'],
      [otherAdmin, '/organizations/lianhua/children'],
      [otherAdmin, '/organizations/lianhua/volunteers'],
      [otherAdmin, '/organizations/hetang/activities'],
      [otherAdmin, '/organizations/hetang/review-queue'],
      [otherAdmin, '/activities/act-d'],
      [otherAdmin, '/volunteers/v-001'],
      [otherAdmin, '/volunteers/v-001/awards'],
      [otherAdmin, '/volunteers/v-001/certificates'],
      [otherAdmin, '/volunteers/v-001/consents'],
      [organiser, '/organizations/yuetang'],
      [organiser, '/organizations/yuetang/children'],
      [organiser, '/organizations/qunfeng/volunteers'],
      [organiser, '/activities/act-q'],
      [volunteer, '/volunteers/v-002'],
      [volunteer, '/volunteers/v-002/consents'],
      [volunteer, '/organizations/lianhua'],
      [volunteer, '/organizations/lianhua/review-queue'],
    ];
    for (const [client, path] of refusals) {
      const response = await client.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toMatch(/NOT_IN_SCOPE|ROLE_NOT_ALLOWED/);
    }
    expect((await new Http(ledger.url).get('/organizations/hetang')).status).toBe(401);
  });

  maybe('answers 404 for ids the ledger does not know', async () => {
    for (const [path, code] of [
      ['/organizations/nowhere', 'ORGANIZATION_NOT_FOUND'],
      ['/organizations/nowhere/children', 'ORGANIZATION_NOT_FOUND'],
      ['/organizations/nowhere/volunteers', 'ORGANIZATION_NOT_FOUND'],
      ['/organizations/nowhere/activities', 'ORGANIZATION_NOT_FOUND'],
      ['/organizations/nowhere/review-queue', 'ORGANIZATION_NOT_FOUND'],
      ['/activities/nothing', 'ACTIVITY_NOT_FOUND'],
      ['/volunteers/nobody', 'VOLUNTEER_NOT_FOUND'],
      ['/volunteers/nobody/awards', 'VOLUNTEER_NOT_FOUND'],
      ['/volunteers/nobody/certificates', 'VOLUNTEER_NOT_FOUND'],
      ['/volunteers/nobody/consents', 'VOLUNTEER_NOT_FOUND'],
    ] as const) {
      const response = await sysadmin.get(path);
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 404,
        code,
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  maybe('refuses bad limits, cursors and ranges with 400 problem details', async () => {
    const volunteersCursor = (await admin.get('/organizations/hetang/volunteers?limit=1')).body
      .nextCursor as string;
    expect(typeof volunteersCursor).toBe('string');
    const impossibleDay = Buffer.from(JSON.stringify(['2024-02-30T00:00:00.000Z', 'x'])).toString(
      'base64url',
    );
    const forged = Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000Z', 'x\u0000'])).toString('base64url');
    for (const [path, field] of [
      ['/organizations/hetang/volunteers?limit=0', 'limit'],
      ['/organizations/hetang/volunteers?limit=101', 'limit'],
      ['/organizations/hetang/children?limit=ten', 'limit'],
      ['/organizations/hetang/review-queue?limit=-1', 'limit'],
      ['/volunteers/v-001/awards?limit=2.5', 'limit'],
      ['/organizations/hetang/volunteers?cursor=not-a-cursor', 'cursor'],
      ['/organizations/hetang/children?cursor=%27%20OR%201%3D1', 'cursor'],
      [`/organizations/hetang/activities?cursor=${volunteersCursor}`, 'cursor'],
      [`/organizations/hetang/review-queue?cursor=${forged}`, 'cursor'],
      [`/volunteers/v-001/certificates?cursor=${volunteersCursor}`, 'cursor'],
      [`/volunteers/v-001/consents?cursor=${forged}`, 'cursor'],
      ['/organizations/hetang/activities?from=2024-02-30', 'from'],
      ['/organizations/hetang/activities?to=yesterday', 'to'],
      ['/organizations/hetang/volunteers?q=%00', 'q'],
      ['/volunteers/v-001/ledger?asKnownAt=2024-13-01T00:00:00Z', 'asKnownAt'],
      [`/volunteers/v-001/ledger?cursor=${forged}`, 'cursor'],
      [`/volunteers/v-001/ledger?cursor=${impossibleDay}`, 'cursor'],
      [`/organizations/hetang/activities?cursor=${impossibleDay}`, 'cursor'],
    ] as const) {
      const response = await admin.get(path);
      expect({ path, status: response.status, code: response.body.code, field: response.body.field }).toEqual(
        {
          path,
          status: 400,
          code: 'VALIDATION_FAILED',
          field,
        },
      );
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await admin.get('/organizations/hetang/volunteers?limit=100')).status).toBe(200);
    expect((await admin.get('/organizations/hetang/volunteers?q=')).body.items).toHaveLength(7);
  });
});
