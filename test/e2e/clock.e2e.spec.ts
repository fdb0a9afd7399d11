import { decodeEvent } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { fixedClock } from '../../apps/api/src/shared/clock.js';
import { Http, startTestLedger, type TestLedger } from '../support/ledger-app.js';

/** 08:30 in Zhuzhou on 10 July 2024: half an hour before the activity below starts. */
const NOW = '2024-07-10T00:30:00.000Z';

describe('the API reads the time from its injected clock', () => {
  let ledger: TestLedger;
  let sysadmin: Http;
  let volunteer: Http;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite', {}, { clock: fixedClock(NOW) });
    const anonymous = new Http(ledger.url);
    sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    volunteer = anonymous.as(
      await ledger.token({ sub: 'v', roles: ['volunteer'], org: 'lianhua', volunteerId: 'v1' }),
    );
    for (const body of [
      { id: 'zhuzhou', name: '株洲市', kind: 'city' },
      { id: 'lianhua', name: '莲花社区', kind: 'community', parentId: 'zhuzhou' },
    ]) {
      expect((await sysadmin.post('/organizations', body)).status).toBe(201);
    }
    const registered = await sysadmin.post('/volunteers', {
      id: 'v1',
      name: '张小青',
      birthDate: '2006-05-01',
      organizationId: 'lianhua',
      leagueStatus: 'none',
    });
    expect(registered.status).toBe(201);
    const scheduled = await sysadmin.post('/activities', {
      id: 'class-0710',
      organizationId: 'lianhua',
      title: '七彩课堂',
      category: 'tutoring',
      startsAt: '2024-07-10T09:00:00+08:00',
      endsAt: '2024-07-10T11:00:00+08:00',
    });
    expect(scheduled.status).toBe(201);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  it('answers the policies in force on the clock’s date', async () => {
    const response = await volunteer.get('/policies');
    expect({ status: response.status, date: (response.body as { date: string }).date }).toEqual({
      status: 200,
      date: '2024-07-10',
    });
  });

  it('refuses a check-in more than five minutes ahead of the clock, and takes one just ahead of it', async () => {
    const ahead = await volunteer.post('/activities/class-0710/check-ins', {
      volunteerId: 'v1',
      at: '2024-07-10T09:00:00+08:00',
      method: 'qr',
    });
    expect({ status: ahead.status, code: (ahead.body as { code: string }).code }).toEqual({
      status: 422,
      code: 'CHECK_IN_IN_FUTURE',
    });
    // The kiosk code is issued on the same clock: it is live at the clock's instant.
    const kiosk = await sysadmin.get('/activities/class-0710/kiosk-code');
    expect(kiosk.body).toMatchObject({ expiresAt: '2024-07-10T00:31:00.000Z' });
    const onTime = await volunteer.post('/activities/class-0710/check-ins', {
      volunteerId: 'v1',
      at: '2024-07-10T08:33:00+08:00',
      method: 'qr',
      code: kiosk.body.code,
    });
    expect(onTime.status).toBe(201);
  });

  it('records every appended event at the clock’s time', async () => {
    const store = ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
    const recorded = await store.readStream('volunteer-v1');
    expect(recorded.length).toBeGreaterThan(1);
    const recordedAt = recorded.map((stored) => decodeEvent(stored)?.metadata.recordedAt);
    expect(new Set(recordedAt)).toEqual(new Set([NOW]));
  });
});
