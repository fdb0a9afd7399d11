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
  /** Global position and id of the last ledger event folded into this balance. */
  readonly position: number;
  readonly eventId: string;
}

export const ELIGIBILITY_CHANGED_TYPE = 'VolunteerEligibilityChanged';

/** ledger.eligibility.v1 (published once award eligibility lands): one policy's new determination. */
export interface EligibilityChangedPayload {
  readonly volunteerId: string;
  readonly policyId: string;
  readonly version: number;
  readonly eligible: boolean;
  readonly tier: string | null;
  readonly measured: number;
  readonly threshold: number;
  readonly missing: number;
  /** Ledger entry ids the determination rests on. */
  readonly evidence: readonly string[];
}

export const CERTIFICATE_TYPES = ['CertificateIssued', 'CertificateRevoked'] as const;

/** ledger.certificates.v1 (published once certificates land): an issue or a revocation. */
export interface CertificatePayload {
  readonly certificateId: string;
  readonly volunteerId: string;
  readonly code: string;
  readonly minutes: number;
  readonly from: string;
  readonly to: string;
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
