import { loadConfig, loadPolicyDirectory } from '@vl/config';
import { Projector } from '@vl/read-model';
import { planDemoCity, planFigures } from '../demo/demo-plan.js';
import { DemoConflictError, seedDemo } from '../demo/seed-demo.js';
import { UsageError } from '../cli-errors.js';
import { progressBar } from '../progress.js';
import { connectLedger } from './ledger-connection.js';

export interface SeedDemoOptions {
  readonly seed: number;
  readonly scale: number;
  readonly figures?: boolean;
  readonly project: boolean;
}

/**
 * Seeds the demo city into the configured ledger, then brings the read models up to date so the pages show
 * it at once. Prints one JSON line: what was appended (nothing on a second run) and how long it took.
 */
export async function seedDemoCommand(options: SeedDemoOptions): Promise<number> {
  const started = Date.now();
  const plan = planDemoCity(options.seed, options.scale);
  if (options.figures) {
    process.stdout.write(`${JSON.stringify({ seed: plan.seed, scale: plan.scale, ...planFigures(plan) })}\n`);
    return 0;
  }
  const config = loadConfig();
  const policies = await loadPolicyDirectory(config.policiesDir);
  const ledger = await connectLedger(config);
  try {
    const seeding = progressBar('seed-demo');
    const result = await seedDemo({
      store: ledger.store,
      people: await ledger.people(),
      plan,
      policies,
      timeZone: config.timezone,
      onProgress: (done, total) => seeding.update(done, total),
    }).catch((error: unknown) => {
      if (error instanceof DemoConflictError) throw new UsageError(error.message);
      throw error;
    });
    const seeded = Date.now();
    seeding.stop(
      result.alreadySeeded
        ? 'this demo city is already in the ledger; nothing appended'
        : `${result.events} events in ${result.streams} streams, ${((seeded - started) / 1000).toFixed(1)} s`,
    );
    let projectedTo: number | null = null;
    if (options.project) {
      const head = await ledger.store.headPosition();
      const projecting = progressBar('read models');
      const projector = new Projector(ledger.sql, ledger.store, {
        timeZone: config.timezone,
        batchSize: 2000,
      });
      projector.onProgress((position) => projecting.update(position, head));
      projectedTo = await projector.catchUp();
      projecting.stop(`up to position ${projectedTo}, ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
    }
    process.stdout.write(
      `${JSON.stringify({
        seed: plan.seed,
        scale: plan.scale,
        alreadySeeded: result.alreadySeeded,
        appendedEvents: result.events,
        streams: result.streams,
        projectedTo,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      })}\n`,
    );
    return 0;
  } finally {
    await ledger.close();
  }
}
