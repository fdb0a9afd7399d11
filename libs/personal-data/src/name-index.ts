import { createHmac, hkdfSync } from 'node:crypto';
import { type MasterKey } from './envelope-cipher.js';

const NAME_INDEX_INFO = 'volunteer-ledger/personal-data/name-index/v1';

/** The form a name is indexed and searched in: compatibility-normalised, trimmed, spaces folded, lower case. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * A keyed blind index of a full name: HMAC-SHA256 of the normalised name under a key derived (HKDF-SHA256)
 * from a master key. Equal names give equal indexes, so an exact full-name search needs no decryption,
 * while the index alone tells nothing of the name to anyone without the master key. Null for an empty name.
 */
export function nameIndex(master: MasterKey, name: string): Buffer | null {
  const normalised = normaliseName(name);
  if (normalised === '') return null;
  const key = Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), NAME_INDEX_INFO, 32));
  const digest = createHmac('sha256', key).update(normalised, 'utf8').digest();
  key.fill(0);
  return digest;
}
