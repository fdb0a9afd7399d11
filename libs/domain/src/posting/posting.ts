import { DomainError } from '../shared/errors.js';

/** 公示: 0 days is off; 3 or 7 days in published practice. A month is more than any practice asks for. */
export const MAX_POSTING_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export function requirePostingDays(days: number): number {
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_POSTING_DAYS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `days must be a whole number from 0 to ${MAX_POSTING_DAYS}`,
      'days',
    );
  }
  return days;
}

/**
 * When a session confirmed `at` stops being posted and starts to count: whole days of 24 hours after the
 * confirmation. Undefined when the organising line posts nothing (0 days), so the session counts at once.
 */
export function postingEnd(days: number | undefined, at: string | undefined): string | undefined {
  if (days === undefined || days <= 0) return undefined;
  if (at === undefined || Number.isNaN(Date.parse(at))) {
    throw new DomainError('VALIDATION_FAILED', 'a posted confirmation needs its time', 'now');
  }
  return new Date(Date.parse(at) + days * DAY_MS).toISOString();
}

/** Whether a posting that ends at `postedUntil` (null: never posted) is over at the instant `at`. */
export function postingOver(postedUntil: string | null | undefined, at: string | number): boolean {
  if (postedUntil === null || postedUntil === undefined) return true;
  const instant = typeof at === 'number' ? at : Date.parse(at);
  return Date.parse(postedUntil) <= instant;
}

/**
 * The posting days that apply to an activity organised at the end of `path` (root first): the setting of the
 * nearest node on the path that has one, so a community's own setting overrides its district's, and a node
 * with no setting inherits from above. Nothing set anywhere: 0, posting is off.
 */
export function inheritedPostingDays(
  path: readonly string[],
  settingOf: (organizationId: string) => number | undefined,
): number {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const id = path[index];
    if (id === undefined) continue;
    const days = settingOf(id);
    if (days !== undefined) return days;
  }
  return 0;
}
