import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { MISSED_CHECK_OUT_AFTER_MS } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { randomUUID } from 'node:crypto';
import { LEDGER_CONFIG } from '@vl/platform';
import { CLOCK, type Clock } from '../shared/clock.js';
import { type CommandContext } from '../shared/command-context.js';
import { VolunteerStreams } from '../shared/streams.js';

const SWEEP_INTERVAL_MS = 60_000;
const BATCH = 100;

/**
 * A missed check-out must not pile up hours: sessions still open two hours after their activity's end are
 * closed at that end, pending an organiser's review. The decider decides; this only finds candidates.
 */
@Injectable()
export class MissedCheckOutSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(MissedCheckOutSweeper.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly directory: DirectoryQuery,
    private readonly volunteers: VolunteerStreams,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepSafely(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Closes every overdue open session; answers how many were closed. */
  async sweep(now = this.clock.now()): Promise<number> {
    const cutoff = new Date(now.getTime() - MISSED_CHECK_OUT_AFTER_MS).toISOString();
    const context: CommandContext = {
      actor: { sub: 'system:missed-check-out', roles: ['admin'], org: '*' },
      correlationId: randomUUID(),
      idempotencySeed: undefined,
    };
    let closed = 0;
    for (const candidate of await this.directory.openSessionsEndedBefore(cutoff, BATCH)) {
      const { events } = await this.volunteers.handle(
        context,
        candidate.volunteerId,
        { type: 'CloseMissedCheckOut', data: { now: now.toISOString() } },
        { occurredAt: now.toISOString() },
      );
      closed += events.length;
    }
    return closed;
  }

  private async sweepSafely(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const closed = await this.running;
      if (closed > 0)
        this.log.log(`Closed ${closed} session(s) with a missed check-out (${this.config.timezone})`);
    } catch (error) {
      this.log.warn(`Missed check-out sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
