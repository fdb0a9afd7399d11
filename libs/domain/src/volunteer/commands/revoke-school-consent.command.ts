import { entryOf } from '../../shared/dictionary.js';
import { requireInstant, toUtcIso, type DomainCommand } from '../../decider.js';
import { DomainError } from '../../shared/errors.js';
import { consentInForce } from '../school-consent.js';
import { type SchoolConsentRevoked } from '../school-consent.events.js';
import { requireRegistered } from '../session-guards.js';
import { type VolunteerState } from '../volunteer.state.js';

export type RevokeSchoolConsent = DomainCommand<
  'RevokeSchoolConsent',
  { readonly schoolId: string; readonly now: string }
>;

/** Withdraws the consent in force; one already expired or revoked leaves nothing to withdraw. */
export function decideRevokeSchoolConsent(
  command: RevokeSchoolConsent,
  state: VolunteerState,
): SchoolConsentRevoked[] {
  const { schoolId, now } = command.data;
  const registered = requireRegistered(state);
  const nowMs = requireInstant(now, 'now');
  const consent = entryOf(registered.consents, schoolId);
  if (!consent || !consentInForce(consent, nowMs)) {
    throw new DomainError('CONSENT_NOT_IN_FORCE', `no consent to school ${schoolId} is in force`, 'schoolId');
  }
  return [
    {
      type: 'SchoolConsentRevoked',
      data: {
        consentId: consent.consentId,
        volunteerId: registered.profile.volunteerId,
        schoolId,
        revokedAt: toUtcIso(nowMs),
      },
    },
  ];
}
