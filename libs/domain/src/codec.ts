import { EVENT_SCHEMA_VERSIONS, isLedgerEventType, type LedgerEvent } from './events.js';
import { type EventMetadata } from './shared/event.js';
import { ledgerUpcasters } from './versioning/ledger-upcasters.js';
import { type UpcasterRegistry } from './versioning/upcasting.js';

/** The stored form of an event, as any event store hands it back. */
export interface StoredEventShape {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export interface DecodedEvent {
  readonly event: LedgerEvent;
  readonly metadata: EventMetadata;
}

/**
 * Turns a stored event into the current typed event, upcasting older versions through `upcasters` (the
 * ledger's own steps unless a caller passes another registry); undefined for foreign types.
 */
export function decodeEvent(
  stored: StoredEventShape,
  upcasters: UpcasterRegistry = ledgerUpcasters,
): DecodedEvent | undefined {
  if (!isLedgerEventType(stored.type)) return undefined;
  const metadata = stored.metadata as unknown as EventMetadata;
  const version = typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1;
  const { schemaVersion, data } = upcasters.upcast(stored.type, version, stored.data);
  return {
    event: { type: stored.type, data } as unknown as LedgerEvent,
    metadata: { ...metadata, schemaVersion },
  };
}

/** The stored form of a new event with its metadata; the schema version is the current one. */
export function encodeEvent(
  event: LedgerEvent,
  metadata: Omit<EventMetadata, 'schemaVersion'>,
): { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> } {
  return {
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: { schemaVersion: EVENT_SCHEMA_VERSIONS[event.type], ...metadata },
  };
}
