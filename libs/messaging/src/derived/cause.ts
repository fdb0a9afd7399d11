import { type EventMetadata } from '@vl/domain';
import { type RecordedEvent } from '@vl/event-store';

/** The ledger event a derived message follows from. */
export interface Cause {
  readonly recorded: RecordedEvent;
  readonly metadata: EventMetadata;
}

/**
 * When the ledger learned of the cause: the instant derived facts are judged at. From the event's own
 * metadata, so a replay judges at the same instant; the store's timestamp only for events without one.
 */
export function recordedAtOf({ recorded, metadata }: Cause): string {
  const at = typeof metadata.recordedAt === 'string' ? Date.parse(metadata.recordedAt) : Number.NaN;
  return Number.isNaN(at) ? recorded.createdAt.toISOString() : new Date(at).toISOString();
}
