/** Calendar questions in the programme's time zone, answered from an instant given as data. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, found);
  }
  return found;
}

// Intl formatting is the slowest step of judging eligibility, which asks about the same instants again and
// again (every entry, for every policy, after every event); a bounded memo of recent answers saves it.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(instant: string | Date, timeZone: string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const ms = at.getTime();
  const key = `${timeZone}|${ms}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const parts = formatter(timeZone).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((part) => part.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  // An invalid instant throws in formatToParts above, so only real dates are remembered.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, date);
  return date;
}

/** The calendar year (YYYY) of an instant in a time zone. */
export function calendarYear(instant: string | Date, timeZone: string): string {
  return calendarDate(instant, timeZone).slice(0, 4);
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** Whole minutes between two instants, floored; never negative. */
export function wholeMinutesBetween(start: string | Date, end: string | Date): number {
  const ms = new Date(end).getTime() - new Date(start).getTime();
  return ms <= 0 ? 0 : Math.floor(ms / MINUTE_MS);
}
