import {
  emptyBalance,
  emptyDictionary,
  initialVolunteerState,
  type VolunteerBalance,
  type VolunteerState,
} from '@vl/domain';
import { type CertificateTrack } from '../derived/certificate-messages.js';
import { type EligibilityStanding } from '../topics/topic-payloads.js';

/**
 * What the publisher folds per volunteer and stores with its checkpoint: the balance it publishes, the
 * volunteer's domain state (what eligibility and certificate standing are judged on), the standing last
 * published per eligibility policy, and the certificates that still stand.
 */
export interface PublishedVolunteer {
  readonly balance: VolunteerBalance;
  readonly volunteer: VolunteerState;
  /** By policy id; a policy not listed was never published, which reads as not eligible. */
  readonly eligibility: Readonly<Record<string, EligibilityStanding>>;
  /** By certificate id; a certificate leaves once its revocation is published. */
  readonly certificates: Readonly<Record<string, CertificateTrack>>;
}

export function unseenVolunteer(volunteerId: string): PublishedVolunteer {
  return {
    balance: emptyBalance(volunteerId),
    volunteer: initialVolunteerState,
    eligibility: emptyDictionary(),
    certificates: emptyDictionary(),
  };
}
