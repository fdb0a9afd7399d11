import { type DomainCommand } from '../../decider.js';
import { entryOf } from '../../shared/dictionary.js';
import { DomainError } from '../../shared/errors.js';
import { type Actor } from '../../shared/event.js';
import { type AwardRevoked } from '../awards/award.events.js';
import { requireReason, requireRegistered } from '../session-guards.js';
import { type VolunteerState } from '../volunteer.state.js';
import { requireAwardScope } from '../../access-rules.js';

/** Withdraws an honour, with a reason; the grant stays in the history. */
export type RevokeAward = DomainCommand<
  'RevokeAward',
  { readonly awardId: string; readonly reason: string; readonly actor: Actor }
>;

export function decideRevokeAward(command: RevokeAward, state: VolunteerState): AwardRevoked[] {
  const { awardId, actor } = command.data;
  const registered = requireRegistered(state);
  const award = entryOf(registered.awards, awardId);
  if (!award) throw new DomainError('AWARD_NOT_FOUND', `award ${awardId} does not exist`, 'awardId');
  requireAwardScope(actor, registered);
  if (award.phase === 'Revoked') {
    throw new DomainError('AWARD_ALREADY_REVOKED', `award ${awardId} is already revoked`, 'awardId');
  }
  const reason = requireReason(command.data.reason);
  const { volunteerId } = registered.profile;
  const { policyId, tier } = award;
  return [{ type: 'AwardRevoked', data: { awardId, volunteerId, policyId, tier, reason } }];
}
