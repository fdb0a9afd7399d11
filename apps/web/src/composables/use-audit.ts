import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { answer, api, type Problem, type Schemas } from '../api/client';
import { useFormat } from './use-format';
import { useSession } from './use-session';

export type Determination = Schemas['DeterminationDto'];
export type Policy = Schemas['PolicySummaryDto'];
export type LedgerEntry = Schemas['LedgerEntryResponse'];

/** The figure columns every determination table ends with, right-aligned, by their audit.* message. */
export const FIGURE_COLUMNS = ['measured', 'threshold', 'missing', 'evidenceCount'] as const;
type Localized = Schemas['LocalizedTextDto'];

/** The programme's zone has no daylight saving: a wall-clock time there is always UTC+8. */
const PROGRAMME_OFFSET = '+08:00';

/**
 * An instant typed on the programme's wall clock — `YYYY-MM-DD HH:mm[:ss]` (a `T` also does), or a bare date for
 * its midnight — as the ISO instant the API takes; undefined when it is not a real date and time.
 */
export function programmeInstant(typed: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(typed.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const check = new Date(Date.UTC(+year!, +month! - 1, +day!, +hour, +minute, +second));
  const real =
    check.getUTCFullYear() === +year! &&
    check.getUTCMonth() === +month! - 1 &&
    check.getUTCDate() === +day! &&
    check.getUTCHours() === +hour &&
    check.getUTCMinutes() === +minute &&
    check.getUTCSeconds() === +second;
  return real ? `${year}-${month}-${day}T${hour}:${minute}:${second}${PROGRAMME_OFFSET}` : undefined;
}

/** Every ledger entry of a volunteer as the ledger stood at `asKnownAt` (now when absent), page after page. */
export async function readEntries(
  volunteerId: string,
  asKnownAt: string | undefined,
): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await answer(
      api.GET('/api/v1/volunteers/{id}/ledger', {
        params: { path: { id: volunteerId }, query: { limit: 200, cursor, asKnownAt } },
      }),
    );
    entries.push(...page.entries);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

/** The words and figures the audit pages share: policy and tier titles, figures in their unit, problems. */
export function useAudit() {
  const { t, te, locale } = useI18n();
  const format = useFormat();
  const { session } = useSession();

  const actor = computed(() => (session.value?.signedIn ? session.value.actor : undefined));
  const isAdmin = computed(() => actor.value?.roles.includes('admin') === true);

  function text(value: Localized | undefined, fallback: string): string {
    if (!value) return fallback;
    return locale.value === 'en' ? value.en : value.zh;
  }

  function tierTitle(policy: Policy | undefined, tier: string | null | undefined): string {
    if (!tier) return t('audit.none');
    return text(policy?.tiers.find((candidate) => candidate.id === tier)?.title, tier);
  }

  /** A figure in its unit: minutes as hours and minutes, points, years; a status as it is. */
  function figure(value: number | string | null | undefined, unit: string): string {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'string') return value;
    switch (unit) {
      case 'minutes':
        return format.minutes(value);
      case 'points':
        return t('audit.points', { points: value });
      case 'years':
        return t('audit.years', { years: value });
      default:
        return String(value);
    }
  }

  function conditionName(name: string): string {
    const key = `audit.conditionNames.${name}`;
    return te(key) ? t(key) : name;
  }

  /**
   * The problem with the audit pages' own words for the codes and fields the shared notice does not know,
   * so a refusal reads in the page's language.
   */
  function localized(problem: Problem): Problem {
    if (problem.code === 'NETWORK') return problem;
    const codeKey = `audit.problems.${problem.code}`;
    const known = te(`problem.codes.${problem.code}`);
    const label = (field: string) => {
      if (te(`problem.fields.${field}`)) return field;
      const key = `audit.fields.${field}`;
      return te(key) ? t(key) : field;
    };
    return {
      ...problem,
      title: !known && te(codeKey) ? t(codeKey) : problem.title,
      ...('field' in problem && problem.field ? { field: label(problem.field) } : {}),
      ...('errors' in problem && problem.errors
        ? { errors: problem.errors.map((error) => ({ ...error, field: label(error.field) })) }
        : {}),
    };
  }

  return { actor, isAdmin, text, tierTitle, figure, conditionName, localized };
}
