import { cloudEventType } from '../cloudevents/event-types.js';
import { randomUUID } from 'node:crypto';
import { type Consumer, type Kafka } from 'kafkajs';
import { CloudEventFormatError, fromKafkaRecord } from '../cloudevents/cloud-event.js';
import { LEDGER_TOPICS, qualifiedTopic } from '../topics/ledger-topics.js';
import { BALANCE_CHANGED_TYPE, type VolunteerBalancePayload } from '../topics/topic-payloads.js';
import { SeenIds } from './seen-ids.js';

export interface BalanceFollowerOptions {
  /** The consumer group; a school system keeps one name so it resumes where it left off. */
  readonly groupId?: string;
  readonly topicPrefix?: string;
  /** Called once per new balance, never for a repeat delivery or a balance older than one already seen. */
  readonly onBalance?: (balance: VolunteerBalancePayload) => void | Promise<void>;
  /** How many recent `ce_id`s to remember for de-duplication (default 100,000). */
  readonly rememberIds?: number;
}

/**
 * A consumer of `ledger.balances.v1` as a school system would write one: it reads the compacted topic from
 * the beginning, so it starts from every volunteer's latest balance, then follows changes. Delivery is at
 * least once, so it drops a message whose `ce_id` it has already handled, and a balance whose `position`
 * is not newer than the one it holds for that volunteer. A production consumer keeps both in its own
 * database, in the same transaction as what it does with the balance.
 */
export class BalanceFollower {
  private readonly consumer: Consumer;
  private readonly topic: string;
  private readonly seen: SeenIds;
  private readonly balances = new Map<string, VolunteerBalancePayload>();
  private duplicates = 0;
  private rejected = 0;

  constructor(
    kafka: Kafka,
    private readonly options: BalanceFollowerOptions = {},
  ) {
    this.consumer = kafka.consumer({
      groupId: options.groupId ?? `balance-follower-${randomUUID()}`,
      maxWaitTimeInMs: 500,
    });
    this.topic = qualifiedTopic(LEDGER_TOPICS.balances, options.topicPrefix);
    this.seen = new SeenIds(options.rememberIds ?? 100_000);
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        await this.handle(message);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  /** The latest balance of each volunteer seen so far. */
  latest(): ReadonlyMap<string, VolunteerBalancePayload> {
    return this.balances;
  }

  stats(): { volunteers: number; duplicates: number; rejected: number } {
    return { volunteers: this.balances.size, duplicates: this.duplicates, rejected: this.rejected };
  }

  private async handle(message: Parameters<typeof fromKafkaRecord>[0]): Promise<void> {
    let event;
    try {
      event = fromKafkaRecord<VolunteerBalancePayload>(message);
    } catch (error) {
      if (!(error instanceof CloudEventFormatError) && !(error instanceof SyntaxError)) throw error;
      this.rejected += 1;
      return;
    }
    if (event.type !== cloudEventType(BALANCE_CHANGED_TYPE)) return;
    if (!this.seen.add(event.id)) {
      this.duplicates += 1;
      return;
    }
    const held = this.balances.get(event.data.volunteerId);
    if (held !== undefined && held.position >= event.data.position) {
      this.duplicates += 1;
      return;
    }
    this.balances.set(event.data.volunteerId, event.data);
    await this.options.onBalance?.(event.data);
  }
}
