import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaForSuite } from '../../../../test/support/kafka.js';
import { deleteTopics, readMessages } from '../testing/topic-reader.js';
import { ledgerTopicSpecs, LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { ensureTopics } from '../topics/topic-admin.js';
import { createKafkaClient, createLedgerProducer, LEDGER_ACKS } from './kafka-client.js';
import { ProducerThread } from './producer-thread.js';

const kafkaSetup = await kafkaForSuite();
const brokers = 'brokers' in kafkaSetup ? kafkaSetup.brokers : [];
const describeKafka = 'skipped' in kafkaSetup ? describe.skip : describe;
if ('skipped' in kafkaSetup) console.warn(`Kafka producer thread suite skipped: ${kafkaSetup.skipped}`);

describeKafka('the ledger producer in a thread of its own, on a real Kafka broker', () => {
  const prefix = `pt-${randomUUID().slice(0, 8)}.`;
  const topic = qualifiedTopic(LEDGER_TOPICS.entries, prefix);
  let kafka: Kafka;

  beforeAll(async () => {
    // The refused connections below are logged by kafkajs at length; this suite checks what callers see.
    Logger.overrideLogger(['error']);
    kafka = new Kafka({ clientId: 'producer-thread-spec', brokers, logLevel: logLevel.NOTHING });
    await ensureTopics(kafka, ledgerTopicSpecs(4), { prefix });
  }, 60_000);
  afterAll(async () => {
    Logger.overrideLogger(['error', 'warn', 'log']);
    await deleteTopics(
      kafka,
      Object.values(LEDGER_TOPICS).map((name) => qualifiedTopic(name, prefix)),
    );
  });

  it('sends what it is given, keyed to the partitions the same producer picks on this thread', async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `volunteer-${index}`);
    const message = (key: string, from: string) => ({
      key,
      value: JSON.stringify({ key, from, name: '张小青' }),
      headers: { ce_id: `${from}-${key}`, ce_type: 'org.zhuzhou.test' },
    });
    const threaded = new ProducerThread({ brokers, clientId: 'producer-thread-spec' });
    const local = createLedgerProducer(createKafkaClient({ brokers, clientId: 'producer-thread-spec' }));
    await Promise.all([threaded.connect(), local.connect()]);
    try {
      const sent = await threaded.sendBatch({
        acks: LEDGER_ACKS,
        topicMessages: [{ topic, messages: keys.map((key) => message(key, 'thread')) }],
      });
      expect(
        sent.reduce((count, metadata) => count + (metadata.topicName === topic ? 1 : 0), 0),
      ).toBeGreaterThan(0);
      await local.sendBatch({
        acks: LEDGER_ACKS,
        topicMessages: [{ topic, messages: keys.map((key) => message(key, 'local')) }],
      });
    } finally {
      await Promise.all([threaded.disconnect(), local.disconnect()]);
    }
    const read = await readMessages(kafka, [topic], 2 * keys.length);
    for (const key of keys) {
      const [thread, here] = (['thread', 'local'] as const).map((from) =>
        read.find((candidate) => candidate.headers.ce_id === `${from}-${key}`),
      );
      expect(thread).toMatchObject({ key, value: JSON.stringify({ key, from: 'thread', name: '张小青' }) });
      expect(thread?.headers.ce_type).toBe('org.zhuzhou.test');
      expect(thread?.partition).toBe(here?.partition);
    }
    expect(new Set(read.map((candidate) => candidate.partition)).size).toBeGreaterThan(1);
  }, 60_000);

  it('fails with the name kafkajs gives a failure, and is done once disconnected', async () => {
    const producer = new ProducerThread({ brokers, clientId: 'producer-thread-spec' });
    await producer.connect();
    const refused = await producer
      .sendBatch({
        acks: LEDGER_ACKS,
        topicMessages: [{ topic: `${prefix}no-such-topic`, messages: [{ key: 'k', value: 'v' }] }],
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).name).toMatch(/^KafkaJS/);
    await producer.disconnect();
    await expect(
      producer.sendBatch({
        acks: LEDGER_ACKS,
        topicMessages: [{ topic, messages: [{ key: 'k', value: 'v' }] }],
      }),
    ).rejects.toThrow(/disconnected/);
    await expect(producer.connect()).rejects.toThrow(/disconnected/);
  }, 60_000);

  it('fails a send under way when the producer is disconnected', async () => {
    // Nothing listens on this port: the connection is retried until the disconnect ends it.
    const producer = new ProducerThread({ brokers: ['127.0.0.1:9'], clientId: 'producer-thread-spec' });
    const connecting = producer.connect().then(
      () => 'connected',
      (error: unknown) => (error as Error).name,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await producer.disconnect().catch(() => undefined);
    // Ended by the disconnect, while kafkajs was still retrying (its retries give up after about 1.4 s).
    expect(await connecting).toBe('ProducerThreadEnded');
  }, 60_000);
});
