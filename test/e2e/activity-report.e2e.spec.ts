import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import {
  Http,
  readModelCaughtUp,
  startTestLedger,
  storeHead,
  type HttpResult,
  type TestLedger,
} from '../support/ledger-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Math.floor(Date.now() / MINUTE) * MINUTE;
const at = (offsetMs: number): string => new Date(NOW + offsetMs).toISOString();

describe('activity report over HTTP on pglite', () => {
  let ledger: TestLedger;
  let sysadmin: Http;
  let organiser: Http;
  let otherOrganiser: Http;
  let auditor: Http;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite');
    const anonymous = new Http(ledger.url);
    sysadmin = anonymous.as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    organiser = anonymous.as(
      await ledger.token({ sub: 'lianhua-org', roles: ['organizer'], org: 'lianhua' }),
    );
    otherOrganiser = anonymous.as(
      await ledger.token({ sub: 'qf-org', roles: ['organizer'], org: 'qunfeng' }),
    );
    auditor = anonymous.as(await ledger.token({ sub: 'zz-audit', roles: ['auditor'], org: 'zz' }));
    for (const [id, kind, parentId] of [
      ['zz', 'city', undefined],
      ['lianhua', 'community', 'zz'],
      ['qunfeng', 'community', 'zz'],
    ] as const) {
      const response = await sysadmin.post('/organizations', {
        id,
        name: id,
        kind,
        ...(parentId ? { parentId } : {}),
      });
      expect(response.status).toBe(201);
    }
    for (const [id, startMs, endMs] of [
      ['ended', -5 * HOUR, -2 * HOUR],
      ['running', -HOUR, 2 * HOUR],
    ] as const) {
      const response = await sysadmin.post('/activities', {
        id,
        organizationId: 'lianhua',
        title: `入户关爱 ${id}`,
        category: 'elderly-care',
        startsAt: at(startMs),
        endsAt: at(endMs),
      });
      expect(response.status).toBe(201);
    }
  });

  afterAll(async () => {
    await ledger?.close();
  });

  async function refusedWithoutWriting(
    send: () => Promise<HttpResult>,
    status: number,
    code: string,
  ): Promise<HttpResult> {
    const head = await storeHead(ledger);
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(await storeHead(ledger)).toBe(head);
    return response;
  }

  it('refuses bad input by field with nothing written', async () => {
    for (const body of [
      { residentVisits: -1, summary: '入户' },
      { residentVisits: 1.5, summary: '入户' },
      { residentVisits: '12', summary: '入户' },
      { residentVisits: 12 },
      { residentVisits: 12, summary: '' },
      { residentVisits: 12, summary: '第一行\u0000' },
      { residentVisits: 1_000_001, summary: '太多' },
    ]) {
      const response = await refusedWithoutWriting(
        () => organiser.post('/activities/ended/report', body),
        400,
        'VALIDATION_FAILED',
      );
      expect(JSON.stringify(response.body)).toMatch(/residentVisits|summary/);
    }
  });

  it('refuses a report before the activity ends, of an unknown activity, and from outside the subtree', async () => {
    const early = await refusedWithoutWriting(
      () => organiser.post('/activities/running/report', { residentVisits: 3, summary: '进行中' }),
      422,
      'ACTIVITY_NOT_ENDED',
    );
    expect(early.body.field).toBe('id');
    await refusedWithoutWriting(
      () => organiser.post('/activities/nowhere/report', { residentVisits: 3, summary: '无此活动' }),
      404,
      'ACTIVITY_NOT_FOUND',
    );
    await refusedWithoutWriting(
      () => otherOrganiser.post('/activities/ended/report', { residentVisits: 3, summary: '别的社区' }),
      403,
      'NOT_IN_SCOPE',
    );
    await refusedWithoutWriting(
      () => auditor.post('/activities/ended/report', { residentVisits: 3, summary: '审计员' }),
      403,
      'READ_ONLY_ROLE',
    );
    const activity = await auditor.get('/activities/ended');
    expect(activity.body.report).toBeNull();
  });

  it('records a report, shows it on the activity, and lets a later report replace it as a new event', async () => {
    const first = await organiser.post('/activities/ended/report', {
      residentVisits: 30,
      summary: ' 上门理发 30 人次 ',
    });
    expect(first.status).toBe(201);
    const second = await organiser.post('/activities/ended/report', {
      residentVisits: 45,
      summary: '更正：45 人次',
    });
    expect(second.status).toBe(201);
    expect(Number(second.body.position)).toBeGreaterThan(Number(first.body.position));
    const activity = await auditor.get(`/activities/ended?minPosition=${String(second.body.position)}`);
    expect(activity.status).toBe(200);
    expect(activity.body.report).toEqual({
      residentVisits: 45,
      summary: '更正：45 人次',
      reportedAt: expect.any(String),
      reportedBy: 'lianhua-org',
      reports: 2,
    });
    await readModelCaughtUp(ledger);
    const reportEvents = (
      await ledger.app.app.get<symbol, EventStore>(EVENT_STORE).readStream('activity-ended')
    ).filter((event) => event.type === 'ActivityReported');
    expect(reportEvents.map((event) => event.data.residentVisits)).toEqual([30, 45]);
  });
});
