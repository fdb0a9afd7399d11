/**
 * bigint columns (positions, revisions, counts) as JS numbers. Values past 2^53 would lose precision
 * silently, so they fail loudly instead.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} does not fit a JS number`);
  return value;
}

export const INT8_OID = 20;
export const INT8_ARRAY_OID = 1016;
