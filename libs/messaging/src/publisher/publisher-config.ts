import { ConfigError, type LedgerConfig } from '@vl/config';
import { type PolicySet } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { type SqlClient } from '@vl/sql';
import { TOPIC_PREFIX_PATTERN } from '../topics/ledger-topics.js';
import { type PublisherOptions } from './publisher.options.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The publisher's options from the ledger's configuration, plus two settings only the publisher reads:
 * KAFKA_TOPIC_PREFIX (e.g. `staging.`, for clusters shared by environments) and KAFKA_CLIENT_ID.
 * Throws ConfigError naming the variable when KAFKA_BROKERS is missing or a value is malformed.
 */
export function publisherOptionsFromConfig(
  config: LedgerConfig,
  deps: { readonly sql: SqlClient; readonly eventStore: EventStore; readonly policies: PolicySet },
  env: Env = process.env,
): PublisherOptions {
  if (!config.kafkaBrokers || config.kafkaBrokers.length === 0) {
    throw new ConfigError('KAFKA_BROKERS', 'is required for the publisher role (host:port, comma-separated)');
  }
  const topicPrefix = env.KAFKA_TOPIC_PREFIX?.trim() ?? '';
  if (!TOPIC_PREFIX_PATTERN.test(topicPrefix)) {
    throw new ConfigError('KAFKA_TOPIC_PREFIX', 'may hold only letters, digits, ".", "_" and "-"');
  }
  const clientId = env.KAFKA_CLIENT_ID?.trim() || 'volunteer-ledger-publisher';
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(clientId)) {
    throw new ConfigError('KAFKA_CLIENT_ID', 'may hold only letters, digits, ".", "_" and "-"');
  }
  return {
    eventStore: deps.eventStore,
    sql: deps.sql,
    brokers: config.kafkaBrokers,
    timeZone: config.timezone,
    policies: deps.policies,
    topicPrefix,
    clientId,
  };
}
