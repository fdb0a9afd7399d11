import { Projector, ReadModelStatus } from '@vl/read-model';
import { Http, startTestLedger, storeHead, type TestLedger } from '../support/ledger-app.js';

const WAIT_MS = 4000;

/** Reads with `minPosition`: one shared wait, the bound kept, a cap per client, no wait for the impossible. */
describe('waiting reads (minPosition)', () => {
  let ledger: TestLedger;
  let admin: Http;

  beforeAll(async () => {
    ledger = await startTestLedger('pglite', { MIN_POSITION_WAIT_MS: String(WAIT_MS) });
    admin = new Http(ledger.url).as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    expect((await admin.post('/organizations', { id: 'zz', name: '株洲市', kind: 'city' })).status).toBe(201);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  it('answers a minPosition beyond the store head at once', async () => {
    const head = await storeHead(ledger);
    const started = Date.now();
    const response = await admin.get(`/policies?minPosition=${head + 1000}`);
    const balance = await admin.get(`/volunteers/nobody/balance?minPosition=${head + 1000}`);
    // Far less than one bound for both, with room for a busy machine's HTTP overhead.
    expect(Date.now() - started).toBeLessThan(WAIT_MS);
    for (const answer of [balance]) {
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 400, code: 'MIN_POSITION_AHEAD', field: 'minPosition' });
    }
    expect(response.status).toBeLessThan(500);
  });

  it('keeps the bound, caps waits per client, and keeps other reads fast, while the projector is stopped', async () => {
    const projector = ledger.app.app.get(Projector);
    await projector.stop();
    try {
      const written = await admin.post('/organizations', {
        id: 'hetang',
        name: '荷塘区',
        kind: 'district',
        parentId: 'zz',
      });
      expect(written.status).toBe(201);
      const position = written.body.position as number;
      const status = ledger.app.app.get(ReadModelStatus);
      let mostWaiting = 0;
      const sampler = setInterval(() => {
        mostWaiting = Math.max(mostWaiting, status.waiting);
      }, 5);
      const flood = Array.from({ length: 200 }, async () => {
        const started = Date.now();
        const answer = await admin.get(`/volunteers/nobody/balance?minPosition=${position}`);
        return { status: answer.status, code: answer.body?.code as string, ms: Date.now() - started };
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const normalStarted = Date.now();
      const normal = await admin.get('/volunteers/nobody/balance');
      const normalMs = Date.now() - normalStarted;
      const answers = await Promise.all(flood);
      clearInterval(sampler);
      const waited = answers.filter((answer) => answer.status === 503);
      const capped = answers.filter((answer) => answer.status === 429);
      expect(normal.status).toBe(404);
      expect(normalMs).toBeLessThan(1000);
      expect(waited.length).toBeGreaterThan(0);
      expect(mostWaiting).toBeGreaterThan(0);
      expect(mostWaiting).toBeLessThanOrEqual(16);
      expect(waited.every((answer) => answer.code === 'READ_MODEL_BEHIND')).toBe(true);
      expect(capped.length + waited.length).toBe(200);
      expect(capped.every((answer) => answer.code === 'TOO_MANY_WAITING_READS')).toBe(true);
      // The bound holds: each waiting read is held for it, and not much past it.
      for (const answer of waited) {
        expect(answer.ms).toBeGreaterThanOrEqual(WAIT_MS - 50);
        expect(answer.ms).toBeLessThan(WAIT_MS * 3);
      }
    } finally {
      await projector.start();
    }
    const caughtUp = await admin.get(`/volunteers/nobody/balance?minPosition=${await storeHead(ledger)}`);
    expect(caughtUp.body.code).toBe('VOLUNTEER_NOT_FOUND');
  });
});
