import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client is rate-limited under. An IPv6 client usually holds a whole /64, so keying on the full
 * address would give it billions of fresh budgets; IPv4-mapped addresses count as the IPv4 client they are.
 */
export function clientKey(address: string | undefined): string {
  if (address === undefined || address.length === 0) return 'unknown';
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  if (!isIPv6(plain)) return plain;
  return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, without leading zeros (an embedded IPv4 counts as two). */
function ipv6Groups(address: string): string[] {
  const [headPart = '', tailPart] = address.split('::');
  const head = headPart === '' ? [] : headPart.split(':');
  const tail = tailPart === undefined || tailPart === '' ? [] : tailPart.split(':');
  const width = (groups: string[]): number =>
    groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const gap = tailPart === undefined ? 0 : 8 - width(head) - width(tail);
  return [...head, ...Array.from({ length: gap }, () => '0'), ...tail].map((group) =>
    group.includes('.') ? group : Number.parseInt(group, 16).toString(16),
  );
}
