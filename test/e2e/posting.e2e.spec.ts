import { Projector } from '@vl/read-model';
import { postgresSkipReason } from '@vl/testing';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Clock } from '../../apps/api/src/shared/clock.js';
import {
  type Backend,
  Http,
  readModelCaughtUp,
  startTestLedger,
  storeHead,
  type TestLedger,
} from '../support/ledger-app.js';
import { testDatabaseUrl } from '../support/infra.js';
import { dumpReadModel } from '../support/read-model-dump.js';

const backends: Backend[] = ['pglite', 'postgres'];

/** A clock the suite moves forward, as days pass in Zhuzhou. */
class MovingClock implements Clock {
  constructor(private instant: string) {}
  now(): Date {
    return new Date(this.instant);
  }
  set(instant: string): void {
    this.instant = instant;
  }
}

/** Noon in Zhuzhou on 11 July 2024: both sessions below are recorded then and posted for three days. */
const A = '2024-07-11T04:00:00.000Z';
const A_POSTED_UNTIL = '2024-07-14T04:00:00.000Z';
const OBJECTED_AT = '2024-07-11T04:10:00.000Z';
/** The organiser confirms the objected session again a day later: a new posting of three days. */
const B = '2024-07-12T04:00:00.000Z';
const B_POSTED_UNTIL = '2024-07-15T04:00:00.000Z';
/** After the first posting has ended, before the second has. */
const C = '2024-07-14T05:00:00.000Z';
/** After both. */
const D = '2024-07-16T04:00:00.000Z';

