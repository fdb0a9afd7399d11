import { postgresSkipReason } from '@vl/testing';
import { type Backend, Http, startTestLedger, storeHead, type TestLedger } from '../support/ledger-app.js';

const backends: Backend[] = ['pglite', 'postgres'];
/** 09:30 in Zhuzhou on 10 July 2024, half an hour into the activity below; the clock moves only when told. */
const START = Date.parse('2024-07-10T01:30:00.000Z');
const park = { latitude: 27.8274, longitude: 113.134 };
/** A point `meters` due north of the park. */
const north = (meters: number) => ({ latitude: park.latitude + meters / 111_195, longitude: park.longitude });

describe.each(backends)('check-ins prove presence over HTTP on %s', (backend) => {
  const skip = backend === 'postgres' ? postgresSkipReason() : undefined;
  const maybe = skip ? it.skip : it;
  let now = START;
  let ledger: TestLedger;
  let organiser: Http;
  let volunteer: Http;
  let stranger: Http;

  beforeAll(async () => {
    if (skip) return;
    ledger = await startTestLedger(backend, {}, { clock: { now: () => new Date(now) } });
    const anonymous = new Http(ledger.url);
    const sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    organiser = anonymous.as(
      await ledger.token({ sub: 'organiser-1', roles: ['organizer'], org: 'lianhua' }),
    );
    stranger = anonymous.as(
      await ledger.token({ sub: 'organiser-2', roles: ['organizer'], org: 'tianyuan' }),
    );
    volunteer = anonymous.as(
      await ledger.token({ sub: 'volunteer-1', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1' }),
    );
    for (const body of [
      { id: 'zhuzhou', name: '株洲市', kind: 'city' },
      { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'zhuzhou' },
      { id: 'tianyuan', name: '天元区', kind: 'district', parentId: 'zhuzhou' },
    ]) {
      expect((await sysadmin.post('/organizations', body)).status).toBe(201);
    }
    for (const id of ['v1', 'v2']) {
      const registered = await sysadmin.post('/volunteers', {
        id,
        name: '张小青',
        birthDate: '2006-05-01',
        organizationId: 'lianhua',
        leagueStatus: 'none',
      });
      expect(registered.status).toBe(201);
    }
    for (const id of ['park-0710', 'hall-0710']) {
      const scheduled = await organiser.post('/activities', {
        id,
        organizationId: 'lianhua',
        title: '神农公园环保行',
        category: 'environment',
        startsAt: '2024-07-10T09:00:00+08:00',
        endsAt: '2024-07-10T11:00:00+08:00',
        venue: { name: '神农公园', address: '株洲市天元区', ...park, radiusMeters: 200 },
      });
      expect(scheduled.status).toBe(201);
    }
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const refusedWithoutWriting = async (
    send: () => Promise<{ status: number; body: Record<string, unknown> }>,
    status: number,
    code: string,
  ): Promise<void> => {
    const head = await storeHead(ledger);
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await storeHead(ledger)).toBe(head);
  };

  maybe('refuses a volunteer who self-certifies with method organizer: 403, nothing written', async () => {
    await refusedWithoutWriting(
      () => volunteer.post('/activities/park-0710/check-ins', { volunteerId: 'v1', method: 'organizer' }),
      403,
      'ORGANIZER_METHOD_FORBIDDEN',
    );
  });

  maybe('refuses a volunteer who backdates a check-in by 90 minutes, inside the activity’s window rules', async () => {
    await refusedWithoutWriting(
      () =>
        volunteer.post('/activities/park-0710/check-ins', {
          volunteerId: 'v1',
          method: 'geo',
          at: '2024-07-10T08:00:00+08:00',
          ...park,
          accuracy: 10,
        }),
      422,
      'SELF_SERVICE_TIME_OFF',
    );
  });

  maybe('refuses a geo check-in 5 km away', async () => {
    await refusedWithoutWriting(
      () =>
        volunteer.post('/activities/park-0710/check-ins', {
          volunteerId: 'v1',
          method: 'geo',
          ...north(5_000),
          accuracy: 15,
        }),
      422,
      'OUTSIDE_GEOFENCE',
    );
  });

  maybe('refuses forged, other-activity and expired kiosk codes, each with its own code', async () => {
    const kiosk = await organiser.get('/activities/park-0710/kiosk-code');
    expect(kiosk.status).toBe(200);
    expect(kiosk.body).toMatchObject({
      expiresAt: '2024-07-10T01:31:00.000Z',
      refreshAfter: '2024-07-10T01:30:30.000Z',
      checkInUrl: `/check-in/park-0710?code=${encodeURIComponent(String(kiosk.body.code))}`,
    });
    const code = String(kiosk.body.code);
    const forged = `${code.slice(0, -2)}${code.endsWith('AA') ? 'AB' : 'AA'}`;
    const other = String((await organiser.get('/activities/hall-0710/kiosk-code')).body.code);
    const checkIn = (body: Record<string, unknown>) =>
      volunteer.post('/activities/park-0710/check-ins', { volunteerId: 'v1', method: 'qr', ...body });
    await refusedWithoutWriting(() => checkIn({ code: forged }), 422, 'KIOSK_CODE_INVALID');
    await refusedWithoutWriting(() => checkIn({ code: 'not.a.code' }), 422, 'KIOSK_CODE_INVALID');
    await refusedWithoutWriting(() => checkIn({ code: other }), 422, 'KIOSK_CODE_OTHER_ACTIVITY');
    await refusedWithoutWriting(() => checkIn({}), 422, 'KIOSK_CODE_REQUIRED');
    now = START + 60_000;
    try {
      await refusedWithoutWriting(() => checkIn({ code }), 422, 'KIOSK_CODE_EXPIRED');
    } finally {
      now = START;
    }
    const accepted = await checkIn({ code });
    expect(accepted.status).toBe(201);
    const out = await volunteer.post('/activities/park-0710/check-outs', {
      volunteerId: 'v1',
      ...north(120),
      accuracy: 20,
    });
    expect(out.status).toBe(200);
  });

  maybe('shows the kiosk code only to organisers of the organising subtree', async () => {
    expect((await stranger.get('/activities/park-0710/kiosk-code')).status).toBe(403);
    expect((await volunteer.get('/activities/park-0710/kiosk-code')).status).toBe(403);
  });

  maybe('lets the organiser record a past check-in with a reason, and the event says who', async () => {
    const recorded = await organiser.post('/activities/hall-0710/check-ins', {
      volunteerId: 'v2',
      method: 'organizer',
      at: '2024-07-10T08:55:00+08:00',
      reason: '签到机离线，按纸质签到表补录',
    });
    expect(recorded.status).toBe(201);
    const ledgerPage = await organiser.get(`/volunteers/v2/ledger?minPosition=${recorded.body.position}`);
    expect(ledgerPage.status).toBe(200);
    expect(ledgerPage.body.entries[0].history[0]).toMatchObject({
      type: 'VolunteerCheckedIn',
      actor: 'organiser-1',
    });
  });

  maybe.each([
    [{ latitude: 'NaN', longitude: park.longitude, accuracy: 10 }, 400, 'latitude'],
    [{ latitude: 90.000001, longitude: park.longitude, accuracy: 10 }, 400, 'latitude'],
    [{ latitude: park.latitude, longitude: -180.5, accuracy: 10 }, 400, 'longitude'],
    [{ ...park, accuracy: 0 }, 400, 'accuracy'],
    [{ ...park, accuracy: -5 }, 400, 'accuracy'],
    [{ ...park, accuracy: 100_000 }, 422, 'accuracy'],
    [{ latitude: park.latitude, accuracy: 10 }, 400, 'longitude'],
    [{ latitude: 90, longitude: 180, accuracy: 10 }, 422, 'latitude'],
    [{ latitude: -90, longitude: -180, accuracy: 10 }, 422, 'latitude'],
    [{ ...park, accuracy: 10, at: '2024-07-10T09:30:00+25:00' }, 400, 'at'],
    [{ ...park, accuracy: 10, at: '2024-07-10T09:30:00+0800' }, 400, 'at'],
    [{ ...park, accuracy: 10, code: '<script>' }, 400, 'code'],
  ])('answers the geo check-in %j with a problem detail naming the field', async (body, status, field) => {
    const head = await storeHead(ledger);
    const response = await volunteer.post('/activities/hall-0710/check-ins', {
      volunteerId: 'v1',
      method: 'geo',
      ...body,
    });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect({ status: response.status, field: response.body.field }).toEqual({ status, field });
    expect(await storeHead(ledger)).toBe(head);
  });
});
