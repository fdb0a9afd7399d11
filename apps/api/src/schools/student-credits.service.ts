import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import {
  type PolicySource,
  type CountedPeriod,
  DomainError,
  evaluate,
  type PolicySet,
  type ServiceCreditsPolicy,
} from '@vl/domain';
import { SchoolRosterQuery } from '@vl/read-model';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';

import { maskName } from '@vl/personal-data';
import { PersonalData } from '../personal-data/personal-data.service.js';

export const DEFAULT_SCHOOL_POLICY = 'school-service-credit';

export interface StudentCredit {
  volunteerId: string;
  name: string;
  consentId: string;
  consentUntil: string | null;
  minutes: number;
  credits: number;
  meetsRequirement: boolean;
  missing: number;
  evidence: readonly string[];
}

export interface StudentCreditsRoster {
  schoolId: string;
  policyId: string;
  version: number;
  /** The documents the credit rule comes from, so a school can defend the credit. */
  sources: readonly PolicySource[];
  requiredMinutes: number;
  minutesPerCredit: number;
  maxCredits: number;
  period: CountedPeriod | null;
  asOf: string;
  students: StudentCredit[];
}

export interface RosterQuestion {
  readonly schoolId: string;
  readonly policyId?: string;
  readonly requiredMinutes?: number;
  readonly period?: { readonly from: string; readonly to: string };
  readonly asOf: string;
}

/** The consenting students' minutes in a range, under a service-credits policy, judged by the domain engine. */
@Injectable()
export class StudentCreditsService {
  constructor(
    private readonly personalData: PersonalData,
    private readonly roster: SchoolRosterQuery,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async credits(question: RosterQuestion): Promise<StudentCreditsRoster> {
    const timeZone = this.config.timezone;
    const policy = this.creditPolicy(question.policyId ?? DEFAULT_SCHOOL_POLICY, question.asOf);
    const requirement: ServiceCreditsPolicy =
      question.requiredMinutes === undefined
        ? policy
        : { ...policy, requiredMinutes: question.requiredMinutes };
    // Names and birth dates come from the personal-data store; an erased student leaves the roster.
    const students = await this.withPersonalData(
      await this.roster.consentingStudents(question.schoolId, question.asOf),
    );
    const entries = await this.roster.confirmedEntries(students.map((student) => student.volunteerId));
    let period: CountedPeriod | null = null;
    const rows = students.map((student): StudentCredit => {
      const determination = evaluate(requirement, {
        volunteer: student,
        entries: entries.get(student.volunteerId) ?? [],
        asOf: question.asOf,
        timeZone,
        ...(question.period ? { period: question.period } : {}),
      });
      period = determination.period;
      return {
        volunteerId: student.volunteerId,
        name: student.name,
        consentId: student.consentId,
        consentUntil: student.until,
        minutes: determination.measured,
        credits: determination.credits ?? 0,
        meetsRequirement: determination.eligible,
        missing: determination.missing ?? 0,
        evidence: determination.evidence,
      };
    });
    return {
      schoolId: question.schoolId,
      policyId: policy.id,
      version: policy.version,
      sources: policy.sources ?? [],
      requiredMinutes: requirement.requiredMinutes,
      minutesPerCredit: policy.minutesPerCredit,
      maxCredits: policy.maxCredits,
      period: period ?? (question.period ? { ...question.period } : null),
      asOf: question.asOf,
      students: rows,
    };
  }

  private creditPolicy(policyId: string, asOf: string): ServiceCreditsPolicy {
    const policy = this.policies.inForceAt(policyId, asOf, this.config.timezone);
    if (!policy) {
      throw new DomainError('POLICY_NOT_FOUND', `No policy ${policyId} is in force`, 'policy');
    }
    if (policy.kind !== 'service-credits') {
      throw new DomainError(
        'NOT_A_CREDIT_POLICY',
        `Policy ${policyId} is a ${policy.kind} policy; a school roster needs a service-credits policy`,
        'policy',
      );
    }
    return policy;
  }

  private async withPersonalData<T extends { volunteerId: string; name: string; birthDate: string }>(
    students: readonly T[],
  ): Promise<T[]> {
    const people = await this.personalData.store.findMany(students.map((student) => student.volunteerId));
    return students.flatMap((student) => {
      const person = people.get(student.volunteerId);
      return person?.status === 'present'
        ? [{ ...student, name: maskName(person.record.name), birthDate: person.record.birthDate }]
        : [];
    });
  }
}
