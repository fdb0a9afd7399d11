import { requireCalendarDate, requireInstant } from '../decider.js';
import { DomainError } from '../shared/errors.js';
import { calendarDate } from '../shared/time.js';
import { DEFAULT_PROGRAMME_TIME_ZONE } from './age-rule.js';
import { type ProfileChangeKind } from './profile.events.js';
import { isActive, type RegisteredVolunteer } from './volunteer.state.js';

/** When a profile change takes effect, and the clock it is judged against. */
export interface EffectiveDate {
  /** YYYY-MM-DD in the programme's zone; omitted: today. */
  readonly effectiveOn?: string;
  readonly now: string;
  /** The programme's time zone; Asia/Shanghai by default. */
  readonly timeZone?: string;
}

/**
 * A change is recorded once it has happened: never for a day after today, and never before the last change
 * of its kind, so the history of each kind reads in one order and "the value on day D" has one answer.
 */
export function requireEffectiveOn(
  volunteer: RegisteredVolunteer,
  kind: ProfileChangeKind,
  { effectiveOn, now, timeZone }: EffectiveDate,
): string {
  requireInstant(now, 'now');
  const today = calendarDate(now, timeZone ?? DEFAULT_PROGRAMME_TIME_ZONE);
  const date = effectiveOn === undefined ? today : requireCalendarDate(effectiveOn, 'effectiveOn');
  if (date > today) {
    throw new DomainError(
      'PROFILE_CHANGE_IN_FUTURE',
      `effectiveOn ${date} is after today (${today}); record a change once it has happened`,
      'effectiveOn',
    );
  }
  const last = volunteer.lastChangeOn?.[kind];
  if (last !== undefined && date < last) {
    throw new DomainError(
      'PROFILE_CHANGE_OUT_OF_ORDER',
      `effectiveOn ${date} is before the last change of this kind, effective on ${last}`,
      'effectiveOn',
    );
  }
  return date;
}

/** A deactivated volunteer keeps their history but is given no new session. */
export function requireActive(volunteer: RegisteredVolunteer): void {
  if (isActive(volunteer)) return;
  throw new DomainError(
    'VOLUNTEER_INACTIVE',
    `volunteer ${volunteer.profile.volunteerId} is deactivated since ${volunteer.deactivation?.effectiveOn ?? '?'}`,
    'volunteerId',
  );
}
