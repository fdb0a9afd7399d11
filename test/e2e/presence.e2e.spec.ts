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

  maybe(
    'refuses a volunteer who backdates a check-in by 90 minutes, inside the activity’s window rules',
    async () => {
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
    },
  );

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

  // The "Bad input" list, walked: codes, coordinates, accuracy and times with odd offsets.
  maybe.each([
    ['an empty code', { method: 'qr', code: '' }, 400, 'code'],
    ['a code of 201 characters', { method: 'qr', code: 'a'.repeat(201) }, 400, 'code'],
    ['a code with a space', { method: 'qr', code: 'abc def' }, 400, 'code'],
    ['a code that is a number', { method: 'qr', code: 12345 }, 400, 'code'],
    [
      'latitude as a string',
      { method: 'geo', latitude: '27.8', longitude: park.longitude, accuracy: 10 },
      400,
      'latitude',
    ],
    [
      'latitude null',
      { method: 'geo', latitude: null, longitude: park.longitude, accuracy: 10 },
      400,
      'latitude',
    ],
    [
      'longitude 180.000001',
      { method: 'geo', latitude: park.latitude, longitude: 180.000001, accuracy: 10 },
      400,
      'longitude',
    ],
    [
      'latitude -90.5',
      { method: 'geo', latitude: -90.5, longitude: park.longitude, accuracy: 10 },
      400,
      'latitude',
    ],
    ['accuracy as a string', { method: 'geo', ...park, accuracy: '10' }, 400, 'accuracy'],
    ['accuracy -0.1', { method: 'geo', ...park, accuracy: -0.1 }, 400, 'accuracy'],
    ['no accuracy', { method: 'geo', ...park }, 400, 'accuracy'],
    ['an offset of +24:00', { method: 'organizer', at: '2024-07-10T09:00:00+24:00' }, 400, 'at'],
    ['an hour offset without minutes', { method: 'organizer', at: '2024-07-10T09:00:00+08' }, 400, 'at'],
    ['no offset at all', { method: 'organizer', at: '2024-07-10T09:00:00' }, 400, 'at'],
    ['a date without a time', { method: 'organizer', at: '2024-07-10' }, 400, 'at'],
    ['31 June', { method: 'organizer', at: '2024-06-31T09:00:00+08:00' }, 400, 'at'],
    ['hour 25', { method: 'organizer', at: '2024-07-10T25:00:00+08:00' }, 400, 'at'],
    ['a number of milliseconds', { method: 'organizer', at: START }, 400, 'at'],
  ])('refuses %s with a problem detail naming the field, writing nothing', async (_, body, status, field) => {
    const head = await storeHead(ledger);
    const [caller, volunteerId] = body.method === 'organizer' ? [organiser, 'v2'] : [volunteer, 'v1'];
    const response = await caller.post('/activities/hall-0710/check-ins', { volunteerId, ...body });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect({ status: response.status, field: response.body.field }).toEqual({ status, field });
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe('refuses coordinates that JSON spells as infinity (1e999) or NaN, writing nothing', async () => {
    for (const raw of [
      `{"volunteerId":"v2","method":"geo","latitude":1e999,"longitude":113.134,"accuracy":10}`,
      `{"volunteerId":"v2","method":"geo","latitude":27.8,"longitude":113.1,"accuracy":-1e999}`,
      `{"volunteerId":"v2","method":"geo","latitude":NaN,"longitude":113.1,"accuracy":10}`,
    ]) {
      const head = await storeHead(ledger);
      const response = await volunteer.post('/activities/hall-0710/check-ins', raw);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await storeHead(ledger)).toBe(head);
    }
  });

  maybe('takes a time with an unusual but valid offset (+05:45) as the same instant', async () => {
    const recorded = await organiser.post('/activities/park-0710/check-ins', {
      volunteerId: 'v1',
      method: 'organizer',
      at: '2024-07-10T07:16:00+05:45',
      reason: '纸质签到表',
    });
    expect(recorded.status).toBe(201);
    const page = await organiser.get(`/volunteers/v1/ledger?minPosition=${recorded.body.position}`);
    const entry = page.body.entries.find(
      (e: { sessionId: string }) => e.sessionId === recorded.body.sessionId,
    );
    expect(entry.checkedInAt).toBe('2024-07-10T01:31:00.000Z');
    expect(entry.history[0].presence).toMatchObject({ method: 'organizer', recordedBy: 'organiser-1' });
  });

  maybe.each([
    ['latitude 90.5', { latitude: 90.5, longitude: 113 }, 'venue.latitude'],
    ['longitude -180.5', { latitude: 27, longitude: -180.5 }, 'venue.longitude'],
    ['latitude as text', { latitude: 'north', longitude: 113 }, 'venue.latitude'],
    ['a latitude without longitude', { latitude: 27 }, 'venue.longitude'],
    ['a radius of 0', { latitude: 27, longitude: 113, radiusMeters: 0 }, 'venue.radiusMeters'],
    ['a negative radius', { latitude: 27, longitude: 113, radiusMeters: -50 }, 'venue.radiusMeters'],
    ['a fractional radius', { latitude: 27, longitude: 113, radiusMeters: 50.5 }, 'venue.radiusMeters'],
    ['a radius without coordinates', { radiusMeters: 100 }, 'venue.radiusMeters'],
  ])('refuses a venue with %s, naming the field', async (_, coordinates, field) => {
    const head = await storeHead(ledger);
    const response = await organiser.post('/activities', {
      id: `bad-venue-${field.length}-${Object.keys(coordinates).length}`,
      organizationId: 'lianhua',
      title: '坐标有误',
      category: 'environment',
      startsAt: '2024-07-20T09:00:00+08:00',
      endsAt: '2024-07-20T11:00:00+08:00',
      venue: { name: '某地', address: '株洲市', ...coordinates },
    });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect({ status: response.status, field: response.body.field }).toEqual({ status: 400, field });
    expect(await storeHead(ledger)).toBe(head);
  });

  maybe('accepts venues on the ±90 and ±180 edges, and answers them on the activity', async () => {
    for (const [id, latitude, longitude] of [
      ['pole-north', 90, 180],
      ['pole-south', -90, -180],
    ] as const) {
      const scheduled = await organiser.post('/activities', {
        id,
        organizationId: 'lianhua',
        title: '极地',
        category: 'environment',
        startsAt: '2024-07-20T09:00:00+08:00',
        endsAt: '2024-07-20T11:00:00+08:00',
        venue: { name: '极点', address: '地球', latitude, longitude, radiusMeters: 20 },
      });
      expect(scheduled.status).toBe(201);
      const read = await organiser.get(`/activities/${id}?minPosition=${scheduled.body.position}`);
      expect(read.body.venue).toMatchObject({ latitude, longitude, radiusMeters: 20 });
      expect(read.body.checkInMethods).toEqual(['qr', 'geo', 'organizer']);
    }
  });
});
