import { type EligibilityPolicy } from './policy.types.js';
import { resolveWindow } from './service-window.js';

/** Service that every volunteer eligible under a policy must have: at least `minutes` between two dates. */
export interface NecessaryService {
  /** First calendar date counted; null from the start. */
  readonly from: string | null;
  /** Last calendar date counted. */
  readonly to: string;
  readonly minutes: number;
}

/**
 * The largest service condition a policy requires of every eligible volunteer on an evaluation date, so a
 * subtree's eligible volunteers can be looked for among those who served that much instead of all of them.
 * Only an all-of policy has one: each of its conditions must hold, so each `hours` condition is necessary.
 * Its categories are not kept: counting every category narrows less, and never leaves anyone out.
 */
export function necessaryService(
  policy: EligibilityPolicy,
  evaluationDate: string,
): NecessaryService | undefined {
  if (policy.kind !== 'all-of') return undefined;
  let largest: NecessaryService | undefined;
  for (const condition of policy.conditions) {
    if (condition.type !== 'hours' || condition.minutes <= 0) continue;
    if (largest !== undefined && largest.minutes >= condition.minutes) continue;
    const period = resolveWindow(condition.window, evaluationDate, {});
    largest = { from: period.from, to: period.to, minutes: condition.minutes };
  }
  return largest;
}
