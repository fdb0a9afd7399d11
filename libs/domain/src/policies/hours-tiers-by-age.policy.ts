import { type ConditionResult, type Determination } from './determination.js';
import { type EvaluationContext, minutesInPeriod } from './evaluation-context.js';
import { type JsonCursor, type JsonObject } from './json-cursor.js';
import { POLICY_ID, parseCategories, parseLocalizedText, requireUnique } from './policy-fields.js';
import { type AgeBand, type HoursTiersByAgePolicy, type PolicyHeader } from './policy.types.js';
import { parseWindow, resolveWindow } from './service-window.js';
import { determinationOf, tieredDetermination } from './tiered-determination.js';
import { parseTiers } from './tiers.js';

export const HOURS_TIERS_BY_AGE_FIELDS = { required: ['window', 'bands'], optional: ['categories'] } as const;

export function parseHoursTiersByAgePolicy(header: PolicyHeader, fields: JsonObject): HoursTiersByAgePolicy {
  return {
    ...header,
    kind: 'hours-tiers-by-age',
    window: parseWindow(fields.get('window')),
    ...parseCategories(fields),
    bands: parseBands(fields.get('bands')),
  };
}

/** Bands ascending and disjoint, so an age falls in at most one; only the last may be open-ended. */
function parseBands(cursor: JsonCursor): AgeBand[] {
  const items = cursor.array(1);
  const bands = items.map((item, index): AgeBand => {
    const fields = item.object(['id', 'title', 'minAge', 'tiers'], ['maxAge']);
    const minAge = fields.get('minAge').integer(0, 150);
    const max = fields.optional('maxAge');
    const maxAge = max === undefined || max.value === null ? null : max.integer(minAge, 150);
    if (maxAge === null && index < items.length - 1) {
      fields.get('maxAge').fail('only the last band may be open-ended');
    }
    return {
      id: fields.get('id').string(POLICY_ID),
      title: parseLocalizedText(fields.get('title')),
      minAge,
      maxAge,
      tiers: parseTiers(fields.get('tiers')),
    };
  });
  requireUnique(
    items.map((item) => item.child('id')),
    bands.map((band) => band.id),
    'band id',
  );
  bands.forEach((band, index) => {
    const previous = bands[index - 1];
    if (previous?.maxAge != null && band.minAge <= previous.maxAge) {
      items[index]?.child('minAge').fail(`must be above the previous band's maxAge ${previous.maxAge}`);
    }
  });
  return bands;
}

export function evaluateHoursTiersByAge(
  policy: HoursTiersByAgePolicy,
  context: EvaluationContext,
): Determination {
  const period = resolveWindow(policy.window, context.evaluationDate, context.overrides);
  const counted = minutesInPeriod(context, period, policy.categories);
  const band = policy.bands.find((candidate) => inBand(candidate, context.age));
  const ageBand = ageBandCondition(policy.bands, band, context.age);
  if (!band) {
    return determinationOf(
      policy,
      context,
      {
        eligible: false,
        tier: null,
        unit: 'minutes',
        measured: counted.minutes,
        threshold: null,
        missing: null,
        evidence: counted.evidence,
        nextTier: null,
        period,
        ageBand: null,
      },
      [ageBand],
    );
  }
  return tieredDetermination(policy, context, period, counted, band.tiers, [ageBand], band.id);
}

function inBand(band: AgeBand, age: number): boolean {
  return age >= band.minAge && (band.maxAge === null || age <= band.maxAge);
}

function ageBandCondition(
  bands: readonly AgeBand[],
  band: AgeBand | undefined,
  age: number,
): ConditionResult {
  const common = { name: 'ageBand', unit: 'years', measured: age, evidence: [] } as const;
  if (band) {
    return { ...common, met: true, threshold: rangeOf(band.minAge, band.maxAge), missing: 0 };
  }
  // Too young waits for the next band up; past the last band no amount of service helps.
  const nextBand = bands.find((candidate) => candidate.minAge > age);
  const first = bands[0];
  const last = bands[bands.length - 1];
  return {
    ...common,
    met: false,
    threshold: rangeOf(first?.minAge ?? 0, last?.maxAge ?? null),
    missing: nextBand ? nextBand.minAge - age : null,
  };
}

const rangeOf = (atLeast: number, atMost: number | null): { atLeast: number; atMost?: number } =>
  atMost === null ? { atLeast } : { atLeast, atMost };
