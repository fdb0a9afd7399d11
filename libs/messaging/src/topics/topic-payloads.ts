import { type LedgerEvent, type LedgerEventType } from '@vl/domain';
import { type LEDGER_TOPICS } from './ledger-topics.js';

/** ledger.entries.v1: the event's data in its current schema version; `ce_type` says which event it is. */
export type LedgerEntryPayload = LedgerEvent['data'];

/** The entry's payload narrowed by its `ce_type`. */
export type LedgerEntryOf<Type extends LedgerEventType> = Extract<LedgerEvent, { type: Type }>['data'];

export const BALANCE_CHANGED_TYPE = 'VolunteerBalanceChanged';

/** ledger.balances.v1: a volunteer's balance after the ledger event at `position`. Minutes are integers. */
export interface VolunteerBalancePayload {
  readonly volunteerId: string;
  readonly confirmedMinutes: number;
  readonly pendingMinutes: number;
  readonly byYear: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Record<string, number>>;
  /** Points for league admission, as the HTTP balance counts them: hours by the points policy, plus honours held. */
  readonly points: number;
  /** Global position and id of the last ledger event folded into this balance. */
  readonly position: number;
  readonly eventId: string;
}

export const ELIGIBILITY_CHANGED_TYPE = 'VolunteerEligibilityChanged';

/** What a volunteer's eligibility under one policy was before a change: not eligible until a first change. */
export interface EligibilityStanding {
  readonly eligible: boolean;
  readonly tier: string | null;
}

/**
 * ledger.eligibility.v1: one policy's new determination, sent when `eligible` or `tier` changed (a first
 * determination only when it is eligible). Evaluated at the cause's `recordedAt`.
 */
export interface EligibilityChangedPayload extends EligibilityStanding {
  readonly volunteerId: string;
  readonly policyId: string;
  readonly version: number;
  readonly unit: 'minutes' | 'points';
  readonly measured: number;
  /** Null only when no tier applies at all (an age outside every band). */
  readonly threshold: number | null;
  readonly missing: number | null;
  /** Ledger entry ids the determination rests on. */
  readonly evidence: readonly string[];
  /** The evaluation instant: when the ledger learned of the cause. */
  readonly asOf: string;
  readonly previous: EligibilityStanding;
  /** The ledger event that changed the determination. */
  readonly cause: { readonly eventId: string; readonly type: string; readonly position: number };
}

export const CERTIFICATE_ISSUED_TYPE = 'CertificateIssued';
export const CERTIFICATE_REVOKED_TYPE = 'CertificateRevoked';
export const CERTIFICATE_TYPES = [CERTIFICATE_ISSUED_TYPE, CERTIFICATE_REVOKED_TYPE] as const;

/**
 * ledger.certificates.v1: an issue, or a revocation once corrections or revocations bring the confirmed
 * minutes of its sessions below its figure. No name and no signed form: a school verifies by `code`.
 */
export interface CertificatePayload {
  readonly certificateId: string;
  readonly volunteerId: string;
  readonly code: string;
  readonly minutes: number;
  readonly from: string;
  readonly to: string;
  /** Ids of the organisations that certify the service. */
  readonly organizations: readonly string[];
  readonly issuedAt: string;
  readonly revokedAt: string | null;
}

/** The one place producer and consumers agree on what each topic carries. */
export interface TopicPayloads {
  [LEDGER_TOPICS.entries]: LedgerEntryPayload;
  [LEDGER_TOPICS.balances]: VolunteerBalancePayload;
  [LEDGER_TOPICS.eligibility]: EligibilityChangedPayload;
  [LEDGER_TOPICS.certificates]: CertificatePayload;
}
