import { calendarDate } from '../shared/time.js';

/** The programme serves young people aged 14 to 35, both included (SPEC §1). */
export const VOLUNTEER_MIN_AGE = 14;
export const VOLUNTEER_MAX_AGE = 35;
/** Calendar questions are answered in the programme's time zone unless the deployment says otherwise. */
export const DEFAULT_PROGRAMME_TIME_ZONE = 'Asia/Shanghai';

/**
 * Completed years between two calendar dates (YYYY-MM-DD). Someone born on 29 February turns a year
 * older on 1 March in common years.
 */
export function ageOnDate(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Zero-padded MM-DD strings compare in calendar order.
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Age at an instant, counted on the calendar of the programme's time zone. */
export function ageAt(birthDate: string, instant: string, timeZone = DEFAULT_PROGRAMME_TIME_ZONE): number {
  return ageOnDate(birthDate, calendarDate(instant, timeZone));
}

export function isVolunteerAge(age: number): boolean {
  return age >= VOLUNTEER_MIN_AGE && age <= VOLUNTEER_MAX_AGE;
}
