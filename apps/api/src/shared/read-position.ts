import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { ReadModelStatus } from '@vl/read-model';
import { LEDGER_CONFIG } from '@vl/platform';

/** The read model's position, after waiting (bounded) for `minPosition` when a client asks to read its writes. */
@Injectable()
export class ReadPosition {
  constructor(
    private readonly status: ReadModelStatus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  caughtUp(minPosition: number | undefined): Promise<number> {
    return minPosition === undefined
      ? this.status.position()
      : this.status.waitFor(minPosition, this.config.minPositionWaitMs);
  }
}
