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

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function calendarDate(instant: string | Date, timeZone: string): string {
  const parts = formatter(timeZone).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
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
