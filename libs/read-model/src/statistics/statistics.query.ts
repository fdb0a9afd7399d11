import { type SqlClient } from '@vl/sql';

export type StatisticsGrouping = 'child' | 'month' | 'category';

/** A period of whole calendar months in the programme's time zone, both ends included; open where absent. */
export interface StatisticsPeriod {
  readonly from?: string;
  readonly to?: string;
}

export interface StatisticsFigures {
  /** Organisations of kind team registered by the end of the period. */
  readonly teams: number;
  /** Volunteers registered by the end of the period. */
  readonly registeredVolunteers: number;
  /** Volunteers with at least one confirmed session in the period at activities organised here. */
  readonly activeVolunteers: number;
  /** Activities organised here that start in the period. */
  readonly activitiesHeld: number;
  readonly confirmedMinutes: number;
  /** Resident visits (服务人次) from the latest report of each activity held in the period. */
  readonly residentVisits: number;
}

export interface StatisticsGroup extends StatisticsFigures {
  /** A child organisation's id, a month (YYYY-MM) or a category slug. */
  readonly key: string;
  /** The child's name; the key itself for months and categories. */
  readonly label: string;
}

export interface CategoryFigures {
  readonly category: string;
  readonly confirmedMinutes: number;
  readonly activitiesHeld: number;
}

export interface StatisticsAnswer {
  readonly totals: StatisticsFigures;
  readonly groups: StatisticsGroup[];
  readonly topCategories: CategoryFigures[];
}

interface CounterRow {
  key: string | null;
  activities: string | number;
  confirmed_minutes: string | number;
  resident_visits: string | number;
}

interface CountRow {
  key: string | null;
  count: string | number;
}

interface RegistrationRow {
  key: string;
  month: string;
  volunteers: string | number;
  teams: string | number;
}

export const TOP_CATEGORIES = 5;
const ALL = '*';

/**
 * Programme figures for a subtree, read from the counters the statistics projection keeps: every answer
 * reads rows keyed by (ancestor, month[, category]), so its cost grows with months and categories asked
 * about, not with the size of the subtree (active volunteers over several months or years excepted: those
 * count the distinct volunteers among one row per volunteer and bucket).
 */
export class StatisticsQuery {
  constructor(private readonly sql: SqlClient) {}

  async figures(
    organizationId: string,
    period: StatisticsPeriod,
    groupBy: StatisticsGrouping,
  ): Promise<StatisticsAnswer> {
    const groupKeys = groupBy === 'child' ? await this.childrenOf(organizationId) : undefined;
    const [counters, active, registrations, categories] = await Promise.all([
      this.counters(organizationId, period, groupBy, groupKeys),
      this.active(organizationId, period, groupBy, groupKeys),
      this.registrations(organizationId, period, groupKeys),
      this.counters(organizationId, period, 'category', undefined),
    ]);
    const registered = (key: string): Registrations | undefined =>
      groupBy === 'month' && key !== ALL
        ? registeredBy(registrations.monthly, key)
        : groupBy === 'category' && key !== ALL
          ? undefined
          : registrations.byNode.get(key);
    const total = (key: string): StatisticsFigures => ({
      teams: registered(key)?.teams ?? 0,
      registeredVolunteers: registered(key)?.volunteers ?? 0,
      activeVolunteers: active.get(key) ?? 0,
      activitiesHeld: counters.get(key)?.activitiesHeld ?? 0,
      confirmedMinutes: counters.get(key)?.confirmedMinutes ?? 0,
      residentVisits: counters.get(key)?.residentVisits ?? 0,
    });
    const keys = groupKeys
      ? [...groupKeys.keys()]
      : [...new Set([...counters.keys(), ...active.keys()])].filter((key) => key !== ALL).sort();
    const groups = keys.map((key) => ({ key, label: groupKeys?.get(key) ?? key, ...total(key) }));
    const topCategories = [...categories.entries()]
      .filter(([key]) => key !== ALL)
      .map(([category, figures]) => ({
        category,
        confirmedMinutes: figures.confirmedMinutes,
        activitiesHeld: figures.activitiesHeld,
      }))
      .sort((a, b) => b.confirmedMinutes - a.confirmedMinutes || a.category.localeCompare(b.category))
      .slice(0, TOP_CATEGORIES);
    return { totals: total(ALL), groups, topCategories };
  }

