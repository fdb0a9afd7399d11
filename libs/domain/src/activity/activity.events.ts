import { type DomainEvent } from '../shared/event.js';

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
  }
>;

export type ActivityEvent = ActivityScheduled;

/** What a session needs to know of its activity, copied into the volunteer's stream at check-in. */
export type ActivitySnapshot = ActivityScheduled['data'];

export const activityStream = (id: string): string => `activity-${id}`;
