import { type AwardGranted } from './award.events.js';

/** An honour as the volunteer's stream holds it: granted, or revoked with a reason. */
interface AwardBase {
  readonly awardId: string;
  readonly policyId: string;
  readonly version: number;
  readonly tier: string;
  readonly grantedAt: string;
}

export interface GrantedAward extends AwardBase {
  readonly phase: 'Granted';
}

export interface RevokedAward extends AwardBase {
  readonly phase: 'Revoked';
  readonly reason: string;
}

export type VolunteerAward = GrantedAward | RevokedAward;

export function grantedAward({
  awardId,
  policyId,
  version,
  tier,
  grantedAt,
}: AwardGranted['data']): GrantedAward {
  return { phase: 'Granted', awardId, policyId, version, tier, grantedAt };
}
