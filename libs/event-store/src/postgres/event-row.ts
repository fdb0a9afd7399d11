import { type RecordedEvent } from '../event-store.port.js';

export const EVENT_COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata, created_at';

/** The same columns of `es_events` aliased as `e`, for statements that join it. */
export const EVENT_COLUMNS_OF_E = EVENT_COLUMNS.split(', ')
  .map((column) => `e.${column}`)
  .join(', ');

export interface EventRow {
  readonly position: number;
  readonly stream_name: string;
  readonly revision: number;
  readonly event_id: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  readonly created_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    createdAt: row.created_at,
  };
}
