import { type EventMetadata, type LedgerEvent } from '@vl/domain';
import { type SqlExecutor } from '@vl/sql';

/** One stored event, upcast and typed, as a projection sees it inside the batch's transaction. */
export interface ProjectedEvent {
  readonly id: string;
  readonly position: number;
  readonly event: LedgerEvent;
  readonly metadata: EventMetadata;
}

export interface ProjectionBatch {
  readonly tx: SqlExecutor;
  readonly timeZone: string;
  /** Volunteers whose balance must be recomputed at the end of the batch, with their last position. */
  readonly touchedVolunteers: Map<string, number>;
}
