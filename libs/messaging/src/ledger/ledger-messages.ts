import { type BalanceFigures, type EventMetadata, type LedgerEvent } from '@vl/domain';
import { type RecordedEvent } from '@vl/event-store';
import { toKafkaRecord, type KafkaRecord } from '../cloudevents/cloud-event.js';
import { cloudEventType } from '../cloudevents/event-types.js';
import { BALANCE_CHANGED_TYPE, type VolunteerBalancePayload } from '../topics/topic-payloads.js';

/** `ce_source` is this prefix plus the stream name, e.g. `/volunteer-ledger/volunteer-v42`. */
export const DEFAULT_SOURCE = '/volunteer-ledger';

const VOLUNTEER_STREAM_PREFIX = 'volunteer-';

export interface DecodedRecordedEvent {
  readonly recorded: RecordedEvent;
  readonly event: LedgerEvent;
  readonly metadata: EventMetadata;
}

export function volunteerIdOfStream(streamName: string): string | undefined {
  return streamName.startsWith(VOLUNTEER_STREAM_PREFIX) && streamName.length > VOLUNTEER_STREAM_PREFIX.length
    ? streamName.slice(VOLUNTEER_STREAM_PREFIX.length)
    : undefined;
}

/**
 * The message key: the volunteer id for a volunteer's stream, so all of a volunteer's messages share a
 * partition and keep their order. Streams without a volunteer (organisations, activities) are keyed by
 * their stream name, which keeps each of them in order too and never reads as a volunteer id.
 */
export function messageKey(streamName: string): string {
  return volunteerIdOfStream(streamName) ?? streamName;
}

/** ledger.entries.v1: one message per ledger event, `ce_id` = the event id so repeats are recognisable. */
export function entryRecord(
  { recorded, event, metadata }: DecodedRecordedEvent,
  source = DEFAULT_SOURCE,
): KafkaRecord {
  const key = messageKey(recorded.streamName);
  const extensions: Record<string, string | number> = {
    position: recorded.position,
    revision: recorded.revision,
    schemaversion: metadata.schemaVersion,
  };
  if (typeof metadata.correlationId === 'string') extensions.correlationid = metadata.correlationId;
  return toKafkaRecord(key, {
    id: recorded.id,
    type: cloudEventType(event.type, metadata.schemaVersion),
    source: `${source}/${recorded.streamName}`,
    subject: key,
    time: occurrenceTime(recorded, metadata),
    extensions,
    data: event.data,
  });
}

/** The public part of a balance; per-session state stays inside the publisher. */
export function balancePayload(
  balance: BalanceFigures,
  points: number,
  cause: RecordedEvent,
): VolunteerBalancePayload {
  return {
    volunteerId: balance.volunteerId,
    confirmedMinutes: balance.confirmedMinutes,
    pendingMinutes: balance.pendingMinutes,
    byYear: balance.byYear,
    byCategory: balance.byCategory,
    points,
    position: cause.position,
    eventId: cause.id,
  };
}

/**
 * ledger.balances.v1: the balance after `cause`. Its id is derived from the cause's id, so a repeat after a
 * restart carries the same `ce_id`; `ce_time` is when the ledger learned of the change.
 */
export function balanceRecord(
  balance: BalanceFigures,
  points: number,
  cause: RecordedEvent,
  source = DEFAULT_SOURCE,
): KafkaRecord {
  return toKafkaRecord(balance.volunteerId, {
    id: balanceEventId(cause.id),
    type: cloudEventType(BALANCE_CHANGED_TYPE),
    source: `${source}/${cause.streamName}`,
    subject: balance.volunteerId,
    time: cause.createdAt.toISOString(),
    extensions: { position: cause.position },
    data: balancePayload(balance, points, cause),
  });
}

export function balanceEventId(causeId: string): string {
  return `${causeId}:balance`;
}

/** Whether two balances differ in anything a consumer of ledger.balances.v1 sees. */
export function balanceChanged(before: BalanceFigures, after: BalanceFigures): boolean {
  return (
    before.confirmedMinutes !== after.confirmedMinutes ||
    before.pendingMinutes !== after.pendingMinutes ||
    !sameCounts(before.byYear, after.byYear) ||
    !sameCounts(before.byCategory, after.byCategory)
  );
}

function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function occurrenceTime(recorded: RecordedEvent, metadata: EventMetadata): string {
  const occurredAt = typeof metadata.occurredAt === 'string' ? new Date(metadata.occurredAt) : undefined;
  return occurredAt && !Number.isNaN(occurredAt.getTime())
    ? occurredAt.toISOString()
    : recorded.createdAt.toISOString();
}
