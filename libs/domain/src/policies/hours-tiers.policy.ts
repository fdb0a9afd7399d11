import { type Determination } from './determination.js';
import { type EvaluationContext, minutesInPeriod } from './evaluation-context.js';
import { type JsonObject } from './json-cursor.js';
import { parseCategories } from './policy-fields.js';
import { type HoursTiersPolicy, type PolicyHeader } from './policy.types.js';
import { parseWindow, resolveWindow } from './service-window.js';
import { tieredDetermination } from './tiered-determination.js';
import { parseTiers } from './tiers.js';

export const HOURS_TIERS_FIELDS = { required: ['window', 'tiers'], optional: ['categories'] } as const;

export function parseHoursTiersPolicy(header: PolicyHeader, fields: JsonObject): HoursTiersPolicy {
  return {
    ...header,
    kind: 'hours-tiers',
    window: parseWindow(fields.get('window')),
    ...parseCategories(fields),
    tiers: parseTiers(fields.get('tiers')),
  };
}

export function evaluateHoursTiers(policy: HoursTiersPolicy, context: EvaluationContext): Determination {
  const period = resolveWindow(policy.window, context.evaluationDate, context.overrides);
  const counted = minutesInPeriod(context, period, policy.categories);
  return tieredDetermination(policy, context, period, counted, policy.tiers);
}
