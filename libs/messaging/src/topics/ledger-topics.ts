/** The Kafka topics the ledger publishes to. The `.v1` suffix changes only with an incompatible payload. */
export const LEDGER_TOPICS = {
  entries: 'ledger.entries.v1',
  balances: 'ledger.balances.v1',
  eligibility: 'ledger.eligibility.v1',
  certificates: 'ledger.certificates.v1',
} as const;

export type LedgerTopic = (typeof LEDGER_TOPICS)[keyof typeof LEDGER_TOPICS];

export interface TopicSpec {
  readonly topic: LedgerTopic;
  readonly partitions: number;
  /** Topic-level settings; anything not named here follows the cluster's defaults. */
  readonly configs: Readonly<Record<string, string>>;
  readonly purpose: string;
}

/**
 * Partitions bound how many consumers of one group read in parallel, and cannot be lowered later; six is
 * room for a district-sized deployment on small brokers. Keys are volunteer ids, so a volunteer's messages
 * stay in one partition and in order whatever the count.
 */
export const DEFAULT_PARTITIONS = 6;

const DAY_MS = 24 * 60 * 60 * 1000;

export function ledgerTopicSpecs(partitions: number = DEFAULT_PARTITIONS): readonly TopicSpec[] {
  return [
    {
      topic: LEDGER_TOPICS.entries,
      partitions,
      // The event store is the record; Kafka keeps a generous window for consumers to catch up or replay.
      configs: { 'cleanup.policy': 'delete', 'retention.ms': String(90 * DAY_MS) },
      purpose: 'every ledger event, in order per volunteer',
    },
    {
      topic: LEDGER_TOPICS.balances,
      partitions,
      configs: {
        'cleanup.policy': 'compact',
        // Roll segments hourly so compaction gets to run; keep tombstones a day for slow readers.
        'segment.ms': String(60 * 60 * 1000),
        'min.cleanable.dirty.ratio': '0.1',
        'delete.retention.ms': String(DAY_MS),
      },
      purpose:
        'the latest balance of each volunteer (compacted: read from the beginning for a full snapshot)',
    },
    {
      topic: LEDGER_TOPICS.eligibility,
      partitions,
      // A volunteer has one determination per policy, so compaction by volunteer key would drop some.
      configs: { 'cleanup.policy': 'delete', 'retention.ms': String(90 * DAY_MS) },
      purpose: 'award eligibility changes',
    },
    {
      topic: LEDGER_TOPICS.certificates,
      partitions,
      // Few messages, and a school must be able to learn of a revocation however late it reads.
      configs: { 'cleanup.policy': 'delete', 'retention.ms': '-1' },
      purpose: 'certificate issues and revocations',
    },
  ];
}

/** The topic's name on the cluster: a prefix lets several environments share one cluster. */
export function qualifiedTopic(topic: LedgerTopic, prefix: string = ''): string {
  return `${prefix}${topic}`;
}

export const TOPIC_PREFIX_PATTERN = /^[A-Za-z0-9._-]{0,100}$/;
