import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** A master key and its id (the first 16 hex digits of its SHA-256), so a wrapped key names its wrapper. */
export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The active master key wraps new data keys; retired ones still unwrap until every key is re-wrapped. */
export interface MasterKeyRing {
  readonly active: MasterKey;
  readonly retired: readonly MasterKey[];
}

export function masterKeyOf(key: Buffer): MasterKey {
  if (key.length !== KEY_BYTES) throw new Error(`a master key is ${KEY_BYTES} bytes, not ${key.length}`);
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

export function keyRing(active: Buffer, retired: readonly Buffer[] = []): MasterKeyRing {
  return { active: masterKeyOf(active), retired: retired.map(masterKeyOf) };
}

export function findMasterKey(ring: MasterKeyRing, id: string): MasterKey | undefined {
  return ring.active.id === id ? ring.active : ring.retired.find((key) => key.id === id);
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * iv ‖ tag ‖ ciphertext under AES-256-GCM. The associated data binds a sealed value to its owner, so a
 * row's ciphertext copied under another person's id does not open.
 */
export function seal(key: Buffer, plaintext: Buffer, associated: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Buffer, associated: string): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, iv);
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
