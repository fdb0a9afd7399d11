import { DomainError } from '@vl/domain';
import { decodeCursor, encodeCursor, toPage } from './keyset-cursor.js';

const encoded = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function refusal(cursor: string, kinds: ('text' | 'instant')[]): unknown {
  try {
    decodeCursor(cursor, kinds);
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, field: error.field } : error;
  }
  return 'accepted';
}

describe('keyset cursors', () => {
  it('give back the keys they were made of', () => {
    const keys = ['2024-07-01T01:00:00.000Z', '会话-1'];
    const cursor = encodeCursor(keys);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ['instant', 'text'])).toEqual(keys);
  });

  it.each([
    ['not base64url', 'x y', ['text']],
    ['not JSON', Buffer.from('[1,').toString('base64url'), ['text']],
    ['not an array', encoded({ id: 'v-1' }), ['text']],
    ['a key too few', encoded(['v-1']), ['instant', 'text']],
    ['a key too many', encoded(['v-1', 'v-2']), ['text']],
    ['a number for a key', encoded([7]), ['text']],
    ['a NUL in a key', encoded(['v\u0000']), ['text']],
    ['a key too long', encoded(['x'.repeat(257)]), ['text']],
    ['an instant that is none', encoded(['2024-02-30T00:00:00Z', 'a']), ['instant', 'text']],
    ['an instant out of range', encoded(['0000-01-01T00:00:00Z', 'a']), ['instant', 'text']],
    ['a bare number as an instant', encoded(['1720000000000', 'a']), ['instant', 'text']],
    ['empty', '', ['text']],
  ] as const)('refuses %s as a 400 naming the cursor', (_, cursor, kinds) => {
    expect(refusal(cursor, [...kinds])).toEqual({ code: 'VALIDATION_FAILED', field: 'cursor' });
  });

  it('pages one row beyond the limit into a cursor after the last item shown', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toPage(
      rows,
      2,
      (row) => [row.id],
      (row) => row.id,
    );
    expect(page.items).toEqual(['a', 'b']);
    expect(decodeCursor(page.nextCursor ?? '', ['text'])).toEqual(['b']);
    expect(
      toPage(
        rows,
        3,
        (row) => [row.id],
        (row) => row.id,
      ).nextCursor,
    ).toBeNull();
  });
});
