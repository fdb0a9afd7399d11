import { Inject, Injectable } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { DomainError } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { DirectoryQuery, ReadModelStatus, type SessionLocation } from '@vl/read-model';
import { EVENT_STORE, LEDGER_CONFIG } from '@vl/platform';

/**
 * Finds the volunteer stream a session lives in. The directory is a projection, so when a session is not
 * there yet the locator waits (bounded) for the projector to reach the store's head before saying 404.
 */
@Injectable()
export class SessionLocator {
  constructor(
    private readonly directory: DirectoryQuery,
    private readonly status: ReadModelStatus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async locate(sessionId: string): Promise<SessionLocation> {
    const found = await this.directory.session(sessionId);
    if (found) return found;
    const head = await this.store.headPosition();
    // A projector that cannot catch up answers 503 (retry), never a false 404.
    await this.status.waitFor(head, this.config.minPositionWaitMs);
    const late = await this.directory.session(sessionId);
    if (!late) throw new DomainError('SESSION_NOT_FOUND', `Session ${sessionId} does not exist`, 'id');
    return late;
  }
}
