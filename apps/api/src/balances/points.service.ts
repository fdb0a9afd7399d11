import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { honourPointsFor, pointsFor, type PolicySet } from '@vl/domain';
import { AwardQuery, BalanceQuery, type ConfirmedEntry, type HeldHonour } from '@vl/read-model';
import { LEDGER_CONFIG, POLICY_SET } from '@vl/platform';

/**
 * Points in the balance: each entry priced by the points policy version in force when it was served, plus
 * the points the honours held at that moment carry under the version in force when each was granted.
 */
@Injectable()
export class PointsService {
  constructor(
    private readonly balances: BalanceQuery,
    private readonly awards: AwardQuery,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async pointsOf(
    volunteerId: string,
    when: { asOf?: string; asKnownAt?: string; now?: string },
  ): Promise<number> {
    const [entries, honours] = await Promise.all([
      this.balances.confirmedEntries(volunteerId, when),
      this.awards.honoursOf([volunteerId], when),
    ]);
    return this.pointsFrom(entries, honours.get(volunteerId) ?? []);
  }

  /** The same from figures already read: confirmed entries and the honours held. */
  pointsFrom(entries: readonly ConfirmedEntry[], held: readonly HeldHonour[]): number {
    const timeZone = this.config.timezone;
    const honourPoints = held.length === 0 ? 0 : honourPointsFor(held, this.policies, { timeZone });
    return pointsFor(entries, this.policies, { timeZone, honourPoints }).points;
  }
}
