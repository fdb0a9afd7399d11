import { EVENT_SCHEMA_VERSIONS, isLedgerEventType, type LedgerEvent } from './events.js';
import { type EventMetadata } from './shared/event.js';

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

/** Upcasters turn an older stored shape of one event type into the next version's shape. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;
const upcasters = new Map<string, Upcaster>();

/** Registers the upcaster from `fromVersion` to `fromVersion + 1` for an event type. */
export function registerUpcaster(type: string, fromVersion: number, upcaster: Upcaster): void {
  upcasters.set(`${type}@${fromVersion}`, upcaster);
}

/** Turns a stored event into the current typed event, upcasting older versions; undefined for foreign types. */
export function decodeEvent(stored: StoredEventShape): DecodedEvent | undefined {
  if (!isLedgerEventType(stored.type)) return undefined;
  const current = EVENT_SCHEMA_VERSIONS[stored.type];
  const metadata = stored.metadata as unknown as EventMetadata;
  let version = typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1;
  let data = stored.data;
  while (version < current) {
    const upcaster = upcasters.get(`${stored.type}@${version}`);
    if (!upcaster) throw new Error(`No upcaster for ${stored.type} v${version}`);
    data = upcaster(data);
    version += 1;
  }
  if (version > current) throw new Error(`${stored.type} v${version} is newer than this build understands`);
  return {
    event: { type: stored.type, data } as unknown as LedgerEvent,
    metadata: { ...metadata, schemaVersion: current },
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
