import { Logger } from '@nestjs/common';
import { type Admin, type Kafka } from 'kafkajs';
import { qualifiedTopic, type TopicSpec } from './ledger-topics.js';

export interface EnsureTopicsOptions {
  readonly prefix?: string;
  /** Defaults to the cluster's `default.replication.factor` (-1): one on a dev broker, three in production. */
  readonly replicationFactor?: number;
}

/**
 * Creates the topics that are missing, with their partitions and settings; existing topics are left as
 * they are (their settings are the operators' to change), so calling it at every start is safe.
 * Returns the names it created.
 */
export async function ensureTopics(
  kafka: Kafka,
  specs: readonly TopicSpec[],
  options: EnsureTopicsOptions = {},
): Promise<string[]> {
  const logger = new Logger('TopicAdmin');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(qualifiedTopic(spec.topic, options.prefix)));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((spec) => ({
        topic: qualifiedTopic(spec.topic, options.prefix),
        numPartitions: spec.partitions,
        replicationFactor: options.replicationFactor ?? -1,
        configEntries: Object.entries(spec.configs).map(([name, value]) => ({ name, value })),
      })),
    });
    // createTopics resolves false when another process created them first: either way they exist now.
    const created = missing.map((spec) => qualifiedTopic(spec.topic, options.prefix));
    await waitForLeaders(admin, created);
    logger.log({ message: 'Created Kafka topics', topics: created });
    return created;
  } finally {
    await admin.disconnect();
  }
}

const LEADER_WAIT_MS = 30_000;
const METADATA_PENDING = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Waits until every partition of the topics has a leader. kafkajs' own wait retries only
 * LEADER_NOT_AVAILABLE, while a KRaft broker answers UNKNOWN_TOPIC_OR_PARTITION for a moment after
 * creating a topic, so a send straight after creation could fail.
 */
async function waitForLeaders(admin: Admin, topics: readonly string[]): Promise<void> {
  const deadline = Date.now() + LEADER_WAIT_MS;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
      const ready =
        metadata.length === topics.length &&
        metadata.every(
          (topic) => topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0),
        );
      if (ready) return;
    } catch (error) {
      const type = (error as { type?: unknown }).type;
      if (typeof type !== 'string' || !METADATA_PENDING.has(type)) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`Kafka topics ${topics.join(', ')} have no leader after ${LEADER_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
