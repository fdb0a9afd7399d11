import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Projector } from '@vl/read-model';
import { LagReader } from './lag-reader.js';
import { InFlightRequests } from './request-observer.js';

/** Says what a shutdown found in flight and where the projector and the publisher stopped. */
@Injectable()
export class ShutdownReport implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly log = new Logger('Shutdown');
  private inFlightAtStart = 0;

  constructor(
    private readonly requests: InFlightRequests,
    private readonly lag: LagReader,
    private readonly modules: ModuleRef,
  ) {}

  beforeApplicationShutdown(signal?: string): void {
    this.inFlightAtStart = this.requests.inFlight;
    this.log.log(
      `Shutting down${signal ? ` on ${signal}` : ''}: draining ${this.inFlightAtStart} request(s) in flight`,
    );
  }

  /** Runs once the HTTP server is closed and the roles have stopped; reads nothing from the store. */
  onApplicationShutdown(): void {
    const projector = this.projector();
    const publisher = this.lag.publisher();
    this.log.log(
      [
        `Shut down cleanly: drained ${this.inFlightAtStart - this.requests.inFlight} request(s)`,
        `${this.requests.total} served in all`,
        ...(projector ? [`projector stopped at position ${projector.checkpoint}`] : []),
        ...(publisher ? [`publisher ${publisher.state} at position ${publisher.position}`] : []),
      ].join('; '),
    );
  }

  private projector(): Projector | undefined {
    try {
      return this.modules.get(Projector, { strict: false });
    } catch {
      return undefined;
    }
  }
}
