import { requireAwardScope } from '../../access-rules.js';
import { requireId, requireInstant, toUtcIso, type DomainCommand } from '../../decider.js';
import { confirmedEntriesOf } from '../../eligibility/ledger-entries.js';
import { describeShortfall, determine, requireEligibilityPolicy } from '../../eligibility/eligibility-of.js';
import { type PolicySet } from '../../policies/policy-set.js';
import { entryOf } from '../../shared/dictionary.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { calendarDate } from '../../shared/time.js';
import { type AwardGranted } from '../awards/award.events.js';
import { requireRegistered } from '../session-guards.js';
import { type VolunteerState } from '../volunteer.state.js';

export const AWARD_NOTE_MAX_LENGTH = 500;

/**
 * Grants an honour when the volunteer is eligible for that tier on the stream's own confirmed hours, now.
 * Deciding on the stream (not a read model) means a concurrent revocation makes the grant decide again.
 */
export type GrantAward = DomainCommand<
  'GrantAward',
  {
    readonly awardId: string;
    readonly policyId: string;
    readonly tier: string;
    readonly note: string;
    readonly actor: Actor;
    /** From the personal-data store: the age conditions need it; the stream does not hold it. */
    readonly birthDate: string;
    readonly now: string;
    readonly policies: PolicySet;
    readonly timeZone: string;
  }
>;

export function decideGrantAward(command: GrantAward, state: VolunteerState): AwardGranted[] {
  const { policyId, tier, actor, policies, timeZone } = command.data;
  const registered = requireRegistered(state);
  const awardId = requireId(command.data.awardId, 'awardId');
  if (entryOf(registered.awards, awardId)) {
    throw new DomainError('AWARD_ALREADY_EXISTS', `award ${awardId} exists`, 'awardId');
  }
  requireAwardScope(actor, registered);
  const note = command.data.note.trim();
  if (note.length > AWARD_NOTE_MAX_LENGTH) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `note must be at most ${AWARD_NOTE_MAX_LENGTH} characters`,
      'note',
    );
  }
  const now = toUtcIso(requireInstant(command.data.now, 'now'));
  const policy = requireEligibilityPolicy(policies, policyId, calendarDate(now, timeZone));
  const held = Object.values(registered.awards).find(
    (award) => award.phase === 'Granted' && award.policyId === policyId && award.tier === tier,
  );
  if (held) {
    throw new DomainError(
      'AWARD_ALREADY_GRANTED',
      `award ${held.awardId} already grants ${policyId} tier ${tier}; revoke it first`,
      'tier',
    );
  }
  const { profile } = registered;
  const determination = determine(policies, policy, {
    volunteer: { ...profile, birthDate: command.data.birthDate },
    entries: confirmedEntriesOf(registered, now),
    asOf: now,
    timeZone,
    targetTier: tier,
    honours: Object.values(registered.awards).filter((award) => award.phase === 'Granted'),
  });
  if (!determination.eligible || determination.threshold === null) {
    throw new DomainError('NOT_ELIGIBLE', describeShortfall(determination, tier), 'tier');
  }
  return [
    {
      type: 'AwardGranted',
      data: {
        awardId,
        volunteerId: profile.volunteerId,
        policyId,
        version: determination.version,
        tier,
        unit: determination.unit,
        measured: determination.measured,
        threshold: determination.threshold,
        evidence: [...determination.evidence],
        note,
        grantedAt: now,
      },
    },
  ];
}
