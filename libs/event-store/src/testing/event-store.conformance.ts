import { type EventStore } from '../event-store.port.js';
import { describeAppendConformance, describeDuplicateIdConformance } from './append.conformance.js';
import { describeConcurrencyConformance } from './concurrency.conformance.js';
import { type ConformanceContext, type ConformanceOptions } from './conformance-fixtures.js';
import { describeReadConformance } from './read.conformance.js';
import { describeRequestKeyConformance } from './request-key.conformance.js';
import { describeSubscriptionConformance } from './subscription.conformance.js';
import { describeUnchangedReadsConformance } from './unchanged-reads.conformance.js';

export type { ConformanceOptions } from './conformance-fixtures.js';

/** A database for one suite run: stores open on it, and it is cleaned up at the end. */
export interface ConformanceHarness {
  /** A store on the suite's database; called once for the main store and again for extra writers and readers. */
  open(): Promise<EventStore>;
  /** Called after every store opened has been closed. */
  dispose(): Promise<void>;
}

const DEFAULTS: ConformanceOptions = {
  rejectsDuplicateIdsElsewhere: true,
  concurrentWriters: 8,
  appendsPerWriter: 200,
};

/**
 * The behaviour every EventStore adapter must share, written once against the port. Tests use fresh
 * stream names and positions relative to the head, so a long-lived server can be reused.
 */
export function describeEventStoreConformance(
  name: string,
  setup: () => Promise<ConformanceHarness>,
  overrides: Partial<ConformanceOptions> & { readonly skipReason?: string } = {},
): void {
  if (overrides.skipReason) {
    console.warn(`${name}: conformance suite skipped (${overrides.skipReason})`);
    describe.skip(`${name} (skipped: ${overrides.skipReason})`, () => {
      it('conforms to the event store port', () => undefined);
    });
    return;
  }
  const options: ConformanceOptions = { ...DEFAULTS, ...overrides };
  let harness: ConformanceHarness | undefined;
  let main: EventStore | undefined;
  const opened: EventStore[] = [];

  const context: ConformanceContext = {
    store: () => {
      if (!main) throw new Error('The conformance store is not open');
      return main;
    },
    open: async () => {
      if (!harness) throw new Error('The conformance harness is not set up');
      const store = await harness.open();
      opened.push(store);
      return store;
    },
    options,
  };

  describe(name, () => {
    beforeAll(async () => {
      harness = await setup();
      main = await context.open();
    });

    afterAll(async () => {
      await Promise.all(opened.map((store) => store.close()));
      await harness?.dispose();
    });

    describeAppendConformance(context);
    if (options.rejectsDuplicateIdsElsewhere) describeDuplicateIdConformance(context);
    describeReadConformance(context);
    describeSubscriptionConformance(context);
    describeConcurrencyConformance(context);
    describeRequestKeyConformance(context);
    describeUnchangedReadsConformance(context);
  });
}
