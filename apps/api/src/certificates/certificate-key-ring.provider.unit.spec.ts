import { generateSigningKey } from '@vl/certificates';
import { loadConfig } from '@vl/config';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCertificateKeyRing } from './certificate-key-ring.provider.js';

describe('certificate signing keys', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vl-data-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a key in DATA_DIR on first start and signs with it on every start after', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    const first = await loadCertificateKeyRing(config);
    expect(await readdir(join(dataDir, 'certificate-keys'))).toContain(`${first.activeKid}.pem`);
    const again = await loadCertificateKeyRing(config);
    expect(again.activeKid).toBe(first.activeKid);
    expect(again.jwks()).toEqual(first.jwks());
  });

  it('prefers keys given in the environment', async () => {
    const { privateKeyPem } = await generateSigningKey('2026-01');
    const config = loadConfig({
      DATA_DIR: dataDir,
      CERTIFICATE_SIGNING_KEY: privateKeyPem.replaceAll('\n', '\\n'),
      CERTIFICATE_SIGNING_KID: '2026-01',
    });
    const ring = await loadCertificateKeyRing(config);
    expect(ring.activeKid).toBe('2026-01');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('keeps a key in memory for an in-memory database', async () => {
    const ring = await loadCertificateKeyRing(loadConfig({ DATA_DIR: 'memory://' }));
    expect(ring.jwks().keys).toHaveLength(1);
  });
});
