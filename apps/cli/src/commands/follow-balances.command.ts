import { Logger } from '@nestjs/common';
import { BalanceFollower, createKafkaClient } from '@vl/messaging';
import { UsageError } from '../cli-errors.js';

export interface FollowBalancesOptions {
  readonly brokers?: string;
  readonly group?: string;
  readonly prefix?: string;
  readonly seconds?: string;
}

/**
 * The school-side consumer example: follows ledger.balances.v1 from the beginning and prints each new
 * balance as a JSON line, de-duplicated by ce_id. Stops on Ctrl-C, or after --seconds.
 */
export const followBalancesCommand = {
  summary:
    'follow ledger.balances.v1 and print each new balance once: --brokers host:port [--group g] [--prefix p.] [--seconds n]',
  async run(values: FollowBalancesOptions): Promise<number> {
    const brokers = (values.brokers ?? '').split(',').filter(Boolean);
    const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
    if (brokers.length === 0 || (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0))) {
      throw new UsageError(
        'follow-balances needs --brokers host:port[,…] (or KAFKA_BROKERS); --seconds must be positive',
      );
    }
    // stdout carries the balances alone; the client's own chatter stays below warnings.
    Logger.overrideLogger(['error', 'warn']);
    const follower = new BalanceFollower(createKafkaClient({ brokers, clientId: 'balance-follower' }), {
      ...(values.group ? { groupId: values.group } : {}),
      ...(values.prefix ? { topicPrefix: values.prefix } : {}),
      onBalance: (balance) => {
        process.stdout.write(`${JSON.stringify(balance)}\n`);
      },
    });
    try {
      await follower.start();
    } catch (error) {
      if ((error as { type?: unknown }).type !== 'UNKNOWN_TOPIC_OR_PARTITION') throw error;
      console.error(
        'follow-balances: the balances topic does not exist yet; the publisher creates it when it starts',
      );
      await follower.stop().catch(() => undefined);
      return 1;
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      if (seconds !== undefined) setTimeout(resolve, seconds * 1000).unref();
    });
    await follower.stop();
    const stats = follower.stats();
    console.error(
      `follow-balances: ${stats.volunteers} volunteers, ${stats.duplicates} repeats dropped, ${stats.rejected} malformed`,
    );
    return 0;
  },
};
