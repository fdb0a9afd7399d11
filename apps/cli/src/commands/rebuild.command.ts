import { Projector } from '@vl/read-model';
import { connectLedger } from './ledger-connection.js';

/** Empties the read models and replays the whole store; stop the projector role first. */
export const rebuildCommand = {
  summary: 'rebuild the read models from position 0 (stop the projector first)',
  async run(): Promise<number> {
    const ledger = await connectLedger();
    try {
      const started = Date.now();
      const projector = new Projector(ledger.sql, ledger.store, {
        timeZone: ledger.config.timezone,
        batchSize: 2000,
      });
      const position = await projector.rebuild();
      console.log(`Rebuilt the read models up to position ${position} in ${Date.now() - started} ms`);
      return 0;
    } finally {
      await ledger.close();
    }
  },
};
