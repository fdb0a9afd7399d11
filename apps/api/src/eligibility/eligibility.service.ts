import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import {
  calendarDate,
  type Determination,
  determineEach,
  DomainError,
  type EligibilityPolicy,
  eligibilityPoliciesInForce,
  type PolicySet,
  requireTier,
} from '@vl/domain';
import { AwardQuery, BalanceQuery, ProfileHistoryQuery, type VolunteerProfile } from '@vl/read-model';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { maskName } from '@vl/personal-data';
import { PersonalData } from '../personal-data/personal-data.service.js';
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
    private readonly personalData: PersonalData,
    private readonly profileHistory: ProfileHistoryQuery,
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

  /**
   * The profile with the birth date and masked name from the personal-data store: no event or read model
   * holds them. Throws PERSONAL_DATA_ERASED (410) once they are erased.
   */
  async withBirthDate(volunteer: VolunteerProfile): Promise<VolunteerProfile> {
    const record = await this.personalData.requireRecord(volunteer.volunteerId);
    return { ...volunteer, name: maskName(record.name), birthDate: record.birthDate };
  }

  /** `withBirthDate` for many; those erased (or never held) are left out. */
  async withBirthDates(volunteers: readonly VolunteerProfile[]): Promise<VolunteerProfile[]> {
    const people = await this.personalData.store.findMany(
      volunteers.map((volunteer) => volunteer.volunteerId),
    );
    return volunteers.flatMap((volunteer) => {
      const person = people.get(volunteer.volunteerId);
      return person?.status === 'present'
        ? [{ ...volunteer, name: maskName(person.record.name), birthDate: person.record.birthDate }]
        : [];
    });
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
    // 公示: a session still posted at the clock's time does not count yet.
    const when = { asOf: question.asOf, asKnownAt: question.asKnownAt, now: this.clock.now().toISOString() };
    const [entries, honours, leagueStatuses] = await Promise.all([
      this.balances.confirmedEntriesOf(ids, when),
      this.awards.honoursOf(ids, when),
      this.leagueStatusesOn(volunteers, question),
    ]);
    const answers = new Map<string, Determination[]>();
    for (const volunteer of volunteers) {
      const { volunteerId } = volunteer;
      // Every policy at once: the entries are checked and dated once per volunteer, not once per policy.
      answers.set(
        volunteerId,
        question.policies.length === 0
          ? []
          : determineEach(this.policySet, question.policies, {
              volunteer: {
                ...volunteer,
                leagueStatus: leagueStatuses.get(volunteerId) ?? volunteer.leagueStatus,
              },
              entries: entries.get(volunteerId) ?? [],
              honours: honours.get(volunteerId) ?? [],
              asOf: question.at,
              timeZone: this.config.timezone,
              ...(question.tier === undefined ? {} : { targetTier: question.tier }),
            }),
      );
    }
    return answers;
  }

  /**
   * The league status on the evaluation date, as known at `asKnownAt` when asked: an admission dated after
   * that day, or recorded after that moment, leaves the volunteer an applicant for the question.
   */
  private async leagueStatusesOn(
    volunteers: readonly VolunteerProfile[],
    question: ResolvedQuestion,
  ): Promise<Map<string, VolunteerProfile['leagueStatus']>> {
    const current = new Map(volunteers.map((volunteer) => [volunteer.volunteerId, volunteer.leagueStatus]));
    if (question.asOf === undefined && question.asKnownAt === undefined) return current;
    const knownAt = question.asKnownAt === undefined ? undefined : new Date(question.asKnownAt).toISOString();
    return this.profileHistory.leagueStatusesOn(current, question.evaluationDate, knownAt);
  }
}
