import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@vl/config';
import { createLedgerApp } from './bootstrap.js';

/** Runs the roles of LEDGER_ROLES (all three by default) in one process, on PGlite unless configured. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const ledger = await createLedgerApp(config);
  // A signal drains the requests in flight and stops the roles, then the process ends with 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      ledger.close(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          new Logger('Main').error(`Shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  new Logger('Main').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
