import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { volunteerStream, type VolunteerBalance } from '@vl/domain';
import { PostgresEventStore, type RecordedEvent, type SqlClient } from '@vl/event-store';
import {
  createKafkaClient,
  ensureTopics,
  LEDGER_ACKS,
  LEDGER_TOPICS,
  ledgerTopicSpecs,
  planBatch,
  Publisher,
  qualifiedTopic,
  type KafkaRecord,
} from '@vl/messaging';
import { Partitioners, type Kafka, type TopicMessages } from 'kafkajs';
import { volunteerHistory } from '../libs/messaging/src/testing/ledger-fixtures.js';

export interface PublishBenchOptions {
  readonly brokers: readonly string[];
  /** Volunteers in the store (default 500), each registered with `sessions` confirmed sessions (default 4). */
  readonly volunteers?: number;
  readonly sessions?: number;
  /** Rounds, alternating the bare producer and the publisher so drift affects both alike (default 2). */
  readonly rounds?: number;
  /** Events per send on both sides (default: the publisher's default, 500). */
  readonly batchSize?: number;
}

export interface PublishBenchResult {
  readonly dialect: SqlClient['dialect'];
  readonly events: number;
  /** Kafka messages per round: one entry per event plus the balance changes. */
  readonly messages: number;
  /** Messages per second through the publisher: store subscription, mapping, sends, checkpoints. */
  readonly publisherPerSecond: number;
  /** Messages per second from a bare kafkajs producer sending the same messages in the same batches. */
  readonly bareProducerPerSecond: number;
  /** publisherPerSecond / bareProducerPerSecond; the design target is at least 0.8. */
  readonly ratio: number;
}

const TIME_ZONE = 'Asia/Shanghai';

/**
 * Publishing through the publisher against a bare kafkajs producer (acks=-1, default settings) sending
 * the same messages to the same broker, in one run. Appends fixture events into the client's schema, so
 * point it at a scratch schema; creates and deletes its own topics.
 */
export async function benchPublishing(
  sql: SqlClient,
  options: PublishBenchOptions,
): Promise<PublishBenchResult> {
  const volunteers = options.volunteers ?? 500;
  const sessions = options.sessions ?? 4;
  const rounds = options.rounds ?? 2;
  const batchSize = options.batchSize ?? 500;
  const store = await PostgresEventStore.create(sql);
  const kafka = createKafkaClient({ brokers: options.brokers, clientId: 'publish-bench' });
  const run = randomUUID().slice(0, 8);
  for (let v = 0; v < volunteers; v += 1) {
    const id = `bench-${run}-${v}`;
    await store.append(volunteerStream(id), volunteerHistory(id, sessions), 'no_stream');
  }
  const events = await readEverything(store);
  const head = events.at(-1)?.position ?? 0;
  const batches = plannedBatches(events, batchSize);
  const messages = batches.reduce((sum, batch) => sum + batch.entries.length + batch.balances.length, 0);
  // Per-batch info logs would be measured too; the bench wants the publisher as deployed, minus chatter.
  Logger.overrideLogger(['error', 'warn']);
  try {
    await bareProducer(kafka, batches, `bench-warmup-${run}.`);
    let bareSeconds = 0;
    let publisherSeconds = 0;
    for (let round = 0; round < rounds; round += 1) {
      bareSeconds += await bareProducer(kafka, batches, `bench-bare-${run}-${round}.`);
      publisherSeconds += await publisher(
        kafka,
        sql,
        store,
        options.brokers,
        head,
        batchSize,
        `bench-pub-${run}-${round}.`,
      );
    }
    const publisherPerSecond = (messages * rounds) / publisherSeconds;
    const bareProducerPerSecond = (messages * rounds) / bareSeconds;
    return {
      dialect: sql.dialect,
      events: events.length,
      messages,
      publisherPerSecond: Math.round(publisherPerSecond),
      bareProducerPerSecond: Math.round(bareProducerPerSecond),
      ratio: Math.round((publisherPerSecond / bareProducerPerSecond) * 100) / 100,
    };
  } finally {
    Logger.overrideLogger(['error', 'warn', 'log']);
    await store.close();
  }
}

async function readEverything(store: PostgresEventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ fromPosition: events.at(-1)?.position ?? 0, maxCount: 5000 });
    if (page.length === 0) return events;
    events.push(...page);
  }
}

/** The publisher's own mapping, batch by batch as it would cut them, so both sides send the same messages. */
function plannedBatches(
  events: readonly RecordedEvent[],
  batchSize: number,
): { entries: KafkaRecord[]; balances: KafkaRecord[] }[] {
  const balances = new Map<string, VolunteerBalance>();
  const batches: { entries: KafkaRecord[]; balances: KafkaRecord[] }[] = [];
  for (let start = 0; start < events.length; start += batchSize) {
    const plan = planBatch(events.slice(start, start + batchSize), balances, { timeZone: TIME_ZONE });
    for (const [id, balance] of plan.balancesAfter) balances.set(id, balance);
    batches.push({ entries: plan.entries, balances: plan.balances });
  }
  return batches;
}

async function withTopics(kafka: Kafka, prefix: string, work: () => Promise<number>): Promise<number> {
  await ensureTopics(kafka, ledgerTopicSpecs(), { prefix });
  try {
    return await work();
  } finally {
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: Object.values(LEDGER_TOPICS).map((topic) => qualifiedTopic(topic, prefix)) })
      .catch(() => undefined);
    await admin.disconnect();
  }
}

async function bareProducer(
  kafka: Kafka,
  batches: readonly { entries: KafkaRecord[]; balances: KafkaRecord[] }[],
  prefix: string,
): Promise<number> {
  return withTopics(kafka, prefix, async () => {
    const started = process.hrtime.bigint();
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    for (const batch of batches) {
      const topicMessages: TopicMessages[] = [
        { topic: qualifiedTopic(LEDGER_TOPICS.entries, prefix), messages: batch.entries },
        { topic: qualifiedTopic(LEDGER_TOPICS.balances, prefix), messages: batch.balances },
      ].filter((topic) => topic.messages.length > 0);
      await producer.sendBatch({ acks: LEDGER_ACKS, topicMessages });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await producer.disconnect();
    return seconds;
  });
}

async function publisher(
  kafka: Kafka,
  sql: SqlClient,
  store: PostgresEventStore,
  brokers: readonly string[],
  head: number,
  batchSize: number,
  prefix: string,
): Promise<number> {
  return withTopics(kafka, prefix, async () => {
    const instance = new Publisher({
      eventStore: store,
      sql,
      brokers,
      timeZone: TIME_ZONE,
      topicPrefix: prefix,
      name: prefix,
      maxBatchSize: batchSize,
    });
    const started = process.hrtime.bigint();
    await instance.start();
    await instance.waitForPosition(head, 300_000);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await instance.stop();
    return seconds;
  });
}
