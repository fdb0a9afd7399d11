import { Logger, type Provider } from '@nestjs/common';
import {
  CertificateKeyRing,
  generateSigningKey,
  loadKeyRingFromEnv,
  loadOrCreateKeyRing,
} from '@vl/certificates';
import { type LedgerConfig } from '@vl/config';
import { LEDGER_CONFIG } from '@vl/platform';

export const CERTIFICATE_KEY_RING = Symbol('CERTIFICATE_KEY_RING');

const log = new Logger('CertificateKeys');

/**
 * Keys from the environment when given there; otherwise the key directory (DATA_DIR/certificate-keys by
 * default), where a first key is created on first start; for an in-memory database, a key for this process.
 */
export async function loadCertificateKeyRing(config: LedgerConfig): Promise<CertificateKeyRing> {
  const fromEnv = await loadKeyRingFromEnv(config.certificateSigningEnv);
  if (fromEnv) {
    log.log(`Signing certificates with key ${fromEnv.activeKid} from the environment`);
    return fromEnv;
  }
  if (config.certificateKeysDir !== undefined) {
    const ring = await loadOrCreateKeyRing(config.certificateKeysDir);
    log.log(`Signing certificates with key ${ring.activeKid} from ${config.certificateKeysDir}`);
    return ring;
  }
  const { key } = await generateSigningKey();
  log.warn(`Signing certificates with key ${key.kid}, generated for this process only`);
  return new CertificateKeyRing([key]);
}

export const certificateKeyRingProvider: Provider = {
  provide: CERTIFICATE_KEY_RING,
  inject: [LEDGER_CONFIG],
  useFactory: loadCertificateKeyRing,
};
