import { createHash } from 'node:crypto';

const digest = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex');

/** The same source and record id always make the same session id: a second run finds it and skips. */
export function historicalSessionId(source: string, recordId: string): string {
  return `hist-${digest('session', source, recordId).slice(0, 40)}`;
}

/** The activity that holds the rows naming only an organisation, per source and month. */
export function historicalActivityId(source: string, organizationId: string, month: string): string {
  return `hist-${digest('activity', source, organizationId, month).slice(0, 40)}`;
}

/** A name-based UUID (version 5 layout), so a retried append carries the same event ids. */
export function eventIdOf(name: string): string {
  const bytes = createHash('sha1').update('volunteer-ledger/import/').update(name).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
