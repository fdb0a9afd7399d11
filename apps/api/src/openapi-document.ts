import { type LedgerConfig, loadConfig } from '@vl/config';
import { createLedgerApp } from './bootstrap.js';

/** The configuration the document is taken with: the API role alone, on a throw-away embedded store. */
export function documentConfig(): LedgerConfig {
  return loadConfig({ DATA_DIR: 'memory://', LEDGER_ROLES: 'api', LOG_LEVEL: 'error' });
}

/** The OpenAPI document exactly as /docs/openapi.json serves it, from an app that never listens. */
export async function openApiDocument(config: LedgerConfig = documentConfig()): Promise<unknown> {
  const ledger = await createLedgerApp(config, { listen: false, docsUi: false });
  try {
    const response = await ledger.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: '/docs/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`/docs/openapi.json answered ${response.statusCode}`);
    return response.json();
  } finally {
    await ledger.close();
  }
}
