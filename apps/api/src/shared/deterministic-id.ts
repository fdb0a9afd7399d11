import { hash, randomUUID } from 'node:crypto';

/**
 * A name-based UUID (version 5 layout, SHA-1) so a retried command yields the same event ids and its
 * append is a no-op in both stores.
 */
export function nameBasedUuid(name: string): string {
  const bytes = hash('sha1', `volunteer-ledger/event/${name}`, 'buffer').subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Event ids for one command: derived from the idempotency key when there is one, random otherwise. */
export function eventIdFactory(seed: string | undefined): (index: number) => string {
  if (seed === undefined) return () => randomUUID();
  // A command asks for the same index more than once (is its first event stored already? then to append it).
  const ids: string[] = [];
  return (index) => (ids[index] ??= nameBasedUuid(`${seed}#${index}`));
}

/** The id of a created record when the client sent none: stable across retries with the same key. */
export function generatedId(seed: string | undefined, kind: string): string {
  return seed === undefined ? randomUUID() : nameBasedUuid(`${seed}#${kind}-id`);
}
