import { type EventStore } from '@vl/event-store';
import { EVENT_STORE } from '@vl/platform';
import { kafkaForSuite } from '../support/kafka.js';
import { Http, readModelCaughtUp, startTestLedger, type TestLedger } from '../support/ledger-app.js';

const METRICS_TOKEN = 'scrape-token-for-the-suites-0123';
const kafkaSkip = process.env.VL_KAFKA_SKIP;

async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The sample of one metric in a Prometheus exposition, by name and labels. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`))) continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('operations: health, metrics and the request log', () => {
  describe('with the projector stopped and metrics behind a token', () => {
    let ledger: TestLedger;
    let http: Http;
    const logLines: Record<string, unknown>[] = [];

    beforeAll(async () => {
      ledger = await startTestLedger(
        'pglite',
        {
          LEDGER_ROLES: 'api',
          LOG_LEVEL: 'log',
          HEALTH_READ_MODEL_LAG_SECONDS: '1',
          METRICS_TOKEN,
          RATE_LIMITS: 'public=6/60',
        },
        {
          docsUi: false,
          logDestination: {
            write: (line) => void logLines.push(JSON.parse(line) as Record<string, unknown>),
          },
        },
      );
      http = new Http(ledger.url).as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
    });

    afterAll(async () => {
      await ledger?.close();
    });

    it('is live, and ready with the read model behind, then degraded once it lags too long', async () => {
      const live = await http.get('/health/live');
      expect(live.status).toBe(200);
      expect(live.body).toMatchObject({ status: 'ok', info: { process: { status: 'up' } }, error: {} });

      const created = await http.post('/organizations', { id: 'zhuzhou', name: '株洲市', kind: 'city' });
      expect(created.status).toBe(201);
      const ready = await http.get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.details.store).toEqual({ status: 'up', position: created.body.position });
      expect(ready.body.details.readModel).toMatchObject({ position: 0, lagEvents: created.body.position });

      await new Promise((resolve) => setTimeout(resolve, 2100));
      const degraded = await http.get('/health/ready');
      expect(degraded.status).toBe(200);
      expect(degraded.body.status).toBe('degraded');
      expect(degraded.body.details.readModel.status).toBe('degraded');
      expect(degraded.body.details.readModel.lagSeconds).toBeGreaterThanOrEqual(2);

      const alias = await http.get('/health');
      expect(alias.body).toMatchObject({
        status: 'degraded',
        storePosition: created.body.position,
        readModelPosition: 0,
      });
    });

    it('logs one JSON line per request with its route, status, duration and correlation id', async () => {
      const correlationId = 'school-import-2026-0001';
      const created = await http.post(
        '/organizations',
        { id: 'hetang', name: '荷塘区', kind: 'district', parentId: 'zhuzhou' },
        { 'x-correlation-id': correlationId },
      );
      expect(created.status).toBe(201);
      expect(created.headers.get('x-correlation-id')).toBe(correlationId);
      const line = logLines.find((entry) => entry.correlationId === correlationId);
      expect(line).toMatchObject({
        method: 'POST',
        route: '/api/v1/organizations',
        status: 201,
        level: 30,
      });
      expect(typeof line?.durationMs).toBe('number');
      expect(logLines.filter((entry) => entry.correlationId === correlationId)).toHaveLength(1);
      const store = ledger.app.app.get<symbol, EventStore>(EVENT_STORE);
      const [event] = await store.readStream('organization-hetang');
      expect(event?.metadata.correlationId).toBe(correlationId);
    });

    it('serves metrics only with the token, with requests, appends, lag and refusals', async () => {
      const anonymous = await fetch(`${ledger.url}/metrics`);
      expect(anonymous.status).toBe(401);
      const wrong = await fetch(`${ledger.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);

      for (let i = 0; i < 8; i += 1) await new Http(ledger.url).get('/health/live');

      const response = await fetch(`${ledger.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(
        sample(text, 'http_request_duration_seconds_count', {
          method: 'POST',
          route: '/api/v1/organizations',
          status_code: '201',
        }),
      ).toBe(2);
      expect(sample(text, 'ledger_append_duration_seconds_count', { outcome: 'appended' })).toBe(2);
      expect(sample(text, 'ledger_store_head_position')).toBe(2);
      expect(sample(text, 'ledger_projector_position')).toBe(0);
      expect(sample(text, 'ledger_projector_lag_events')).toBe(2);
      expect(sample(text, 'ledger_projector_lag_seconds')).toBeGreaterThan(0);
      expect(
        sample(text, 'ledger_rate_limit_refusals_total', { route: '/api/v1/health/live' }),
      ).toBeGreaterThan(0);
      expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      // No publisher in this process: no state is reported and no outage counted.
      expect(sample(text, 'ledger_publisher_outage')).toBe(0);
      expect(text).not.toContain('ledger_publisher_state{');
    });
  });

  describe('with a publisher whose broker is away, and metrics on their own port', () => {
    let ledger: TestLedger;

    beforeAll(async () => {
      ledger = await startTestLedger('pglite', {
        LEDGER_ROLES: 'api,projector,publisher',
        KAFKA_BROKERS: '127.0.0.1:9', // nothing listens on the discard port
        METRICS_PORT: '0',
      });
    });

    afterAll(async () => {
      await ledger?.close();
    });

    it('stays ready but degraded, names the publisher state, and counts the outage', async () => {
      const ready = await eventually(
        () => new Http(ledger.url).get('/health/ready'),
        (response) => response.body?.details?.publisher?.state === 'broker-unavailable',
      );
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.details.publisher).toMatchObject({ status: 'degraded', state: 'broker-unavailable' });

      expect(await fetch(`${ledger.url}/metrics`).then((r) => r.status)).toBe(404);
      expect(ledger.app.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const text = await fetch(ledger.app.metricsUrl ?? '').then((r) => r.text());
      expect(sample(text, 'ledger_publisher_outage')).toBe(1);
      expect(sample(text, 'ledger_publisher_state', { state: 'broker-unavailable' })).toBe(1);
      expect(sample(text, 'ledger_publisher_lag_events')).toBe(0);
    });
  });

  const withKafka = kafkaSkip ? describe.skip : describe;
  withKafka('with a publisher on the real broker', () => {
    let ledger: TestLedger | undefined;
    let skipped: string | undefined;

    beforeAll(async () => {
      const kafka = await kafkaForSuite();
      if ('skipped' in kafka) {
        skipped = kafka.skipped;
        return;
      }
      // The publisher reads its topic prefix from the process environment.
      process.env.KAFKA_TOPIC_PREFIX = `ops${Date.now().toString(36)}.`;
      ledger = await startTestLedger('pglite', {
        LEDGER_ROLES: 'api,projector,publisher',
        KAFKA_BROKERS: kafka.brokers.join(','),
      });
      delete process.env.KAFKA_TOPIC_PREFIX;
    });

    afterAll(async () => {
      await ledger?.close();
    });

    it('is ready with the publisher up and caught up', async () => {
      if (!ledger) return expect(skipped).toBeDefined();
      const http = new Http(ledger.url).as(await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
      const created = await http.post('/organizations', { id: 'zhuzhou', name: '株洲市', kind: 'city' });
      await readModelCaughtUp(ledger, created.body.position);
      const ready = await eventually(
        () => http.get('/health/ready'),
        (response) => response.body?.details?.publisher?.position === created.body.position,
      );
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ok');
      expect(ready.body.details.publisher).toEqual({
        status: 'up',
        state: 'publishing',
        position: created.body.position,
        lagEvents: 0,
      });
    });
  });
});
