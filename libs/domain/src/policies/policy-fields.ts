import { type JsonCursor, type JsonObject } from './json-cursor.js';
import { type LocalizedText } from './policy.types.js';

/** Policy, tier and band ids: short, URL- and stream-name-safe. */
export const POLICY_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function parseLocalizedText(cursor: JsonCursor): LocalizedText {
  const fields = cursor.object(['zh', 'en']);
  return { zh: fields.get('zh').string(), en: fields.get('en').string() };
}

/** The field a duration bar was written in, for pointing at it in an error. */
export const durationField = (fields: JsonObject): JsonCursor =>
  fields.optional('minutes') ?? fields.get('hours');

/**
 * A duration bar written as `hours` (as published: "100 hours") or `minutes` (the ledger's unit), never
 * both; held as whole minutes so that comparisons with the ledger are exact.
 */
export function parseDurationMinutes(fields: JsonObject): number {
  const hours = fields.optional('hours');
  const minutes = fields.optional('minutes');
  if (hours && minutes) minutes.fail('give either hours or minutes, not both');
  if (minutes) return minutes.integer(1);
  if (!hours) return fields.get('hours').fail('is required (or minutes)');
  const value = hours.hundredths(false) * 60;
  const whole = Math.round(value);
  if (Math.abs(value - whole) > 1e-6) hours.fail('must be a whole number of minutes');
  return whole;
}

/** An optional category filter; absent means every category counts. */
export function parseCategories(fields: JsonObject): { categories?: readonly string[] } {
  const cursor = fields.optional('categories');
  if (!cursor) return {};
  const categories = cursor.array(1).map((item) => item.string());
  return { categories };
}

export function requireUnique(cursors: readonly JsonCursor[], values: readonly string[], what: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) cursors[index]?.fail(`duplicate ${what} ${JSON.stringify(value)}`);
    seen.add(value);
  });
}
