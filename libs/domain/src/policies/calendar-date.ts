/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`) with no time zone: windows and ages are decided on the
 * programme's calendar, so once an instant is turned into its local date, no offsets are involved.
 * ISO dates compare correctly as strings.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isCalendarDate(value: string): boolean {
  const parts = DATE.exec(value);
  if (!parts) return false;
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(parts[1]), month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function partsOf(date: string): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = partsOf(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return formatDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** Months added on the calendar; a day that the target month lacks (31st, 29 Feb) falls to its last day. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

export function yearOf(date: string): number {
  return partsOf(date).year;
}

/** The date of a month/day in a given year, clamped to the month's last day. */
export function dateInYear(year: number, month: number, day: number): string {
  return formatDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

export function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}

/**
 * Whole years of age on a date. The birthday is compared as (month, day), so someone born on 29 February
 * turns a year older on 1 March in common years — the day after 28 February, never before it.
 */
export function ageOn(birthDate: string, date: string): number {
  const born = partsOf(birthDate);
  const on = partsOf(date);
  const beforeBirthday = on.month < born.month || (on.month === born.month && on.day < born.day);
  return on.year - born.year - (beforeBirthday ? 1 : 0);
}
