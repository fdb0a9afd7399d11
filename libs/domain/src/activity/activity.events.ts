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

export type ActivityEvent = ActivityScheduled;

/** What a session needs to know of its activity, copied into the volunteer's stream at check-in. */
export type ActivitySnapshot = ActivityScheduled['data'];

export const activityStream = (id: string): string => `activity-${id}`;
