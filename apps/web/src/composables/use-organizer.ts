import { computed } from 'vue';
import { useSession } from './use-session';

/** The programme's zone is UTC+8 all year (no daylight saving). */
const PROGRAMME_OFFSET = '+08:00';
const OFFSET_MS = 8 * 60 * 60_000;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
// The API's rule for text a person writes: no control characters, no bidirectional overrides.
const FORBIDDEN_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** The organisation the signed-in organiser's roles are bound to (their subtree's root). */
export function useOrganizerScope() {
  const { session } = useSession();
  return computed(() => {
    const org = session.value?.signedIn ? session.value.actor?.org : undefined;
    return org && org !== '*' ? org : undefined;
  });
}

/** A `datetime-local` value read as the programme's wall clock, as an instant with its offset; or undefined. */
export function programmeInstant(local: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const real =
    year >= 1000 &&
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    utc.getUTCMinutes() === minute;
  return real ? `${local}:00${PROGRAMME_OFFSET}` : undefined;
}

/** An instant as the programme's wall clock, in the `datetime-local` form (minutes). */
export function programmeLocal(instant: Date | string | number): string {
  return new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** A whole number typed into a field, within bounds; undefined when it is not one. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
}

/** A decimal number typed into a field, within bounds; undefined when it is not one. */
export function decimalNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** Text the API accepts: within its length once trimmed, no control characters, line breaks only where allowed. */
export function isPlainText(text: string, max: number, multiline = false): boolean {
  if (text.length > max || FORBIDDEN_IN_TEXT.test(text)) return false;
  return multiline || !LINE_BREAK_OR_TAB.test(text);
}

/** A form's message kept as its i18n key, so it follows a switch of language while it is shown. */
export interface Message {
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

export function message(key: string, params?: Record<string, unknown>): Message {
  return params ? { key, params } : { key };
}