  /** Volunteers of the subtree at or above each all-time confirmed-minute threshold, a count per threshold. */
  async volunteersReaching(organizationId: string, thresholds: readonly number[]): Promise<number[]> {
    if (thresholds.length === 0) return [];
    const { rows } = await this.sql.query<{ threshold: number; count: string | number }>(
      `select t.threshold, (select count(*) from rm_stat_volunteer_totals v
         where v.ancestor_id = $1 and v.confirmed_minutes >= t.threshold) as count
       from unnest($2::bigint[]) as t(threshold)`,
      [organizationId, thresholds],
    );
    return thresholds.map((threshold) =>
      Number(rows.find((row) => Number(row.threshold) === threshold)?.count ?? 0),
    );
  }

  private async childrenOf(organizationId: string): Promise<Map<string, string>> {
    const { rows } = await this.sql.query<{ id: string; name: string }>(
      `select id, name from rm_organizations where parent_id = $1 order by name collate "C", id collate "C"`,
      [organizationId],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The rows of the node (and of its children when grouping by child) with a key column per grouping. */
  private scope(
    organizationId: string,
    groupBy: StatisticsGrouping,
    children: Map<string, string> | undefined,
    params: unknown[],
  ): { where: string; key: string; sets: string } {
    if (children) {
      // The node itself (the totals) and its children, as the one parameter.
      params[0] = [organizationId, ...children.keys()];
      return { where: 'ancestor_id = any($1::text[])', key: 'ancestor_id', sets: '(ancestor_id)' };
    }
    const key = groupBy === 'month' ? 'month' : 'category';
    return { where: 'ancestor_id = $1', key, sets: `(${key}), ()` };
  }

  private periodClause(period: StatisticsPeriod, params: unknown[]): string {
    const clauses: string[] = [];
    if (period.from !== undefined) {
      params.push(period.from);
      clauses.push(`month >= $${params.length}`);
    }
    if (period.to !== undefined) {
      params.push(period.to);
      clauses.push(`month <= $${params.length}`);
    }
    return clauses.map((clause) => ` and ${clause}`).join('');
  }

  private async counters(
    organizationId: string,
    period: StatisticsPeriod,
    groupBy: StatisticsGrouping,
    children: Map<string, string> | undefined,
  ): Promise<Map<string, { activitiesHeld: number; confirmedMinutes: number; residentVisits: number }>> {
    const params: unknown[] = [organizationId];
    const { where, key, sets } = this.scope(organizationId, groupBy, children, params);
    const within = this.periodClause(period, params);
    const { rows } = await this.sql.query<CounterRow>(
      `select ${key} as key, sum(activities) as activities, sum(confirmed_minutes) as confirmed_minutes,
         sum(resident_visits) as resident_visits
       from rm_stat_counters where ${where}${within} group by grouping sets (${sets})`,
      params,
    );
    return new Map(
      rows.map((row) => [
        keyOf(row.key, organizationId),
        {
          activitiesHeld: Number(row.activities),
          confirmedMinutes: Number(row.confirmed_minutes),
          residentVisits: Number(row.resident_visits),
        },
      ]),
    );
  }

  /**
   * Active volunteers per key. A period that is one bucket (one month, or January to December of one year)
   * reads the kept counts; per-month groups read each month's count; any other period counts the distinct
   * volunteers among the member rows of its buckets (years when it is whole years, else months).
   */
  private async active(
    organizationId: string,
    period: StatisticsPeriod,
    groupBy: StatisticsGrouping,
    children: Map<string, string> | undefined,
  ): Promise<Map<string, number>> {
    const nodes = children ? [organizationId, ...children.keys()] : [organizationId];
    const single = singleBucket(period);
    const result = new Map<string, number>();
    const put = (rows: CountRow[], toKey: (key: string | null) => string): void => {
      for (const row of rows) result.set(toKey(row.key), Number(row.count));
    };
    const byNode = (key: string | null): string => keyOf(key, organizationId);
    const asIs = (key: string | null): string => key ?? ALL;
    const counted = async (column: string, where: string, params: unknown[]): Promise<CountRow[]> =>
      (
        await this.sql.query<CountRow>(
          `select ${column} as key, volunteers as count from rm_stat_active_counts where ${where}`,
          params,
        )
      ).rows;
    const distinct = async (column: string, where: string, params: unknown[]): Promise<CountRow[]> => {
      const buckets = bucketClause(period, params);
      return (
        await this.sql.query<CountRow>(
          `select ${column} as key, count(distinct volunteer_id) as count from rm_stat_active_members
           where ${where} and ${buckets} and sessions > 0 group by ${column}`,
          params,
        )
      ).rows;
    };

    // The node (the totals) and, grouped by child, each child: every category.
    put(
      single
        ? await counted('ancestor_id', `ancestor_id = any($1::text[]) and bucket = $2 and category = '*'`, [
            nodes,
            single,
          ])
        : await distinct('ancestor_id', `ancestor_id = any($1::text[]) and category = '*'`, [nodes]),
      byNode,
    );
    if (groupBy === 'month') {
      const params: unknown[] = [organizationId];
      const months = monthClause(period, params);
      put(await counted('bucket', `ancestor_id = $1 and category = '*' and ${months}`, params), asIs);
    }
    if (groupBy === 'category') {
      put(
        single
          ? await counted('category', `ancestor_id = $1 and bucket = $2 and category <> '*'`, [
              organizationId,
              single,
            ])
          : await distinct('category', `ancestor_id = $1 and category <> '*'`, [organizationId]),
        asIs,
      );
    }
    return result;
  }

  /**
   * Registrations by the end of the period, per node (the node itself under ALL); with monthly, the node's
   * own rows by month so a month's figure can be the running total at its end.
   */
  private async registrations(
    organizationId: string,
    period: StatisticsPeriod,
    children: Map<string, string> | undefined,
  ): Promise<{ byNode: Map<string, Registrations>; monthly: RegistrationRow[] }> {
    const params: unknown[] = [children ? [organizationId, ...children.keys()] : [organizationId]];
    let where = 'ancestor_id = any($1::text[])';
    if (period.to !== undefined) {
      params.push(period.to);
      where += ` and month <= $${params.length}`;
    }
    const { rows } = await this.sql.query<RegistrationRow>(
      `select ancestor_id as key, month, volunteers, teams from rm_stat_registrations where ${where}
       order by month`,
      params,
    );
    const byNode = new Map<string, Registrations>();
    for (const row of rows) {
      const key = keyOf(row.key, organizationId);
      const sum = byNode.get(key) ?? { volunteers: 0, teams: 0 };
      byNode.set(key, {
        volunteers: sum.volunteers + Number(row.volunteers),
        teams: sum.teams + Number(row.teams),
      });
    }
    return { byNode, monthly: rows.filter((row) => row.key === organizationId) };
  }
}

interface Registrations {
  readonly volunteers: number;
  readonly teams: number;
}

/** The running total of registrations at the end of a month. */
function registeredBy(monthly: readonly RegistrationRow[], month: string): Registrations {
  let volunteers = 0;
  let teams = 0;
  for (const row of monthly) {
    if (row.month > month) break;
    volunteers += Number(row.volunteers);
    teams += Number(row.teams);
  }
  return { volunteers, teams };
}

/** The one bucket a period is, when it is one month or one whole calendar year. */
function singleBucket(period: StatisticsPeriod): string | undefined {
  const { from, to } = period;
  if (from === undefined || to === undefined) return undefined;
  if (from === to) return from;
  if (wholeYears(period) && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return undefined;
}

function wholeYears({ from, to }: StatisticsPeriod): boolean {
  return (from === undefined || from.endsWith('-01')) && (to === undefined || to.endsWith('-12'));
}

/** Month buckets within the period. */
function monthClause(period: StatisticsPeriod, params: unknown[]): string {
  const clauses = ['length(bucket) = 7'];
  if (period.from !== undefined) {
    params.push(period.from);
    clauses.push(`bucket >= $${params.length}`);
  }
  if (period.to !== undefined) {
    params.push(period.to);
    clauses.push(`bucket <= $${params.length}`);
  }
  return clauses.join(' and ');
}

/** The buckets that cover the period exactly: its years when it is whole years, else its months. */
function bucketClause(period: StatisticsPeriod, params: unknown[]): string {
  if (!wholeYears(period)) return monthClause(period, params);
  const clauses = ['length(bucket) = 4'];
  if (period.from !== undefined) {
    params.push(period.from.slice(0, 4));
    clauses.push(`bucket >= $${params.length}`);
  }
  if (period.to !== undefined) {
    params.push(period.to.slice(0, 4));
    clauses.push(`bucket <= $${params.length}`);
  }
  return clauses.join(' and ');
}

function keyOf(key: string | null, organizationId: string): string {
  return key === null || key === organizationId ? ALL : key;
}
