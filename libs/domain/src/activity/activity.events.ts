import { type DomainEvent } from '../shared/event.js';
import { type CheckInMethod, type Venue } from './venue.js';

export type ActivityScheduled = DomainEvent<
  'ActivityScheduled',
  {
    activityId: string;
    organizationId: string;
    /** The organising organisation's path, root first: its subtree confirms and certifies. */
    organizationPath: string[];
    title: string;
    category: string;
    startsAt: string;
    endsAt: string;
    maxMinutesPerVolunteer: number | null;
    autoConfirm: boolean;
    /** Absent on activities scheduled before venues were recorded; they read as having none. */
    venue?: Venue | null;
    /** Absent on older activities: qr and organizer (`acceptedCheckInMethods`). */
    checkInMethods?: CheckInMethod[];
  }
>;

/**
 * What an activity served, recorded by an organiser of its subtree once it has ended. A later report replaces
 * the earlier one; each is its own event, so the ledger keeps every version.
 */
export type ActivityReported = DomainEvent<
  'ActivityReported',
  {
    activityId: string;
    /** Copied from the schedule so statistics count the report without reading the activity back. */
    organizationId: string;
    organizationPath: string[];
    category: string;
    startsAt: string;
    /** Resident visits served (服务人次): one resident served once is one visit. */
    residentVisits: number;
    summary: string;
    reportedAt: string;
  }
>;

export type ActivityEvent = ActivityScheduled | ActivityReported;

export const ACTIVITY_EVENT_TYPES: readonly ActivityEvent['type'][] = [
  'ActivityScheduled',
  'ActivityReported',
];

export function isActivityEvent(event: { readonly type: string }): event is ActivityEvent {
  return (ACTIVITY_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** What a session needs to know of its activity, copied into the volunteer's stream at check-in. */
export type ActivitySnapshot = ActivityScheduled['data'];

export const activityStream = (id: string): string => `activity-${id}`;
