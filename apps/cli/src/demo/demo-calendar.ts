/** The demo city's year, in the programme's zone (UTC+8, no daylight saving), as day numbers from 1 January. */
export const DEMO_YEAR = 2023;
const OFFSET_HOURS = 8;

/** Epoch milliseconds of a local wall-clock time on day `day` (0 = 1 January) of the demo year. */
export function localTime(day: number, hour: number, minute = 0): number {
  return Date.UTC(DEMO_YEAR, 0, 1 + day, hour - OFFSET_HOURS, minute);
}

/** ISO 8601 with the programme's offset, as a person in Zhuzhou would write it. */
export function localIso(epochMs: number): string {
  const local = new Date(epochMs + OFFSET_HOURS * 3_600_000).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/** The day numbers of every Saturday of the demo year. */
export function saturdays(): number[] {
  const first = (6 - new Date(Date.UTC(DEMO_YEAR, 0, 1)).getUTCDay() + 7) % 7;
  const days: number[] = [];
  for (let day = first; day < 365; day += 7) days.push(day);
  return days;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
