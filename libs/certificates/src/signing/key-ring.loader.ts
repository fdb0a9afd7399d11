import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type JWK } from 'jose';
import { CertificateKeyRing } from './certificate-key-ring.js';
import { KeyRingError } from './key-ring.error.js';
import {
  generateSigningKey,
  importSigningKey,
  type SigningKey,
  type SigningKeyMaterial,
} from './signing-key.js';

/** The file naming the active key id in a key directory; without it the last key id by name signs. */
export const ACTIVE_KID_FILE = 'ACTIVE';

const PEM_SUFFIX = '.pem';
const JWK_SUFFIX = '.jwk.json';

export interface KeyRingLoadOptions {
  /** Overrides the directory's ACTIVE file or the environment's active key id. */
  activeKid?: string;
}

/**
 * Loads every key in a directory: `<kid>.pem` (PKCS8 private or SPKI public) and `<kid>.jwk.json` (a
 * private or public Ed25519 JWK). A retired key is rotated out by replacing its private PEM with its public
 * one, so old certificates still verify while it can no longer sign.
 */
export async function loadKeyRingFromDirectory(
  directory: string,
  options: KeyRingLoadOptions = {},
): Promise<CertificateKeyRing> {
  const { keys, activeKid } = await readKeyDirectory(directory);
  if (!keys.some((key) => key.privateKey)) {
    throw new KeyRingError('NO_SIGNING_KEY', `No private key (<kid>${PEM_SUFFIX}) in ${directory}`);
  }
  return new CertificateKeyRing(keys, options.activeKid ?? activeKid);
}

/**
 * The embedded default's convenience: a directory with no private key gets a fresh one (and is created if
 * missing), so a first start needs no setup. Production mounts its keys instead.
 */
export async function loadOrCreateKeyRing(
  directory: string,
  options: KeyRingLoadOptions = {},
): Promise<CertificateKeyRing> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const { keys } = await readKeyDirectory(directory);
  if (!keys.some((key) => key.privateKey)) await writeNewSigningKey(directory);
  return loadKeyRingFromDirectory(directory, options);
}

/**
 * Writes a new private key (mode 600) and, unless told otherwise, makes it the active one: the rotation
 * step. The previous keys stay in the directory and in the published set.
 */
export async function writeNewSigningKey(
  directory: string,
  options: { kid?: string; activate?: boolean } = {},
): Promise<string> {
  const generated = await generateSigningKey(options.kid);
  const kid = generated.key.kid;
  assertFileSafeKid(kid);
  const path = join(directory, `${kid}${PEM_SUFFIX}`);
  await writeFile(path, generated.privateKeyPem, { mode: 0o600, flag: 'wx' });
  await chmod(path, 0o600);
  if (options.activate ?? true) await writeFile(join(directory, ACTIVE_KID_FILE), `${kid}\n`);
  return kid;
}

/** Environment variables read by loadKeyRingFromEnv. */
export const KEY_RING_ENV = {
  /** A JWK set (JSON) of Ed25519 keys, private ones to sign, public ones for retired keys. */
  jwks: 'CERTIFICATE_SIGNING_JWKS',
  /** A PKCS8 PEM; `\n` escapes are accepted since many secret stores keep one line. */
  pem: 'CERTIFICATE_SIGNING_KEY',
  /** The key id of CERTIFICATE_SIGNING_KEY. */
  pemKid: 'CERTIFICATE_SIGNING_KID',
  /** Which key signs, when several are given. */
  activeKid: 'CERTIFICATE_ACTIVE_KID',
} as const;

/** Keys from the environment, for platforms that inject secrets as variables; undefined when none are set. */
export async function loadKeyRingFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  options: KeyRingLoadOptions = {},
): Promise<CertificateKeyRing | undefined> {
  const materials: SigningKeyMaterial[] = [];
  const jwksText = env[KEY_RING_ENV.jwks]?.trim();
  if (jwksText) materials.push(...jwkMaterials(jwksText, KEY_RING_ENV.jwks));
  const pem = env[KEY_RING_ENV.pem]?.trim();
  if (pem) {
    const kid = env[KEY_RING_ENV.pemKid]?.trim();
    if (!kid) throw new KeyRingError('INVALID_KEY', `${KEY_RING_ENV.pem} needs ${KEY_RING_ENV.pemKid}`);
    materials.push({ format: 'pem', kid, pem: pem.replaceAll('\\n', '\n') });
  }
  if (materials.length === 0) return undefined;
  const keys = await Promise.all(materials.map(importSigningKey));
  return new CertificateKeyRing(
    keys,
    options.activeKid ?? (env[KEY_RING_ENV.activeKid]?.trim() || undefined),
  );
}

async function readKeyDirectory(directory: string): Promise<{ keys: SigningKey[]; activeKid?: string }> {
  const names = (await readdir(directory)).sort();
  const materials: SigningKeyMaterial[] = [];
  for (const name of names) {
    const path = join(directory, name);
    if (name.endsWith(JWK_SUFFIX)) {
      const kid = name.slice(0, -JWK_SUFFIX.length);
      const [material, ...extra] = jwkMaterials(await readFile(path, 'utf8'), path, kid);
      if (!material || extra.length > 0) throw new KeyRingError('INVALID_KEY', `${path} must hold one JWK`);
      materials.push(material);
    } else if (name.endsWith(PEM_SUFFIX)) {
      materials.push({
        format: 'pem',
        kid: name.slice(0, -PEM_SUFFIX.length),
        pem: await readFile(path, 'utf8'),
      });
    }
  }
  const keys = await Promise.all(materials.map(importSigningKey));
  const active = names.includes(ACTIVE_KID_FILE)
    ? (await readFile(join(directory, ACTIVE_KID_FILE), 'utf8')).trim() || undefined
    : undefined;
  return active === undefined ? { keys } : { keys, activeKid: active };
}

/** One JWK or a JWK set, parsed from text; the file name gives the kid when the JWK has none. */
function jwkMaterials(text: string, source: string, fileKid?: string): SigningKeyMaterial[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyRingError('INVALID_KEY', `${source} is not JSON`);
  }
  const list = isJwkSet(parsed) ? parsed.keys : [parsed];
  return list.map((jwk) => {
    if (typeof jwk !== 'object' || jwk === null)
      throw new KeyRingError('INVALID_KEY', `${source}: not a JWK`);
    const key = jwk as JWK;
    const kid = key.kid ?? fileKid;
    if (!kid) throw new KeyRingError('INVALID_KEY', `${source}: every JWK needs a kid`);
    return { format: 'jwk', jwk: key, kid };
  });
}

function isJwkSet(value: unknown): value is { keys: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { keys?: unknown }).keys);
}

function assertFileSafeKid(kid: string): void {
  if (!/^[\w.-]{1,64}$/.test(kid) || kid.startsWith('.')) {
    throw new KeyRingError('INVALID_KEY', `"${kid}" cannot name a key file`);
  }
}
