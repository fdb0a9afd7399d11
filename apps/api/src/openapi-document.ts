import { type LedgerConfig, loadConfig } from '@vl/config';
import { createLedgerApp } from './bootstrap.js';

/** The configuration the document is taken with: the API role alone, on a throw-away embedded store. */
export function documentConfig(): LedgerConfig {
  return loadConfig({ DATA_DIR: 'memory://', LEDGER_ROLES: 'api', LOG_LEVEL: 'error' });
}

/** The OpenAPI document /docs/openapi.json serves, from an app that never listens. */
export async function openApiDocument(config: LedgerConfig = documentConfig()): Promise<unknown> {
  const ledger = await createLedgerApp(config, { listen: false, docsUi: false });
  try {
    if (!ledger.openApiDocument) throw new Error('The API role is off: there is no OpenAPI document');
    // As JSON carries it: what the route serves, without undefined fields.
    return JSON.parse(JSON.stringify(ledger.openApiDocument)) as unknown;
  } finally {
    await ledger.close();
  }
}
