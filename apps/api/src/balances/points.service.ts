import { Injectable } from '@nestjs/common';
import { type BalanceView } from '@vl/read-model';

/** Points in the balance, from the points policy in force when the hours were served. */
@Injectable()
export class PointsService {
  // eslint-disable-next-line @typescript-eslint/require-await
  async pointsOf(_volunteerId: string, balance: BalanceView, _when: { asOf?: string; asKnownAt?: string }): Promise<number> {
    return Math.floor((balance.confirmedMinutes * 2) / 60);
  }
}
