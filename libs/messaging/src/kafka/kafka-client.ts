import { Logger } from '@nestjs/common';
import {
  Kafka,
  type KafkaConfig,
  logLevel,
  Partitioners,
  type LogEntry,
  type Producer,
  type ProducerConfig,
} from 'kafkajs';

export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
}

/**
 * kafkajs logs every failed connection attempt at ERROR; during an outage that is a flood. Its lines go to
 * debug under the `KafkaJS` context, and the publisher logs one line per state change instead.
 */
function kafkajsLogCreator(): (entry: LogEntry) => void {
  const logger = new Logger('KafkaJS');
  return ({ namespace, label, log }) => {
    const { message, timestamp: _timestamp, logger: _name, ...extra } = log;
    logger.debug({ message: `${label} [${namespace}] ${message}`, ...extra });
  };
}

/** The client's settings as plain data (a producer thread builds its own client from them). */
export function kafkaClientSettings(options: KafkaClientOptions): KafkaClientSettings {
  return {
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: 3000,
    requestTimeout: 30_000,
    // Fail fast to the caller's own back-off loop, which logs state changes and can be stopped.
    retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 },
    logLevel: logLevel.INFO,
  };
}

export type KafkaClientSettings = Omit<KafkaConfig, 'logCreator' | 'brokers'> & {
  readonly brokers: string[];
};

export function createKafkaClient(options: KafkaClientOptions): Kafka {
  return new Kafka({ ...kafkaClientSettings(options), logCreator: () => kafkajsLogCreator() });
}

let sharedLog: ((entry: LogEntry) => void) | undefined;

/** Writes a kafkajs log entry (from this thread or a producer thread) as `kafkajsLogCreator` does. */
export function logKafkajsEntry(entry: LogEntry): void {
  (sharedLog ??= kafkajsLogCreator())(entry);
}

/**
 * The producer for ledger messages. Idempotence (with acks=-1, which sends require) lets the broker drop a
 * batch the producer retries after a lost acknowledgement; kafkajs keeps sequence numbers right only with
 * one request in flight per broker. The Java-compatible (murmur2) partitioner (`Partitioners.
 * DefaultPartitioner`, named here as data so a producer thread can build the same producer) puts a key on
 * the same partition as producers in other languages would.
 */
export const LEDGER_PRODUCER_SETTINGS = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 },
} as const satisfies Omit<ProducerConfig, 'createPartitioner'>;

export function createLedgerProducer(kafka: Kafka): Producer {
  return kafka.producer({ ...LEDGER_PRODUCER_SETTINGS, createPartitioner: Partitioners.DefaultPartitioner });
}

/** Every send of ledger messages waits for all in-sync replicas. */
export const LEDGER_ACKS = -1;
