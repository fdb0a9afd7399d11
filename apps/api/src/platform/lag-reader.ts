import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type EventStore } from '@vl/event-store';
import { Publisher } from '@vl/messaging';
import { EVENT_STORE } from '@vl/platform';
import { ReadModelStatus } from '@vl/read-model';
import { type LagSources } from './metrics/ledger-metrics.js';

/** Reads how far the read models and the publisher are behind the store, for health and metrics. */
@Injectable()
export class LagReader implements LagSources {
  private publisherRef: Publisher | null | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly status: ReadModelStatus,
    private readonly modules: ModuleRef,
  ) {}

  storeHead(): Promise<number> {
    return this.store.headPosition();
  }

  projectorPosition(): Promise<number> {
    return this.status.position();
  }

  async oldestUnprojectedAt(position: number): Promise<Date | undefined> {
    const [next] = await this.store.readAll({ fromPosition: position, maxCount: 1 });
    return next?.createdAt;
  }

  /** The publisher of this process, when it runs one (KAFKA_BROKERS set and the publisher role on). */
  publisher(): { state: string; position: number } | undefined {
    if (this.publisherRef === undefined) {
      try {
        this.publisherRef = this.modules.get(Publisher, { strict: false });
      } catch {
        this.publisherRef = null;
      }
    }
    return this.publisherRef?.status();
  }
}
