import { calendarDate } from '../shared/time.js';
import { ageOn } from './calendar-date.js';
import { type CountedPeriod } from './determination.js';
import {
  type DatedEntry,
  DatedEntries,
  engineOrder,
  type EvaluationInput,
  type LedgerEntryFigure,
} from './evaluation-input.js';
import { JsonCursor } from './json-cursor.js';
import { type WindowOverrides } from './service-window.js';

/** An offset is required: a bare local time would be read in the host's zone, not the programme's. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SOURCE = 'evaluation input';

/** One entry dated as the engine dates it; refused as the engine refuses an instant without an offset. */
export function datedEntry(entry: LedgerEntryFigure, timeZone: string): DatedEntry {
  const cursor = new JsonCursor(SOURCE, entry, `$.entries[${JSON.stringify(entry.entryId)}]`);
  return {
    ...entry,
    instant: instantOf(cursor.child('servedAt')),
    date: calendarDate(entry.servedAt, timeZone),
  };
}

export interface EvaluationContext {
  readonly input: EvaluationInput;
  readonly evaluationDate: string;
  readonly age: number;
  /** Entries served at or before asOf, in (servedAt, entryId) order so evidence never depends on input order. */
  readonly entries: readonly DatedEntry[];
  /** Whether the entries' dates ascend too (`datesAscend`), so a period's entries are one run of them. */
  readonly datesAscending: boolean;
  readonly honourCents: number;
  readonly overrides: WindowOverrides;
}

export function evaluationContext(input: EvaluationInput): EvaluationContext {
  const root = new JsonCursor(SOURCE, input);
  const asOf = instantOf(root.child('asOf'));
  const evaluationDate = localDate(root.child('timeZone'), input.asOf, input.timeZone);
  const birthDate = root.child('volunteer').child('birthDate').calendarDate();
  if (birthDate > evaluationDate) {
    root
      .child('volunteer')
      .child('birthDate')
      .fail(`must not be after the evaluation date ${evaluationDate}`);
  }
  const honourPoints = root.child('honourPoints');
  const honourCents = input.honourPoints === undefined ? 0 : Math.round(honourPoints.hundredths(true) * 100);
  if (input.year !== undefined) root.child('year').integer(1, 9999);
  if (input.period) checkPeriod(root.child('period'));
  const entries =
    input.entries instanceof DatedEntries
      ? trustedEntries(root, input.entries, asOf)
      : datedEntries(root.child('entries'), input, asOf);
  return {
    input,
    evaluationDate,
    age: ageOn(birthDate, evaluationDate),
    entries,
    datesAscending: datesAscend(entries),
    honourCents,
    overrides: {
      ...(input.year === undefined ? {} : { year: input.year }),
      ...(input.period ? { period: input.period } : {}),
    },
  };
}

export interface MinutesInPeriod {
  readonly minutes: number;
  readonly evidence: readonly string[];
}

/**
 * Whether entries in service order have their dates in ascending order too. A calendar date in one time
 * zone follows the instant almost always; a zone that turned its clocks back across midnight can date a
 * later instant a day earlier, and then a period's entries are looked for in the whole list.
 */
export function datesAscend(entries: readonly DatedEntry[]): boolean {
  for (let index = 1; index < entries.length; index += 1) {
    if ((entries[index - 1]?.date ?? '') > (entries[index]?.date ?? '')) return false;
  }
  return true;
}

/** The first index whose entry is dated after `date`, or on or after it when `inclusive`; dates ascending. */
function firstDatedFrom(entries: readonly DatedEntry[], date: string, inclusive: boolean): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const current = entries[middle]?.date ?? '';
    if (inclusive ? current < date : current <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Minutes of the entries in a period, and exactly those entries as evidence (zero-minute ones add nothing).
 * With the dates in ascending order the period is one run of the list, found by binary search, so a
 * year's window over a long history looks at that year's entries only.
 */
export function minutesInPeriod(
  { entries, datesAscending }: Pick<EvaluationContext, 'entries' | 'datesAscending'>,
  period: CountedPeriod,
  categories: readonly string[] | undefined,
): MinutesInPeriod {
  let first = 0;
  let end = entries.length;
  if (datesAscending) {
    if (period.from !== null) first = firstDatedFrom(entries, period.from, true);
    end = firstDatedFrom(entries, period.to, false);
  }
  let minutes = 0;
  const evidence: string[] = [];
  for (let index = first; index < end; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const inPeriod = entry.date <= period.to && (period.from === null || entry.date >= period.from);
    if (entry.minutes === 0 || !inPeriod) continue;
    if (categories && !categories.includes(entry.category)) continue;
    minutes += entry.minutes;
    evidence.push(entry.entryId);
  }
  return { minutes, evidence };
}

function trustedEntries(root: JsonCursor, entries: DatedEntries, asOf: number): DatedEntry[] {
  if (entries.timeZone !== root.child('timeZone').string()) {
    root.child('entries').fail(`dated in ${entries.timeZone}, not in the programme's time zone`);
  }
  // In service order, so the entries served by asOf are a prefix.
  const list = entries.list;
  let end = list.length;
  while (end > 0 && (list[end - 1]?.instant ?? 0) > asOf) end -= 1;
  return end === list.length ? (list as DatedEntry[]) : list.slice(0, end);
}

function datedEntries(cursor: JsonCursor, input: EvaluationInput, asOf: number): DatedEntry[] {
  const seen = new Set<string>();
  const list = input.entries as readonly LedgerEntryFigure[];
  const items = cursor.array();
  const dated = list.map((entry, index) => {
    const item = items[index] ?? cursor;
    const entryId = item.child('entryId').string();
    if (seen.has(entryId)) item.child('entryId').fail(`duplicate entry ${JSON.stringify(entryId)}`);
    seen.add(entryId);
    item.child('minutes').integer(0);
    return {
      ...entry,
      instant: instantOf(item.child('servedAt')),
      date: calendarDate(entry.servedAt, input.timeZone),
    };
  });
  return dated.filter((entry) => entry.instant <= asOf).sort(engineOrder);
}

function instantOf(cursor: JsonCursor): number {
  const value = cursor.string();
  const instant = Date.parse(value);
  if (!INSTANT.test(value) || Number.isNaN(instant)) {
    cursor.fail('must be an ISO 8601 instant with an offset');
  }
  return instant;
}

function localDate(cursor: JsonCursor, instant: string, timeZone: string): string {
  try {
    return calendarDate(instant, cursor.string());
  } catch (error) {
    if (error instanceof RangeError) cursor.fail(`unknown time zone ${JSON.stringify(timeZone)}`);
    throw error;
  }
}

function checkPeriod(cursor: JsonCursor): void {
  const from = cursor.child('from').calendarDate();
  if (cursor.child('to').calendarDate() < from) cursor.child('to').fail(`must not be before from (${from})`);
}
