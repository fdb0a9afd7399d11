import {
  decodeEvent,
  emptyBalance,
  evolveBalance,
  type LedgerEvent,
  type VolunteerBalance,
  type VolunteerEvent,
} from '@vl/domain';
import { type RecordedEvent } from '@vl/event-store';
import { type KafkaRecord } from '../cloudevents/cloud-event.js';
import {
  balanceChanged,
  balanceRecord,
  entryRecord,
  volunteerIdOfStream,
} from '../ledger/ledger-messages.js';

/** What one batch of store events turns into: the messages to send and the state to commit after the ack. */
export interface PublishPlan {
  readonly entries: KafkaRecord[];
  readonly balances: KafkaRecord[];
  /** Balances of the volunteers this batch touched, to store with the checkpoint. */
  readonly balancesAfter: ReadonlyMap<string, VolunteerBalance>;
  /** The position to checkpoint once the broker has acknowledged everything above. */
  readonly lastPosition: number;
  /** Event types this build does not know; they are passed over, not published. */
  readonly unknownTypes: ReadonlySet<string>;
}

export interface PlanOptions {
  readonly timeZone: string;
  readonly source?: string;
}

// A Record over the union's tags, so a new volunteer event type fails to compile until it is listed here.
const VOLUNTEER_EVENT_TYPES: Record<VolunteerEvent['type'], true> = {
  VolunteerRegistered: true,
  VolunteerCheckedIn: true,
  VolunteerCheckedOut: true,
  SessionCheckOutMissed: true,
  ManualSessionRecorded: true,
  SessionConfirmed: true,
  SessionRejected: true,
  SessionCorrected: true,
  SessionRevoked: true,
};

function isVolunteerEvent(event: LedgerEvent): event is VolunteerEvent {
  return Object.prototype.hasOwnProperty.call(VOLUNTEER_EVENT_TYPES, event.type);
}

/**
 * Maps a batch in global order. Every ledger event becomes one entry message; a volunteer's balance message
 * follows each event that changes what the balance shows, and the first event seen of a volunteer. The
 * result depends only on the events and the stored balances, so a replay after a crash sends the same
 * messages with the same ids.
 */
export function planBatch(
  events: readonly RecordedEvent[],
  stored: ReadonlyMap<string, VolunteerBalance>,
  options: PlanOptions,
): PublishPlan {
  const entries: KafkaRecord[] = [];
  const balances: KafkaRecord[] = [];
  const balancesAfter = new Map<string, VolunteerBalance>();
  const unknownTypes = new Set<string>();
  let lastPosition = 0;
  for (const recorded of events) {
    lastPosition = Math.max(lastPosition, recorded.position);
    const decoded = decodeEvent(recorded);
    if (!decoded) {
      unknownTypes.add(recorded.type);
      continue;
    }
    entries.push(entryRecord({ recorded, ...decoded }, options.source));
    const volunteerId = volunteerIdOfStream(recorded.streamName);
    if (volunteerId === undefined || !isVolunteerEvent(decoded.event)) continue;
    const before = balancesAfter.get(volunteerId) ?? stored.get(volunteerId);
    const after = evolveBalance(before ?? emptyBalance(volunteerId), decoded.event, options.timeZone);
    balancesAfter.set(volunteerId, after);
    if (before === undefined || balanceChanged(before, after)) {
      balances.push(balanceRecord(after, recorded, options.source));
    }
  }
  return { entries, balances, balancesAfter, lastPosition, unknownTypes };
}

/** The volunteers whose stored balances a batch needs. */
export function volunteersOf(events: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const id = volunteerIdOfStream(event.streamName);
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}
