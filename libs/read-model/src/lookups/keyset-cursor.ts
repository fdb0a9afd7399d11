import { DomainError } from '@vl/domain';
import { iso } from '../queries/ledger.query.js';

export { iso };

/** One page of a lookup: the items and the cursor of the next page, null on the last one. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly limit: number;
  /** nextCursor of the previous page. */
  readonly cursor?: string;
}

/** What each position of a cursor holds: free text (a name, an id) or an instant. */
export type KeyKind = 'text' | 'instant';

const MAX_KEY_LENGTH = 256;
/** The first instant the ledger's validators accept: before it, PostgreSQL and JavaScript disagree. */
const EARLIEST_INSTANT = Date.UTC(1000, 0, 1);

/** The sort key and id of the last item of a page, as an opaque URL-safe string. */
export function encodeCursor(keys: readonly string[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/**
 * The keys a cursor carries, checked against the shape the list sorts by; anything else is the client's
 * mistake, a 400 naming `cursor`, never a query that fails in the database.
 */
export function decodeCursor(cursor: string, kinds: readonly KeyKind[]): string[] {
  const keys = parse(cursor);
  if (
    keys === undefined ||
    keys.length !== kinds.length ||
    !keys.every((key, i) => isKey(key, kinds[i] ?? 'text'))
  ) {
    throw new DomainError('VALIDATION_FAILED', 'cursor is not a cursor this list gave out', 'cursor');
  }
  return keys as string[];
}

function parse(cursor: string): unknown[] | undefined {
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isKey(key: unknown, kind: KeyKind): boolean {
  if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || key.includes('\u0000')) return false;
  if (kind === 'text') return true;
  // Cursors carry instants as toISOString wrote them; anything else (2024-02-30, a bare number) is forged.
  const parsed = Date.parse(key);
  return (
    !Number.isNaN(parsed) &&
    parsed >= EARLIEST_INSTANT &&
    key.length === 24 &&
    new Date(parsed).toISOString() === key
  );
}

/** Takes one row more than the page to know whether another page follows. */
export function toPage<Row, T>(
  rows: readonly Row[],
  limit: number,
  keysOf: (row: Row) => readonly string[],
  map: (row: Row) => T,
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keysOf(last)) : null,
  };
}

export function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}
