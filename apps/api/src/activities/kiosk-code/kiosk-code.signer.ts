import { Logger, type Provider } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { DomainError, type KioskCodeClaim } from '@vl/domain';
import { LEDGER_CONFIG } from '@vl/platform';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const KEY_BYTES = 32;
const MAC_BYTES = 16;
const log = new Logger('KioskCodeSigner');

/**
 * Signs and reads kiosk check-in codes: `<activity id, base64url>.<issued at, epoch seconds, base36>.<mac>`,
 * the MAC an HMAC-SHA256 (truncated to 128 bits) over the first two parts. A symmetric key suits: the ledger
 * alone issues and checks these codes, and a short code keeps the kiosk's QR easy to scan.
 */
export class KioskCodeSigner {
  constructor(private readonly key: Buffer) {}

  sign(claim: KioskCodeClaim): string {
    const body = `${Buffer.from(claim.activityId).toString('base64url')}.${Math.floor(claim.issuedAt / 1000).toString(36)}`;
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The claim of a code this ledger signed; anything else is KIOSK_CODE_INVALID. */
  read(code: string): KioskCodeClaim {
    const parts = code.split('.');
    const [activityPart = '', issuedPart = '', macPart = ''] = parts;
    const mac = Buffer.from(macPart, 'base64url');
    if (
      parts.length !== 3 ||
      !/^[0-9a-z]{1,12}$/.test(issuedPart) ||
      mac.length !== MAC_BYTES ||
      // One spelling per MAC: base64url's last character carries bits the decoder drops, so without this
      // a code with those bits changed would pass as the code issued.
      mac.toString('base64url') !== macPart ||
      !timingSafeEqual(mac, this.mac(`${activityPart}.${issuedPart}`))
    ) {
      throw new DomainError('KIOSK_CODE_INVALID', 'the check-in code is not one this ledger issued', 'code');
    }
    return {
      activityId: Buffer.from(activityPart, 'base64url').toString('utf8'),
      issuedAt: parseInt(issuedPart, 36) * 1000,
    };
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }
}

/** The key from KIOSK_CODE_SECRET, else DATA_DIR/kiosk-code.key (created on first start), else this process's. */
export async function loadKioskCodeSigner(config: LedgerConfig): Promise<KioskCodeSigner> {
  if (config.kioskCodeSecret !== undefined) return new KioskCodeSigner(Buffer.from(config.kioskCodeSecret));
  if (config.kioskCodeKeyFile === undefined) {
    log.warn('Signing kiosk codes with a key generated for this process only');
    return new KioskCodeSigner(randomBytes(KEY_BYTES));
  }
  return new KioskCodeSigner(await loadOrCreateKey(config.kioskCodeKeyFile));
}

async function loadOrCreateKey(file: string): Promise<Buffer> {
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url');
    if (key.length < KEY_BYTES) throw new Error(`${file} holds fewer than ${KEY_BYTES} bytes of key`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  // `wx`: two processes starting at once keep the first key written.
  try {
    await writeFile(file, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    log.log(`Created the kiosk code key in ${file}`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateKey(file);
  }
}

export const kioskCodeSignerProvider: Provider = {
  provide: KioskCodeSigner,
  inject: [LEDGER_CONFIG],
  useFactory: loadKioskCodeSigner,
};
