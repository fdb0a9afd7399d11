import { randomUUID } from 'node:crypto';
import { type Admin, type Kafka } from 'kafkajs';
import { decodeHeaders } from '../cloudevents/cloud-event.js';

export interface ReadMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly key: string;
  readonly headers: Record<string, string>;
  readonly value: string;
}

/** How many messages the topics hold: after a publisher's checkpoint, everything it sent is in here. */
export async function countMessages(kafka: Kafka, topics: readonly string[]): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    let total = 0;
    for (const topic of topics) {
      for (const partition of await offsetsOf(admin, topic)) {
        total += Number(BigInt(partition.high) - BigInt(partition.low));
      }
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}

/**
 * A topic's offsets, asked again while the broker answers with a retriable error: just after a topic is
 * created, or on a busy machine, a broker may not yet know itself the leader of a partition.
 */
async function offsetsOf(admin: Admin, topic: string): Promise<{ high: string; low: string }[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (error) {
      const retriable = (error as { retriable?: unknown }).retriable === true;
      if (!retriable || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Reads the topics from the beginning with a fresh consumer group until `count` messages have arrived. */
export async function readMessages(
  kafka: Kafka,
  topics: readonly string[],
  count: number,
  timeoutMs = 60_000,
): Promise<ReadMessage[]> {
  const messages: ReadMessage[] = [];
  if (count === 0) return messages;
  const consumer = kafka.consumer({ groupId: `test-reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `read ${messages.length} of ${count} messages from ${topics.join(', ')} in ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
      void consumer
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            messages.push({
              topic,
              partition,
              offset: BigInt(message.offset),
              key: message.key?.toString() ?? '',
              headers: decodeHeaders(message.headers),
              value: message.value?.toString() ?? '',
            });
            if (messages.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** Messages in the order a consumer of one key sees them: partition order, by offset. */
export function byOffset(messages: readonly ReadMessage[]): ReadMessage[] {
  return [...messages].sort(
    (a, b) => a.partition - b.partition || (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0),
  );
}

export async function deleteTopics(kafka: Kafka, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const present = topics.filter((topic) => existing.has(topic));
    if (present.length > 0) await admin.deleteTopics({ topics: present, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}
