import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Where the ledger's own gauges read their figures at scrape time. */
export interface LagSources {
  storeHead(): Promise<number>;
  projectorPosition(): Promise<number>;
  /** When the oldest event the projector has not applied was recorded; undefined when caught up. */
  oldestUnprojectedAt(position: number): Promise<Date | undefined>;
  publisher(): { state: string; position: number } | undefined;
}

/** The states in which the publisher is not delivering (the broker or the store is away, or it fails). */
export const PUBLISHER_OUTAGE_STATES = ['broker-unavailable', 'store-unavailable', 'failing'];
const PUBLISHER_STATES = ['stopped', 'starting', 'publishing', ...PUBLISHER_OUTAGE_STATES];

/**
 * Every metric the service exposes, in one registry: HTTP requests, appends, the projector's and the
 * publisher's distance from the store's head, sweeps, rate-limit refusals and the Node process.
 */
export class LedgerMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Histogram<'method' | 'route' | 'status_code'>;
  readonly appendDuration: Histogram<'outcome'>;
  readonly appendConflicts: Counter;
  readonly sweeperRuns: Counter<'outcome'>;
  readonly sweeperClosedSessions: Counter;
  readonly rateLimitRefusals: Counter<'route'>;
  private sources: LagSources | undefined;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route template and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.appendDuration = new Histogram({
      name: 'ledger_append_duration_seconds',
      help: 'Appends to the event store by outcome (appended, conflict, error)',
      labelNames: ['outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    });
    this.appendConflicts = new Counter({
      name: 'ledger_append_conflicts_total',
      help: 'Appends refused because the stream changed since it was read (decided again)',
      registers,
    });
    this.sweeperRuns = new Counter({
      name: 'ledger_sweeper_runs_total',
      help: 'Missed check-out sweeps by outcome (ok, failed)',
      labelNames: ['outcome'],
      registers,
    });
    this.sweeperClosedSessions = new Counter({
      name: 'ledger_sweeper_closed_sessions_total',
      help: 'Sessions the sweeper closed as a missed check-out',
      registers,
    });
    this.rateLimitRefusals = new Counter({
      name: 'ledger_rate_limit_refusals_total',
      help: 'Requests refused with 429 by route template',
      labelNames: ['route'],
      registers,
    });
    this.defineLagGauges(registers);
  }

  /** Connects the gauges that read positions at scrape time. */
  follow(sources: LagSources): void {
    this.sources = sources;
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private defineLagGauges(registers: Registry[]): void {
    const metrics = (): LagSources | undefined => this.sources;
    new Gauge({
      name: 'ledger_store_head_position',
      help: 'The global position of the last event in the store',
      registers,
      async collect() {
        const sources = metrics();
        if (sources) this.set(await sources.storeHead());
      },
    });
    new Gauge({
      name: 'ledger_projector_position',
      help: 'The last global position the read models have applied',
      registers,
      async collect() {
        const sources = metrics();
        if (sources) this.set(await sources.projectorPosition());
      },
    });
    new Gauge({
      name: 'ledger_projector_lag_events',
      help: 'Events in the store the read models have not applied yet',
      registers,
      async collect() {
        const sources = metrics();
        if (!sources) return;
        const [head, position] = await Promise.all([sources.storeHead(), sources.projectorPosition()]);
        this.set(Math.max(0, head - position));
      },
    });
    new Gauge({
      name: 'ledger_projector_lag_seconds',
      help: 'How long the oldest event the read models have not applied has waited (0 when caught up)',
      registers,
      async collect() {
        const sources = metrics();
        if (!sources) return;
        const oldest = await sources.oldestUnprojectedAt(await sources.projectorPosition());
        this.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'ledger_publisher_lag_events',
      help: 'Events in the store Kafka has not acknowledged yet (0 without a publisher)',
      registers,
      async collect() {
        const sources = metrics();
        const publisher = sources?.publisher();
        if (!sources || !publisher) return;
        this.set(Math.max(0, (await sources.storeHead()) - publisher.position));
      },
    });
    new Gauge({
      name: 'ledger_publisher_outage',
      help: '1 while the publisher cannot deliver (broker or store away, or failing), else 0',
      registers,
      collect() {
        const publisher = metrics()?.publisher();
        if (publisher) this.set(PUBLISHER_OUTAGE_STATES.includes(publisher.state) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'ledger_publisher_state',
      help: 'The publisher state: 1 for the current one',
      labelNames: ['state'],
      registers,
      collect() {
        const publisher = metrics()?.publisher();
        if (!publisher) return;
        for (const state of PUBLISHER_STATES) this.set({ state }, publisher.state === state ? 1 : 0);
      },
    });
  }
}
