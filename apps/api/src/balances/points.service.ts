import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { pointsFor, type PolicySet } from '@vl/domain';
import { BalanceQuery, LEDGER_CONFIG, POLICY_SET } from '@vl/read-model';

/** Points in the balance, each entry priced by the points policy version in force when it was served. */
@Injectable()
export class PointsService {
  constructor(
    private readonly balances: BalanceQuery,
    @Inject(POLICY_SET) private readonly policies: PolicySet,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async pointsOf(volunteerId: string, when: { asOf?: string; asKnownAt?: string }): Promise<number> {
    const entries = await this.balances.confirmedEntries(volunteerId, when);
    return pointsFor(entries, this.policies, { timeZone: this.config.timezone }).points;
  }
}
