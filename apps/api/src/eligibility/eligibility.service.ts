import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import {
  calendarDate,
  type Determination,
  determine,
  DomainError,
  type EligibilityPolicy,
  eligibilityPoliciesInForce,
  type PolicySet,
  requireTier,
} from '@vl/domain';
import { AwardQuery, BalanceQuery, type VolunteerProfile } from '@vl/read-model';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { CLOCK, type Clock } from '../shared/clock.js';

/** What is asked: which moment (served before `asOf`, as known at `asKnownAt`), which policy and tier. */
export interface EligibilityQuestion {
  readonly asOf?: string;
  readonly asKnownAt?: string;
  readonly policyId?: string;
  readonly tier?: string;
}

/** The policies and the moment a question resolves to, checked before any volunteer is evaluated. */
export interface ResolvedQuestion extends EligibilityQuestion {
  /** The evaluation instant: asOf, else asKnownAt, else now. */
  readonly at: string;
  readonly evaluationDate: string;
  readonly policies: readonly EligibilityPolicy[];
}

/** Determinations from the read model's confirmed entries, through the pure policy engine. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly balances: BalanceQuery,
    private readonly awards: AwardQuery,
    @Inject(POLICY_SET) private readonly policySet: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get timeZone(): string {
    return this.config.timezone;
  }

  resolve(question: EligibilityQuestion): ResolvedQuestion {
    const at = new Date(question.asOf ?? question.asKnownAt ?? this.clock.now()).toISOString();
    const evaluationDate = calendarDate(at, this.config.timezone);
    const policies = eligibilityPoliciesInForce(this.policySet, evaluationDate, question.policyId);
    if (question.tier !== undefined) policies.forEach((policy) => requireTier(policy, question.tier ?? ''));
    return { ...question, at, evaluationDate, policies };
  }

  /** A volunteer not yet born on the evaluation date cannot be judged: the question is at fault. */
  requireBornBy(volunteer: VolunteerProfile, question: ResolvedQuestion): void {
    if (volunteer.birthDate <= question.evaluationDate) return;
    throw new DomainError(
      'VALIDATION_FAILED',
      `${question.evaluationDate} is before volunteer ${volunteer.volunteerId} was born`,
      question.asOf !== undefined ? 'asOf' : 'asKnownAt',
    );
  }

  /** Every volunteer's determinations, one per policy, in the order of the policies. */
  async determinationsOf(
    volunteers: readonly VolunteerProfile[],
    question: ResolvedQuestion,
  ): Promise<Map<string, Determination[]>> {
    const ids = volunteers.map((volunteer) => volunteer.volunteerId);
    const when = { asOf: question.asOf, asKnownAt: question.asKnownAt };
    const [entries, honours] = await Promise.all([
      this.balances.confirmedEntriesOf(ids, when),
      this.awards.honoursOf(ids, when),
    ]);
    const answers = new Map<string, Determination[]>();
    for (const volunteer of volunteers) {
      const { volunteerId } = volunteer;
      answers.set(
        volunteerId,
        question.policies.map((policy) =>
          determine(this.policySet, policy, {
            volunteer,
            entries: entries.get(volunteerId) ?? [],
            honours: honours.get(volunteerId) ?? [],
            asOf: question.at,
            timeZone: this.config.timezone,
            ...(question.tier === undefined ? {} : { targetTier: question.tier }),
          }),
        ),
      );
    }
    return answers;
  }
}
