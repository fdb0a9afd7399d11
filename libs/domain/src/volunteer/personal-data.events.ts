import { type DomainEvent } from '../shared/event.js';

/**
 * A person's personal data erased (crypto-shredding): their data key is destroyed, so their name, birth
 * date, phone, identity number and guardian can no longer be read anywhere. Their hours stay in every total.
 */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  {
    volunteerId: string;
    /** The acting user: the volunteer themself or an administrator of their subtree. */
    erasedBy: string;
    /** Why, e.g. "the volunteer's request of 2026-12-01"; say it without personal data. */
    reason: string;
  }
>;

/**
 * The one sanctioned rewrite: names and birth dates written into VolunteerRegistered v1 events were moved
 * into the personal-data store and removed from the stored payloads (docs/personal-data.md).
 */
export type PersonalDataMovedOut = DomainEvent<
  'PersonalDataMovedOut',
  {
    /** The ids of the rewritten events. */
    eventIds: string[];
    volunteerIds: string[];
    movedBy: string;
  }
>;

export type PersonalDataEvent = PersonalDataErased | PersonalDataMovedOut;

export const personalDataStream = (volunteerId: string): string => `personal-data-${volunteerId}`;
export const PERSONAL_DATA_MIGRATION_STREAM = 'personal-data-migration';
