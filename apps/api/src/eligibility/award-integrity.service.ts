import { Inject, Injectable, Logger } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { determine, isEligibilityPolicy, type PolicySet } from '@vl/domain';
import { AwardQuery, type AwardView, BalanceQuery, DirectoryQuery, type EntryChange } from '@vl/read-model';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';
import { maskName } from '@vl/personal-data';
import { PersonalData } from '../personal-data/personal-data.service.js';

export interface ChangedEntry {
  readonly entryId: string;
  readonly minutesAtGrant: number;
  readonly minutesNow: number;
  /** What happened to it since the grant: corrections and revocations, with who and why. */
  readonly changes: readonly EntryChange[];
}

/** An honour whose supporting hours no longer carry it: flagged for review, never silently kept. */
export interface AwardIntegrityFinding {
  readonly award: AwardView;
  readonly unit: 'minutes' | 'points';
  readonly threshold: number;
  readonly measuredAtGrant: number;
  readonly measuredNow: number;
  readonly missing: number | null;
  readonly unmet: readonly string[];
  readonly changedEntries: readonly ChangedEntry[];
}

/**
 * Re-decides every held award on the ledger as it is known now, at the moment it was granted: the same
 * policy version and the same evaluation date, so only corrections and revocations can change the answer.
 */
@Injectable()
export class AwardIntegrityService {
  private readonly log = new Logger(AwardIntegrityService.name);

  constructor(
    private readonly awards: AwardQuery,
    private readonly balances: BalanceQuery,
    private readonly directory: DirectoryQuery,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly personalData: PersonalData,
  ) {}

  async findings(organizationId: string): Promise<AwardIntegrityFinding[]> {
    const findings: AwardIntegrityFinding[] = [];
    for (const award of await this.awards.heldInSubtree(organizationId)) {
      const finding = await this.check(award);
      if (finding) findings.push(finding);
    }
    return findings;
  }

  private async check(award: AwardView): Promise<AwardIntegrityFinding | undefined> {
    const policy = this.policies
      .versions(award.policyId)
      .find((version) => version.version === award.version);
    const profile = await this.directory.volunteerProfile(award.volunteerId);
    // The age rules need the birth date, kept only in the personal-data store; an erased person's award
    // cannot be re-decided and is left out, as the audit list leaves them out.
    const person = profile ? await this.personalData.find(award.volunteerId) : undefined;
    if (!policy || !isEligibilityPolicy(policy) || !profile || person?.status !== 'present') {
      this.log.warn(`award ${award.awardId}: ${award.policyId} v${award.version} cannot be re-checked`);
      return undefined;
    }
    const volunteer = { ...profile, name: maskName(person.record.name), birthDate: person.record.birthDate };
    const [entriesNow, honours] = await Promise.all([
      this.balances.confirmedEntries(award.volunteerId),
      this.awards.honoursOf([award.volunteerId], { asOf: award.grantedAt }),
    ]);
    const now = determine(this.policies, policy, {
      volunteer,
      entries: entriesNow,
      honours: honours.get(award.volunteerId) ?? [],
      asOf: award.grantedAt,
      timeZone: this.config.timezone,
      targetTier: award.tier,
    });
    if (now.eligible) return undefined;
    const atGrant = await this.balances.confirmedEntries(award.volunteerId, { asKnownAt: award.recordedAt });
    const minutesAt = new Map(atGrant.map((entry) => [entry.entryId, entry.minutes]));
    const minutesNow = new Map(entriesNow.map((entry) => [entry.entryId, entry.minutes]));
    const changed = award.evidence.filter((id) => (minutesAt.get(id) ?? 0) !== (minutesNow.get(id) ?? 0));
    const changes = await this.awards.changesSince(changed, award.recordedAt);
    return {
      award,
      unit: award.unit,
      threshold: award.threshold,
      measuredAtGrant: award.measured,
      measuredNow: now.measured,
      missing: now.missing,
      unmet: now.unmet.map((condition) => condition.name),
      changedEntries: changed.map((entryId) => ({
        entryId,
        minutesAtGrant: minutesAt.get(entryId) ?? 0,
        minutesNow: minutesNow.get(entryId) ?? 0,
        changes: changes.filter((change) => change.entryId === entryId),
      })),
    };
  }
}
