import { Logger } from '@nestjs/common';
import { type Kafka } from 'kafkajs';
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
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: qualifiedTopic(spec.topic, options.prefix),
        numPartitions: spec.partitions,
        replicationFactor: options.replicationFactor ?? -1,
        configEntries: Object.entries(spec.configs).map(([name, value]) => ({ name, value })),
      })),
    });
    // createTopics resolves false when another process created them first: either way they exist now.
    const created = missing.map((spec) => qualifiedTopic(spec.topic, options.prefix));
    logger.log({ message: 'Created Kafka topics', topics: created });
    return created;
  } finally {
    await admin.disconnect();
  }
}
