import { type PolicySet, type UpcasterRegistry } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { type SqlClient } from '@vl/sql';
import { type BackoffOptions } from './backoff.js';

export interface PublisherOptions {
  /** The store to follow; the publisher reads it, never writes it. */
  readonly eventStore: EventStore;
  /** Where the publisher keeps its checkpoint and folded volunteer state (the read models' database will do). */
  readonly sql: SqlClient;
  readonly brokers: readonly string[];
  /** The programme's time zone, for the by-year figures of balances and for eligibility. */
  readonly timeZone: string;
  /** The policies in force (POLICY_SET): eligibility changes are judged by their eligibility policies. */
  readonly policies: PolicySet;
  /** Names this publisher's checkpoint; two publishers of one name must not run at once. Default `ledger`. */
  readonly name?: string;
  /** Default `volunteer-ledger-publisher`. */
  readonly clientId?: string;
  /** Put before every topic name, e.g. `staging.`; default none. */
  readonly topicPrefix?: string;
  /** Partitions of topics created at start; default 6. Existing topics keep theirs. */
  readonly partitions?: number;
  /** Default: the cluster's `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** The `ce_source` prefix; default `/volunteer-ledger`. */
  readonly source?: string;
  /** Events per Kafka send; default 500. */
  readonly maxBatchSize?: number;
  /** How long a batch waits for more events after its first; default 5 ms. */
  readonly lingerMs?: number;
  /** Back-off between attempts while the broker or the store is unavailable; default 0.5 s doubling to 30 s. */
  readonly retry?: Partial<BackoffOptions>;
  /** The upcasters stored events are decoded through; default the ledger's own (`LEDGER_UPCASTERS`). */
  readonly upcasters?: UpcasterRegistry;
  /**
   * Birth dates by volunteer id, from the personal-data store: the age conditions of eligibility need
   * them and no event holds them. Without it (or for an erased person) no eligibility message is sent.
   */
  readonly birthDatesOf?: (volunteerIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** Run the publisher's SQL migrations at start; default true. */
  readonly migrate?: boolean;
}

export type PublisherState =
  'stopped' | 'starting' | 'publishing' | 'broker-unavailable' | 'store-unavailable' | 'failing';

export interface PublisherStatus {
  readonly state: PublisherState;
  /** The last position whose messages the broker acknowledged and whose checkpoint is stored. */
  readonly position: number;
  readonly lastError?: string;
}
