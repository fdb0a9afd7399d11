import { type DomainEvent } from '../shared/event.js';

/**
 * A volunteer lets a school see their credits until `until` (open-ended when null). Kept in the volunteer's
 * stream beside the sessions; a new grant to the same school supersedes the previous one.
 */
export type SchoolConsentGranted = DomainEvent<
  'SchoolConsentGranted',
  {
    consentId: string;
    volunteerId: string;
    schoolId: string;
    /** The school's path, root first, as its organisation stream says it is. */
    schoolPath: string[];
    grantedAt: string;
    until: string | null;
    /** For a volunteer under 18: the day their guardian consented (YYYY-MM-DD). Absent for adults. */
    guardianConsentedOn?: string;
  }
>;

export type SchoolConsentRevoked = DomainEvent<
  'SchoolConsentRevoked',
  { consentId: string; volunteerId: string; schoolId: string; revokedAt: string }
>;

/** Consent events say nothing about hours, so the balance folds never see them. */
export type SchoolConsentEvent = SchoolConsentGranted | SchoolConsentRevoked;
