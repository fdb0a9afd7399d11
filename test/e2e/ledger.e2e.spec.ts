import { calendarYear } from '@vl/domain';
import { Projector } from '@vl/read-model';
import { postgresSkipReason } from '@vl/testing';
import {
  type Backend,
  Http,
  startTestLedger,
  type TestLedger,
  readModelCaughtUp,
  storeHead,
} from '../support/ledger-app.js';
import { dumpReadModel } from '../support/read-model-dump.js';

const backends: Backend[] = ['pglite', 'postgres'];
const MINUTE = 60_000;
/** The activity started four hours ago, on a whole minute, and ran 150 minutes. */
const T0 = Math.floor((Date.now() - 4 * 60 * MINUTE) / MINUTE) * MINUTE;
const at = (offsetMinutes: number): string => new Date(T0 + offsetMinutes * MINUTE).toISOString();
/** The same instant written with the programme's +08:00 offset, as a client in Zhuzhou would send it. */
const atShanghai = (offsetMinutes: number): string =>
  new Date(T0 + offsetMinutes * MINUTE + 8 * 60 * MINUTE).toISOString().replace('Z', '+08:00');
const YEAR = calendarYear(at(0), 'Asia/Shanghai');

describe.each(backends)('the ledger end to end over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  if (skip) console.warn(`PostgreSQL e2e skipped: ${skip}`);

  let ledger: TestLedger;
  let sysadmin: Http;
  let admin: Http;
  let organiser: Http;
  let volunteer: Http;
  let anonymous: Http;

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend);
    anonymous = new Http(ledger.url);
    sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    admin = anonymous.as(await ledger.token({ sub: 'district-admin', roles: ['admin'], org: 'hetang' }));
    organiser = anonymous.as(
      await ledger.token({ sub: 'organiser-1', roles: ['organizer'], org: 'lianhua' }),
    );
    volunteer = anonymous.as(
      await ledger.token({ sub: 'volunteer-1', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1' }),
    );
    expect(
      (await sysadmin.post('/organizations', { id: 'zhuzhou', name: '株洲市', kind: 'city' })).status,
    ).toBe(201);
    for (const [id, name, kind, parentId] of [
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['yueyang', '月塘街道', 'subdistrict', 'hetang'],
      ['lianhua', '莲花社区', 'community', 'yueyang'],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
    ] as const) {
      const response = await sysadmin.post('/organizations', { id, name, kind, parentId });
      expect(response.status).toBe(201);
    }
    const registered = await admin.post('/volunteers', {
      id: 'v1',
      name: '张小青',
      birthDate: '2006-05-01',
      organizationId: 'lianhua',
      leagueStatus: 'applicant',
    });
    expect(registered.status).toBe(201);
    const scheduled = await organiser.post('/activities', {
      id: 'class-0710',
      organizationId: 'lianhua',
      title: '七彩课堂：暑期作业辅导',
      category: 'tutoring',
      startsAt: atShanghai(0),
      endsAt: atShanghai(150),
    });
    expect(scheduled.status).toBe(201);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  maybe(
    'measures, confirms, corrects and revokes a session, and the balance follows every step',
    async () => {
      // A volunteer's own check-in happens now: four hours back is refused, and written by nobody.
      const head = await storeHead(ledger);
      const backdated = await volunteer.post(
        '/activities/class-0710/check-ins',
        { volunteerId: 'v1', at: atShanghai(-5), method: 'qr' },
        { 'idempotency-key': 'check-in-1' },
      );
      expect(backdated.status).toBe(422);
      expect(backdated.body).toMatchObject({ code: 'SELF_SERVICE_TIME_OFF', field: 'at' });
      expect(await storeHead(ledger)).toBe(head);

      // The organiser records it from the paper sheet, saying why.
      const checkIn = await organiser.post(
        '/activities/class-0710/check-ins',
        {
          volunteerId: 'v1',
          at: atShanghai(-5),
          method: 'organizer',
          reason: '签到机离线，按纸质签到表补录',
        },
        { 'idempotency-key': 'check-in-1' },
      );
      expect(checkIn.status).toBe(201);
      const { sessionId } = checkIn.body;
      expect(typeof sessionId).toBe('string');
      expect(checkIn.body.position).toBeGreaterThan(0);

      // Check-out given in UTC, ten minutes after the end; only the scheduled window counts. That is in the
      // past, so the volunteer may not send it; the organiser records it.
      const late = await volunteer.post('/activities/class-0710/check-outs', {
        volunteerId: 'v1',
        at: at(160),
      });
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('SELF_SERVICE_TIME_OFF');
      const checkOut = await organiser.post('/activities/class-0710/check-outs', {
        volunteerId: 'v1',
        at: at(160),
      });
      expect(checkOut.status).toBe(200);
      expect(checkOut.body).toMatchObject({ sessionId, measuredMinutes: 150, missedCheckOut: false });

      let balance = await volunteer.get(`/volunteers/v1/balance?minPosition=${checkOut.body.position}`);
      expect(balance.status).toBe(200);
      expect(balance.body).toMatchObject({ volunteerId: 'v1', confirmedMinutes: 0, pendingMinutes: 150 });

      const confirmed = await organiser.post(`/sessions/${sessionId}/confirmation`, { minutes: 120 });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ sessionId, minutes: 120 });
      balance = await volunteer.get(`/volunteers/v1/balance?minPosition=${confirmed.body.position}`);
      expect(balance.body).toMatchObject({
        confirmedMinutes: 120,
        pendingMinutes: 0,
        byYear: { [YEAR]: 120 },
        byCategory: { tutoring: 120 },
      });
      const knownBeforeCorrection = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 5));

      const corrected = await organiser.post(`/sessions/${sessionId}/corrections`, {
        minutes: 100,
        reason: '签退时间登记有误',
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({ sessionId, minutes: 100 });
      balance = await volunteer.get(`/volunteers/v1/balance?minPosition=${corrected.body.position}`);
      expect(balance.body).toMatchObject({ confirmedMinutes: 100, points: 3.33 });

      const asKnown = await admin.get(
        `/volunteers/v1/balance?asKnownAt=${encodeURIComponent(knownBeforeCorrection)}`,
      );
      expect(asKnown.body).toMatchObject({ confirmedMinutes: 120, points: 4 });
      const servedBefore = await admin.get(`/volunteers/v1/balance?asOf=${encodeURIComponent(at(-60))}`);
      expect(servedBefore.body.confirmedMinutes).toBe(0);

      const revoked = await admin.post(`/sessions/${sessionId}/revocation`, {
        reason: '签到地点与活动地点不符',
      });
      expect(revoked.status).toBe(200);
      balance = await volunteer.get(`/volunteers/v1/balance?minPosition=${revoked.body.position}`);
      expect(balance.body).toMatchObject({
        confirmedMinutes: 0,
        pendingMinutes: 0,
        byYear: {},
        byCategory: {},
      });

      const ledgerPage = await volunteer.get(`/volunteers/v1/ledger?minPosition=${revoked.body.position}`);
      expect(ledgerPage.status).toBe(200);
      const [entry] = ledgerPage.body.entries;
      expect(entry).toMatchObject({
        sessionId,
        state: 'revoked',
        minutes: 0,
        activity: { id: 'class-0710' },
      });
      expect(entry.history.map((step: { type: string }) => step.type)).toEqual([
        'VolunteerCheckedIn',
        'VolunteerCheckedOut',
        'SessionConfirmed',
        'SessionCorrected',
        'SessionRevoked',
      ]);
      expect(entry.history[3]).toMatchObject({
        minutes: 100,
        reason: '签退时间登记有误',
        actor: 'organiser-1',
      });
      expect(entry.history[4]).toMatchObject({ state: 'revoked', actor: 'district-admin' });
    },
  );

  maybe(
    'answers a retried check-in with the same key as the first time and writes nothing twice',
    async () => {
      const body = { volunteerId: 'v1', at: at(10), method: 'organizer' };
      const first = await organiser.post('/activities/class-0710/check-ins', body, {
        'idempotency-key': 'retry-1',
      });
      expect(first.status).toBe(201);
      const head = await storeHead(ledger);
      const second = await organiser.post('/activities/class-0710/check-ins', body, {
        'idempotency-key': 'retry-1',
      });
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(await storeHead(ledger)).toBe(head);

      const other = await organiser.post(
        '/activities/class-0710/check-ins',
        { ...body, at: at(11) },
        { 'idempotency-key': 'retry-1' },
      );
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await storeHead(ledger)).toBe(head);

      const out = await organiser.post('/activities/class-0710/check-outs', {
        volunteerId: 'v1',
        at: at(60),
      });
      expect(out.body.measuredMinutes).toBe(50);
    },
  );

  maybe('lets exactly one of several concurrent check-ins of one volunteer win', async () => {
    await admin.post('/volunteers', {
      id: 'v-race',
      name: '李明',
      birthDate: '2001-01-01',
      organizationId: 'lianhua',
      leagueStatus: 'member',
    });
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        organiser.post('/activities/class-0710/check-ins', {
          volunteerId: 'v-race',
          at: at(index),
          method: 'organizer',
        }),
      ),
    );
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const refused of attempts.filter((attempt) => attempt.status === 409)) {
      expect(refused.body.code).toBe('SESSION_ALREADY_OPEN');
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  maybe('answers bad input with a problem naming the field and writes nothing', async () => {
    const head = await storeHead(ledger);
    const malformed = await organiser.post('/activities/class-0710/check-ins', '{"volunteerId": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');

    const wrongType = await organiser.post('/activities/class-0710/check-ins', {
      volunteerId: 42,
      at: 'yesterday',
      method: 'qr',
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'at',
      'volunteerId',
    ]);

    const extra = await organiser.post('/activities/class-0710/check-ins', {
      volunteerId: 'v1',
      at: at(0),
      method: 'qr',
      minutes: 999,
    });
    expect(extra.status).toBe(400);

    const unknownVolunteer = await organiser.post('/activities/class-0710/check-ins', {
      volunteerId: 'nobody',
      at: at(0),
      method: 'qr',
    });
    expect(unknownVolunteer.status).toBe(404);
    expect(unknownVolunteer.body.code).toBe('VOLUNTEER_NOT_FOUND');

    const unknownActivity = await organiser.post('/activities/no-such-activity/check-ins', {
      volunteerId: 'v1',
      at: at(0),
      method: 'qr',
    });
    expect(unknownActivity.status).toBe(404);

    const unknownSession = await organiser.post('/sessions/no-such-session/confirmation', {});
    expect(unknownSession.status).toBe(404);

    const future = await organiser.post('/activities/class-0710/check-ins', {
      volunteerId: 'v1',
      at: new Date(Date.now() + 10 * MINUTE).toISOString(),
      method: 'qr',
    });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'CHECK_IN_IN_FUTURE', field: 'at' });

    const unauthenticated = await anonymous.post('/activities/class-0710/check-ins', {
      volunteerId: 'v1',
      at: at(0),
      method: 'qr',
    });
    expect(unauthenticated.status).toBe(401);

    const outOfScope = await anonymous
      .as(await ledger.token({ sub: 'other-organiser', roles: ['organizer'], org: 'tianyuan' }))
      .post('/activities', {
        organizationId: 'lianhua',
        title: 'x',
        category: 'tutoring',
        startsAt: at(0),
        endsAt: at(60),
      });
    expect(outOfScope.status).toBe(403);
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe('rebuilds the read model from position 0 into identical tables', async () => {
    const projector = ledger.app.app.get(Projector);
    const head = await storeHead(ledger);
    await new Http(ledger.url).get('/health');
    await readModelCaughtUp(ledger, head);
    const before = await dumpReadModel(ledger);
    await projector.rebuild();
    await projector.start();
    const after = await dumpReadModel(ledger);
    expect(after).toEqual(before);
  });
});
