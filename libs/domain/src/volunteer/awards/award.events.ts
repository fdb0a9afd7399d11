import { type DomainEvent } from '../../shared/event.js';

/**
 * An honour granted under one policy version, with the determination that justified it: the figure
 * measured, the bar, and the ledger entries behind it, so an auditor can recheck it later.
 */
export type AwardGranted = DomainEvent<
  'AwardGranted',
  {
    awardId: string;
    volunteerId: string;
    policyId: string;
    version: number;
    tier: string;
    /** The determination's unit (minutes or points); kept apart from the policy types, which import this. */
    unit: 'minutes' | 'points';
    measured: number;
    threshold: number;
    evidence: string[];
    note: string;
    /** The instant eligibility was decided at; also picks the points version an honour's points come from. */
    grantedAt: string;
  }
>;

export type AwardRevoked = DomainEvent<
  'AwardRevoked',
  { awardId: string; volunteerId: string; policyId: string; tier: string; reason: string }
>;

/** Honours live in the volunteer's stream beside the sessions; they never change the hours balance. */
export type AwardEvent = AwardGranted | AwardRevoked;

const AWARD_EVENT_TYPES: ReadonlySet<string> = new Set<AwardEvent['type']>(['AwardGranted', 'AwardRevoked']);

export function isAwardEvent(event: { readonly type: string }): event is AwardEvent {
  return AWARD_EVENT_TYPES.has(event.type);
}