describe.each(backends)('public posting (公示) over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL e2e skipped: ${skip}`);

  const clock = new MovingClock(A);
  let ledger: TestLedger;
  let sysadmin: Http;
  let districtAdmin: Http;
  let otherAdmin: Http;
  let organiser: Http;
  let volunteer: Http;
  let position = 0;

  const balance = async (query = ''): Promise<Record<string, unknown>> => {
    const separator = query === '' ? '?' : `?${query}&`;
    const response = await volunteer.get(`/volunteers/v1/balance${separator}minPosition=${position}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const entry = async (sessionId: string, query = ''): Promise<Record<string, unknown>> => {
    const response = await volunteer.get(`/volunteers/v1/ledger?minPosition=${position}${query}`);
    expect(response.status).toBe(200);
    const found = (response.body.entries as { sessionId: string }[]).find(
      (candidate) => candidate.sessionId === sessionId,
    );
    if (!found) throw new Error(`no ledger entry ${sessionId}`);
    return found as Record<string, unknown>;
  };
  const sheet = async (activityId: string, day: string, idempotencyKey: string): Promise<string> => {
    const response = await organiser.post(
      `/activities/${activityId}/manual-sessions`,
      {
        volunteerId: 'v1',
        startedAt: `${day}T09:00:00+08:00`,
        endedAt: `${day}T11:00:00+08:00`,
        minutes: 120,
        note: '纸质签到表',
      },
      { 'idempotency-key': idempotencyKey },
    );
    expect(response.status).toBe(201);
    position = response.body.position as number;
    return response.body.sessionId as string;
  };

  let first = '';
  let second = '';

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend, {}, { clock });
    const anonymous = new Http(ledger.url);
    sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    districtAdmin = anonymous.as(
      await ledger.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }),
    );
    otherAdmin = anonymous.as(
      await ledger.token({ sub: 'tianyuan-admin', roles: ['admin'], org: 'tianyuan' }),
    );
    organiser = anonymous.as(await ledger.token({ sub: 'organiser', roles: ['organizer'], org: 'lianhua' }));
    volunteer = anonymous.as(
      await ledger.token({ sub: 'v1', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1' }),
    );
    for (const body of [
      { id: 'zhuzhou', name: '株洲市', kind: 'city' },
      { id: 'hetang', name: '荷塘区', kind: 'district', parentId: 'zhuzhou' },
      { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'hetang' },
      { id: 'tianyuan', name: '天元区', kind: 'district', parentId: 'zhuzhou' },
    ]) {
      expect((await sysadmin.post('/organizations', body)).status).toBe(201);
    }
    const registered = await sysadmin.post('/volunteers', {
      id: 'v1',
      name: '张小青',
      birthDate: '2000-05-01',
      organizationId: 'lianhua',
      leagueStatus: 'none',
    });
    expect(registered.status).toBe(201);
    for (const day of ['10', '11', '15']) {
      const scheduled = await sysadmin.post('/activities', {
        id: `class-07${day}`,
        organizationId: 'lianhua',
        title: '七彩课堂',
        category: 'tutoring',
        startsAt: `2024-07-${day}T09:00:00+08:00`,
        endsAt: `2024-07-${day}T11:00:00+08:00`,
      });
      expect(scheduled.status).toBe(201);
    }
  });

  afterAll(async () => {
    await ledger?.close();
  });

  maybe('lets an administrator of the line set the posting days, and refuses everyone else', async () => {
    const organiserTry = await organiser.post('/organizations/hetang/posting-period', { days: 3 });
    expect({ status: organiserTry.status, code: organiserTry.body.code }).toEqual({
      status: 403,
      code: 'ROLE_NOT_ALLOWED',
    });
    const sibling = await otherAdmin.post('/organizations/hetang/posting-period', { days: 3 });
    expect({ status: sibling.status, code: sibling.body.code }).toEqual({
      status: 403,
      code: 'NOT_IN_SCOPE',
    });
    for (const days of [31, -1, 2.5, '3']) {
      const bad = await districtAdmin.post('/organizations/hetang/posting-period', { days });
      expect({ status: bad.status, code: bad.body.code, field: bad.body.field }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'days',
      });
    }
    const unknown = await districtAdmin.post('/organizations/nowhere/posting-period', { days: 3 });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 404,
      code: 'ORGANIZATION_NOT_FOUND',
    });
    const head = await storeHead(ledger);
    expect(head).toBeGreaterThan(0);

    const set = await districtAdmin.post('/organizations/hetang/posting-period', { days: 3 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: 'hetang', days: 3 });
    expect(set.body.position).toBeGreaterThan(head);
    const again = await districtAdmin.post('/organizations/hetang/posting-period', { days: 3 });
    expect(again.status).toBe(200);
    expect(await storeHead(ledger)).toBe(set.body.position);
  });

  maybe(
    'keeps sessions confirmed in the subtree posted, their minutes apart, until the period ends',
    async () => {
      first = await sheet('class-0710', '2024-07-10', 'sheet-0710');
      second = await sheet('class-0711', '2024-07-11', 'sheet-0711');
      expect(await balance()).toMatchObject({
        confirmedMinutes: 0,
        postedMinutes: 240,
        pendingMinutes: 0,
        points: 0,
      });
      expect(await entry(first)).toMatchObject({
        state: 'confirmed',
        minutes: 120,
        postedUntil: A_POSTED_UNTIL,
      });
    },
  );

  maybe(
    'takes an objection with a reason from anyone in scope, and returns the session to review',
    async () => {
      clock.set(OBJECTED_AT);
      const outside = await otherAdmin.post(`/sessions/${second}/objections`, { reason: '有异议' });
      expect({ status: outside.status, code: outside.body.code }).toEqual({
        status: 403,
        code: 'NOT_IN_SCOPE',
      });
      const noReason = await volunteer.post(`/sessions/${second}/objections`, { reason: '  ' });
      expect({ status: noReason.status, code: noReason.body.code }).toEqual({
        status: 422,
        code: 'REASON_REQUIRED',
      });
      const objected = await volunteer.post(
        `/sessions/${second}/objections`,
        { reason: '服务时长少记了半小时' },
        { 'idempotency-key': 'objection-1' },
      );
      expect(objected.status).toBe(201);
      expect(objected.body).toMatchObject({ sessionId: second });
      position = objected.body.position as number;
      const twice = await districtAdmin.post(`/sessions/${second}/objections`, { reason: '再次异议' });
      expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 422, code: 'NOT_POSTED' });

      expect(await balance()).toMatchObject({ confirmedMinutes: 0, postedMinutes: 120, pendingMinutes: 120 });
      const reviewed = await entry(second);
      expect(reviewed).toMatchObject({ state: 'pending', postedUntil: null });
      expect((reviewed.history as { type: string; reason: string | null }[]).at(-1)).toMatchObject({
        type: 'SessionObjected',
        reason: '服务时长少记了半小时',
      });

      clock.set(B);
      const confirmed = await organiser.post(`/sessions/${second}/confirmation`, { minutes: 110 });
      expect(confirmed.status).toBe(200);
      position = confirmed.body.position as number;
      expect(await entry(second)).toMatchObject({
        state: 'confirmed',
        minutes: 110,
        postedUntil: B_POSTED_UNTIL,
      });
    },
  );

  maybe('counts a session from the end of its posting, with no event needed', async () => {
    clock.set(C);
    const late = await volunteer.post(`/sessions/${first}/objections`, { reason: '迟到的异议' });
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 422, code: 'NOT_POSTED' });
    const now = await balance();
    expect(now).toMatchObject({ confirmedMinutes: 120, postedMinutes: 110, pendingMinutes: 0 });
    expect(now.points).toBeGreaterThan(0);
    expect(now.byYear).toEqual({ '2024': 120 });
    clock.set(D);
    expect(await balance()).toMatchObject({
      confirmedMinutes: 230,
      postedMinutes: 0,
      byYear: { '2024': 230 },
    });
  });

  maybe('answers as of a date: only sessions whose posting had ended by then count', async () => {
    // Served before 13 July, as the ledger stands now: both sessions, each still posted on that date.
    expect(await balance('asOf=2024-07-13T00:00:00.000Z')).toMatchObject({
      confirmedMinutes: 0,
      postedMinutes: 230,
      pendingMinutes: 0,
    });
    expect(await balance(`asOf=${encodeURIComponent(C)}`)).toMatchObject({
      confirmedMinutes: 120,
      postedMinutes: 110,
    });
    expect(await balance('asOf=2024-07-20T00:00:00.000Z')).toMatchObject({
      confirmedMinutes: 230,
      postedMinutes: 0,
    });
  });

  maybe(
    'answers as known at an instant, before and after the objection and the ends of the postings',
    async () => {
      expect(await balance('asKnownAt=2024-07-11T04:05:00.000Z')).toMatchObject({
        confirmedMinutes: 0,
        postedMinutes: 240,
        pendingMinutes: 0,
      });
      expect(await balance('asKnownAt=2024-07-11T04:20:00.000Z')).toMatchObject({
        confirmedMinutes: 0,
        postedMinutes: 120,
        pendingMinutes: 120,
      });
      expect(await balance(`asKnownAt=${encodeURIComponent(C)}`)).toMatchObject({
        confirmedMinutes: 120,
        postedMinutes: 110,
        pendingMinutes: 0,
      });
      expect(await entry(second, '&asKnownAt=2024-07-11T04:05:00.000Z')).toMatchObject({
        state: 'confirmed',
        minutes: 120,
        postedUntil: A_POSTED_UNTIL,
      });
    },
  );

  maybe('lets a node below turn posting off for its own subtree', async () => {
    const off = await districtAdmin.post('/organizations/lianhua/posting-period', { days: 0 });
    expect(off.status).toBe(200);
    const third = await sheet('class-0715', '2024-07-15', 'sheet-0715');
    expect(await entry(third)).toMatchObject({ state: 'confirmed', postedUntil: null });
    expect(await balance()).toMatchObject({ confirmedMinutes: 350, postedMinutes: 0 });
  });

  maybe('rebuilds the read model from position 0 into identical tables', async () => {
    const projector = ledger.app.app.get(Projector);
    const head = await storeHead(ledger);
    await readModelCaughtUp(ledger, head);
    const before = await dumpReadModel(ledger);
    await projector.rebuild();
    await projector.start();
    expect(await dumpReadModel(ledger)).toEqual(before);
    expect(await balance('asOf=2024-07-13T00:00:00.000Z')).toMatchObject({
      confirmedMinutes: 0,
      postedMinutes: 230,
    });
  });
});

describe('a posting period set at another process, on PostgreSQL', () => {
  const skip = postgresSkipReason();
  const maybe = skip ? it.skip : it;

  maybe('applies to the next automatic confirmation at a process that kept the organisations', async () => {
    // Processes of one deployment share the database and the personal data master key, nothing else.
    const masterKey = randomBytes(32).toString('base64');
    const first = await startTestLedger('postgres', { PERSONAL_DATA_MASTER_KEY: masterKey });
    const schema = first.config.databaseSchema;
    const second = await startTestLedger('postgres', {
      DATABASE_SCHEMA: schema,
      LEDGER_ROLES: 'api',
      PERSONAL_DATA_MASTER_KEY: masterKey,
    });
    try {
      const anonymous = new Http(first.url);
      const admin = anonymous.as(await first.token({ sub: 'root', roles: ['admin'], org: '*' }));
      const organiser = anonymous.as(
        await first.token({ sub: 'organiser', roles: ['organizer'], org: 'lianhua' }),
      );
      for (const body of [
        { id: 'zhuzhou', name: '株洲市', kind: 'city' },
        { id: 'hetang', name: '荷塘区', kind: 'district', parentId: 'zhuzhou' },
        { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'hetang' },
      ]) {
        expect((await admin.post('/organizations', body)).status).toBe(201);
      }
      const registered = await admin.post('/volunteers', {
        id: 'v1',
        name: '张小青',
        birthDate: '2000-05-01',
        organizationId: 'lianhua',
        leagueStatus: 'none',
      });
      expect(registered.status).toBe(201);
      const hour = 3_600_000;
      const start = Math.floor(Date.now() / hour) * hour - 4 * hour;
      const iso = (minutes: number): string => new Date(start + minutes * 60_000).toISOString();
      const scheduled = await organiser.post('/activities', {
        id: 'act',
        organizationId: 'lianhua',
        title: '七彩课堂',
        category: 'tutoring',
        startsAt: iso(0),
        endsAt: iso(180),
        autoConfirm: true,
      });
      expect(scheduled.status).toBe(201);
      const serve = async (from: number): Promise<unknown> => {
        const body = { volunteerId: 'v1', at: iso(from) };
        expect(
          (await organiser.post('/activities/act/check-ins', { ...body, method: 'organizer' })).status,
        ).toBe(201);
        const out = await organiser.post('/activities/act/check-outs', { ...body, at: iso(from + 30) });
        expect(out.status).toBe(200);
        const ledger = await organiser.get(
          `/volunteers/v1/ledger?minPosition=${out.body.position as number}`,
        );
        expect(ledger.status).toBe(200);
        const entry = (ledger.body.entries as { sessionId: string; postedUntil: unknown }[]).find(
          (candidate) => candidate.sessionId === out.body.sessionId,
        );
        return entry?.postedUntil;
      };
      // The first process reads the organisations on the path once, and keeps them.
      expect(await serve(10)).toBeNull();
      expect(await serve(50)).toBeNull();
      const districtAdmin = new Http(second.url).as(
        await second.token({ sub: 'hetang-admin', roles: ['admin'], org: 'hetang' }),
      );
      expect((await districtAdmin.post('/organizations/hetang/posting-period', { days: 3 })).status).toBe(
        200,
      );
      // Set at the other process, the posting applies to the very next check-out here.
      const before = Date.now();
      const postedUntil = await serve(90);
      expect(typeof postedUntil).toBe('string');
      expect(Date.parse(postedUntil as string)).toBeGreaterThanOrEqual(before + 3 * 24 * hour - 60_000);
      expect(Date.parse(postedUntil as string)).toBeLessThanOrEqual(Date.now() + 3 * 24 * hour);
    } finally {
      await second.close();
      await first.close();
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`).finally(() => client.end());
    }
  });
});
