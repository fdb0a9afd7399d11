import { assertUnreachable } from '../shared/errors.js';
import { addDays, addMonths, dateInYear, daysInMonth, earlier, yearOf } from './calendar-date.js';
import { type CountedPeriod } from './determination.js';
import { type JsonCursor } from './json-cursor.js';
import { type ServiceWindow } from './policy.types.js';

const WINDOW_TYPES = ['all-time', 'trailing-months', 'calendar-year', 'academic-year', 'date-range'] as const;
const ACADEMIC_YEAR_START = { month: 9, day: 1 };

export function parseWindow(cursor: JsonCursor): ServiceWindow {
  const type = cursor
    .object(['type'], ['months', 'startMonth', 'startDay', 'from', 'to'])
    .get('type')
    .oneOf(WINDOW_TYPES);
  switch (type) {
    case 'all-time':
    case 'calendar-year':
      cursor.object(['type']);
      return { type };
    case 'trailing-months':
      return { type, months: cursor.object(['type', 'months']).get('months').integer(1, 1200) };
    case 'academic-year': {
      const fields = cursor.object(['type'], ['startMonth', 'startDay']);
      const startMonth = fields.optional('startMonth')?.integer(1, 12) ?? ACADEMIC_YEAR_START.month;
      // A start that every year has: 29 February would move the academic year around.
      const startDay =
        fields.optional('startDay')?.integer(1, daysInMonth(2001, startMonth)) ?? ACADEMIC_YEAR_START.day;
      return { type, startMonth, startDay };
    }
    case 'date-range': {
      const fields = cursor.object(['type', 'from', 'to']);
      const from = fields.get('from').calendarDate();
      const to = fields.get('to').calendarDate();
      if (to < from) fields.get('to').fail(`must not be before from (${from})`);
      return { type, from, to };
    }
    default:
      return assertUnreachable(type);
  }
}

export interface WindowOverrides {
  readonly year?: number;
  readonly period?: { readonly from: string; readonly to: string };
}

/**
 * The calendar dates a window covers for an evaluation date. Every window ends at the evaluation date at
 * the latest: service not yet served by then cannot count, whichever year is asked about.
 */
export function resolveWindow(
  window: ServiceWindow,
  evaluationDate: string,
  overrides: WindowOverrides,
): CountedPeriod {
  if (overrides.period && window.type !== 'all-time') {
    return bounded(overrides.period.from, overrides.period.to, evaluationDate);
  }
  switch (window.type) {
    case 'all-time':
      return { from: null, to: evaluationDate };
    case 'trailing-months':
      // 12 months up to 2024-12-31 are 2024-01-01..2024-12-31: the day `months` back is excluded.
      return { from: addDays(addMonths(evaluationDate, -window.months), 1), to: evaluationDate };
    case 'calendar-year': {
      const year = overrides.year ?? yearOf(evaluationDate);
      return bounded(dateInYear(year, 1, 1), dateInYear(year, 12, 31), evaluationDate);
    }
    case 'academic-year': {
      const startOf = (year: number): string => dateInYear(year, window.startMonth, window.startDay);
      const current = yearOf(evaluationDate);
      const year = overrides.year ?? (evaluationDate >= startOf(current) ? current : current - 1);
      return bounded(startOf(year), addDays(startOf(year + 1), -1), evaluationDate);
    }
    case 'date-range':
      return bounded(window.from, window.to, evaluationDate);
    default:
      return assertUnreachable(window);
  }
}

function bounded(from: string, to: string, evaluationDate: string): CountedPeriod {
  return { from, to: earlier(to, evaluationDate) };
}
