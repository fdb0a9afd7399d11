import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KEY_BYTES, keyRing, type MasterKeyRing } from './envelope-cipher.js';

export interface MasterKeySource {
  /** PERSONAL_DATA_MASTER_KEY: 32 bytes, base64. */
  readonly masterKey?: string | undefined;
  /** PERSONAL_DATA_RETIRED_KEYS: earlier master keys, base64, comma-separated, kept while re-wrapping. */
  readonly retiredKeys?: string | undefined;
  /** Where a key is created on first start when no key is configured (DATA_DIR/personal-data.key). */
  readonly keyFile?: string | undefined;
}

export class MasterKeyError extends Error {
  override readonly name = 'MasterKeyError';
}

function decodeKey(variable: string, value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new MasterKeyError(`${variable} must be ${KEY_BYTES} bytes in base64 (openssl rand -base64 32)`);
  }
  return key;
}

/**
 * The configured key wins; else the key file, created (mode 0600) on first start. With neither (an
 * in-memory ledger) a key lives as long as the process, as the data does.
 */
export async function loadMasterKeyRing(source: MasterKeySource): Promise<MasterKeyRing> {
  const retired = (source.retiredKeys ?? '')
    .split(',')
    .filter((part) => part.trim() !== '')
    .map((part) => decodeKey('PERSONAL_DATA_RETIRED_KEYS', part));
  if (source.masterKey !== undefined && source.masterKey.trim() !== '') {
    return keyRing(decodeKey('PERSONAL_DATA_MASTER_KEY', source.masterKey), retired);
  }
  if (source.keyFile === undefined) return keyRing(randomBytes(KEY_BYTES), retired);
  let text: string | undefined;
  try {
    text = await readFile(source.keyFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text === undefined) {
    await mkdir(dirname(source.keyFile), { recursive: true });
    text = randomBytes(KEY_BYTES).toString('base64');
    try {
      await writeFile(source.keyFile, `${text}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      text = await readFile(source.keyFile, 'utf8');
    }
  }
  return keyRing(decodeKey(source.keyFile, text), retired);
}
