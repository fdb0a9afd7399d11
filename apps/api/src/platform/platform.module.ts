import { type DynamicModule, Module } from '@nestjs/common';
import { LagReader } from './lag-reader.js';
import { LedgerMetrics } from './metrics/ledger-metrics.js';
import { InFlightRequests } from './request-observer.js';
import { ShutdownReport } from './shutdown-report.js';

/** What every role of the process shares: metrics, lag figures, the shutdown report. */
@Module({})
export class PlatformModule {
  static forRoot(metrics: LedgerMetrics, requests: InFlightRequests): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      providers: [
        { provide: LedgerMetrics, useValue: metrics },
        { provide: InFlightRequests, useValue: requests },
        LagReader,
        ShutdownReport,
      ],
      exports: [LedgerMetrics, LagReader],
    };
  }
}
