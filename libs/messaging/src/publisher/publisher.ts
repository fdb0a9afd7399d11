import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { EventStoreUnavailableError, type Subscription } from '@vl/event-store';
import { isConnectionFailure, runMigrations } from '@vl/sql';
import { type Kafka } from 'kafkajs';
import { createKafkaClient } from '../kafka/kafka-client.js';
import { type LedgerProducer, ProducerThread } from '../kafka/producer-thread.js';
import { ledgerTopicSpecs, LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { ensureTopics } from '../topics/topic-admin.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { inBatches } from './in-batches.js';
import { type PublishPlan } from './publish-plan.js';
import { runPublishPipeline } from './publish-pipeline.js';
import { PUBLISHER_MIGRATIONS } from './publisher.migrations.js';
import { type PublisherOptions, type PublisherState, type PublisherStatus } from './publisher.options.js';
import { PublisherStateStore } from './publisher-state.store.js';

/** An outage that was logged: later failures of the same kind within it are not logged again. */
interface Outage {
  readonly since: number;
  readonly loggedState: PublisherState;
  readonly resumeLogged: boolean;
  readonly resumedAt: number;
}

const CLIENT_ID = 'volunteer-ledger-publisher';

/** How long a restored connection must hold before a new failure counts as a new outage. */
const OUTAGE_SETTLE_MS = 30_000;

interface PositionWaiter {
  readonly position: number;
  readonly resolve: () => void;
}

/**
 * Follows the event store from its own checkpoint and publishes every ledger event to Kafka as a
 * CloudEvent, plus the volunteer's latest balance, eligibility changes and certificate issues and revocations. The checkpoint moves only after the broker acknowledged
 * a batch, so delivery is at least once; a repeat carries the same `ce_id`. While the broker is away it
 * retries with back-off in the background and the rest of the application carries on.
 */
export class Publisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Publisher.name);
  private readonly kafka: Kafka;
  private readonly store: PublisherStateStore;
  private readonly backoff: BackoffOptions;
  private readonly entriesTopic: string;
  private readonly balancesTopic: string;
  private readonly eligibilityTopic: string;
  private readonly certificatesTopic: string;
  private producer: LedgerProducer | undefined;
  private topicsReady = false;
  private subscription: Subscription | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private committed = 0;
  private state: PublisherState = 'stopped';
  private lastError: string | undefined;
  private failures = 0;
  private outage: Outage | undefined;
  private readonly waiters = new Set<PositionWaiter>();
  private readonly reportedUnknownTypes = new Set<string>();

  constructor(private readonly options: PublisherOptions) {
    this.kafka = createKafkaClient({
      brokers: options.brokers,
      clientId: options.clientId ?? CLIENT_ID,
    });
    this.store = new PublisherStateStore(
      options.sql,
      options.name ?? 'ledger',
      options.eventStore,
      options.upcasters,
    );
    this.backoff = { ...DEFAULT_BACKOFF, ...options.retry };
    this.entriesTopic = qualifiedTopic(LEDGER_TOPICS.entries, options.topicPrefix);
    this.balancesTopic = qualifiedTopic(LEDGER_TOPICS.balances, options.topicPrefix);
    this.eligibilityTopic = qualifiedTopic(LEDGER_TOPICS.eligibility, options.topicPrefix);
    this.certificatesTopic = qualifiedTopic(LEDGER_TOPICS.certificates, options.topicPrefix);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  status(): PublisherStatus {
    return {
      state: this.state,
      position: this.committed,
      ...(this.lastError === undefined ? {} : { lastError: this.lastError }),
    };
  }

  /** Reads the checkpoint and starts publishing in the background; does not wait for the broker. */
  async start(): Promise<void> {
    if (this.running) return;
    this.state = 'starting';
    this.outage = undefined;
    if (this.options.migrate !== false)
      await runMigrations(this.options.sql, 'publisher', PUBLISHER_MIGRATIONS);
    this.committed = await this.store.readCheckpoint();
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in hand; a batch not yet acknowledged is sent again on the next start. */
  async stop(): Promise<void> {
    if (!this.running && this.loop === undefined) return;
    this.running = false;
    this.wake?.();
    // Closing the subscription ends a wait for new events; dropping the producer ends a send in retry.
    await this.subscription?.close().catch(() => undefined);
    await this.dropProducer();
    await this.loop;
    this.loop = undefined;
    this.state = 'stopped';
    this.logger.log({ message: 'Publisher stopped', position: this.committed });
  }

  /** Resolves once every event up to `position` is acknowledged and checkpointed. */
  waitForPosition(position: number, timeoutMs = 60_000): Promise<void> {
    if (this.committed >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `Publisher did not reach position ${position} within ${timeoutMs} ms (at ${this.committed}, ${this.state})`,
          ),
        );
      }, timeoutMs);
      const waiter: PositionWaiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.add(waiter);
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.follow();
      } catch (error) {
        if (!this.running) break;
        await this.dropProducer();
        const delay = backoffDelay(this.failures, this.backoff);
        this.recordFailure(error, delay);
        await this.sleep(delay);
      }
    }
  }

  /** Makes sure of the topics and connects a producer, both at once; leaves no producer behind on a stop. */
  private async connect(): Promise<LedgerProducer> {
    // A fresh producer after any failure: kafkajs gives up on a producer whose retries ran out, and a
    // duplicate from the new producer id is harmless because it repeats the same ce_id. It runs in a
    // thread of its own, so encoding a batch overlaps reading and mapping the next one.
    const producer = new ProducerThread({
      brokers: this.options.brokers,
      clientId: this.options.clientId ?? CLIENT_ID,
    });
    this.producer = producer;
    const [topics, connected] = await Promise.allSettled([this.ensureTopics(), producer.connect()]);
    if (topics.status === 'rejected') throw topics.reason;
    if (connected.status === 'rejected') throw connected.reason;
    if (!this.running) throw new Error('Publisher stopped while connecting');
    return producer;
  }

  private async ensureTopics(): Promise<void> {
    if (this.topicsReady) return;
    await ensureTopics(this.kafka, ledgerTopicSpecs(this.options.partitions), {
      ...(this.options.topicPrefix === undefined ? {} : { prefix: this.options.topicPrefix }),
      ...(this.options.replicationFactor === undefined
        ? {}
        : { replicationFactor: this.options.replicationFactor }),
    });
    this.topicsReady = true;
  }

  /**
   * Connects to the broker while the first batch is read and mapped, since the first send needs both;
   * a failure of either ends the round, and the caller retries from the checkpoint.
   */
  private async follow(): Promise<void> {
    const connecting = this.connect().then((producer) => {
      this.recordRecovery();
      return producer;
    });
    // Awaited below and by the first send; until then a failure must not count as unhandled.
    connecting.catch(() => undefined);
    const subscription = this.options.eventStore.subscribeToAll({ fromPosition: this.committed });
    this.subscription = subscription;
    let pipeline: Promise<void> | undefined;
    try {
      const batches = inBatches(subscription, this.options.maxBatchSize ?? 500, this.options.lingerMs ?? 5);
      pipeline = runPublishPipeline(batches, {
        producer: { sendBatch: async (batch) => (await connecting).sendBatch(batch) },
        state: this.store,
        entriesTopic: this.entriesTopic,
        balancesTopic: this.balancesTopic,
        eligibilityTopic: this.eligibilityTopic,
        certificatesTopic: this.certificatesTopic,
        plan: {
          timeZone: this.options.timeZone,
          policies: this.options.policies,
          ...(this.options.source === undefined ? {} : { source: this.options.source }),
          ...(this.options.upcasters === undefined ? {} : { upcasters: this.options.upcasters }),
        },
        ...(this.options.birthDatesOf === undefined ? {} : { birthDatesOf: this.options.birthDatesOf }),
        onPlanned: (plan) => this.reportUnknownTypes(plan),
        onCheckpoint: (position) => this.advance(position),
      });
      await Promise.all([connecting, pipeline]);
    } finally {
      this.subscription = undefined;
      await subscription.close().catch(() => undefined);
      // No second pipeline while this one could still write a checkpoint.
      await pipeline?.catch(() => undefined);
    }
  }

  private advance(position: number): void {
    this.committed = position;
    this.failures = 0;
    this.outage = undefined;
    this.lastError = undefined;
    for (const waiter of this.waiters) {
      if (waiter.position <= position) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /**
   * One warning per outage, not one per attempt: an outage ends with a committed batch, or once the
   * connection has held for a while, so a broker that accepts connections but refuses sends cannot make
   * the log alternate between "unavailable" and "resumed".
   */
  private recordFailure(error: unknown, delayMs: number): void {
    const state = failureState(error);
    const message = error instanceof Error ? error.message : String(error);
    this.failures += 1;
    this.lastError = message;
    const details = {
      state,
      position: this.committed,
      attempt: this.failures,
      retryInMs: delayMs,
      error: message,
    };
    if (this.outage === undefined || this.outage.resumedAt < Date.now() - OUTAGE_SETTLE_MS) {
      this.outage = {
        since: Date.now(),
        loggedState: state,
        resumeLogged: false,
        resumedAt: Number.POSITIVE_INFINITY,
      };
    } else if (this.outage.loggedState === state) {
      this.state = state;
      this.logger.debug({ message: 'Publisher still waiting', ...details });
      return;
    }
    this.outage = { ...this.outage, loggedState: state };
    this.state = state;
    if (state === 'broker-unavailable') {
      this.logger.warn({
        message: `Kafka unavailable at ${this.options.brokers.join(',')}; events wait in the store, retrying with back-off`,
        ...details,
      });
    } else if (state === 'store-unavailable') {
      this.logger.warn({
        message: 'Event store or checkpoint database unavailable; retrying with back-off',
        ...details,
      });
    } else {
      this.logger.error({
        message: 'Publishing failed; retrying with back-off',
        ...details,
        stack: error instanceof Error ? error.stack : undefined,
      });
    }
  }

  private recordRecovery(): void {
    const previous = this.state;
    this.state = 'publishing';
    if (previous === 'starting') {
      this.logger.log({
        message: 'Publishing ledger events to Kafka',
        position: this.committed,
        brokers: this.options.brokers,
      });
      return;
    }
    if (this.outage === undefined || this.outage.resumeLogged) return;
    this.logger.log({
      message: 'Publishing resumed',
      position: this.committed,
      after: this.outage.loggedState,
      attempts: this.failures,
      downForMs: Date.now() - this.outage.since,
    });
    this.outage = { ...this.outage, resumeLogged: true, resumedAt: Date.now() };
  }

  private reportUnknownTypes(plan: PublishPlan): void {
    for (const type of plan.unknownTypes) {
      if (this.reportedUnknownTypes.has(type)) continue;
      this.reportedUnknownTypes.add(type);
      this.logger.warn({ message: 'Passing over events of a type this build does not publish', type });
    }
  }

  private async dropProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const wake = (): void => done();
      this.wake = wake;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

function failureState(error: unknown): PublisherState {
  // By name: under Node's ESM loader kafkajs exposes its error classes only on the default export.
  if (error instanceof Error && error.name.startsWith('KafkaJS')) return 'broker-unavailable';
  if (error instanceof EventStoreUnavailableError || isConnectionFailure(error)) return 'store-unavailable';
  return 'failing';
}
