import { type Migration } from '@vl/sql';

/**
 * Counters the statistics read from. Every row is keyed by an ancestor: a fact counts once for each node on
 * its organisation's path, so a subtree's figure for a month is one row, never a scan of the subtree.
 */
/** Recounts every active-volunteer count from the member rows (after a migration fills them in bulk). */
export const ACTIVE_COUNTS_FROM_MEMBERS = `
  insert into rm_stat_active_counts (ancestor_id, bucket, category, volunteers)
    select ancestor_id, bucket, category, count(*) from rm_stat_active_members where sessions > 0
    group by 1, 2, 3
  on conflict (ancestor_id, bucket, category) do update set volunteers = excluded.volunteers;
`;

export const STATISTICS_MIGRATIONS: Migration[] = [
  {
    id: '101-statistics',
    sql: `
      create table if not exists rm_activity_reports (
        activity_id text primary key,
        resident_visits int not null,
        summary text not null,
        reported_at timestamptz not null,
        reported_by text not null,
        reports int not null,
        position bigint not null
      );
      create table if not exists rm_stat_counters (
        ancestor_id text not null,
        month text not null,
        category text not null,
        activities int not null default 0,
        confirmed_minutes bigint not null default 0,
        resident_visits bigint not null default 0,
        primary key (ancestor_id, month, category)
      );
      create table if not exists rm_stat_registrations (
        ancestor_id text not null,
        month text not null,
        volunteers int not null default 0,
        teams int not null default 0,
        primary key (ancestor_id, month)
      );
      create table if not exists rm_stat_active (
        ancestor_id text not null,
        month text not null,
        category text not null,
        volunteer_id text not null,
        sessions int not null,
        primary key (ancestor_id, month, category, volunteer_id)
      );
      create table if not exists rm_stat_sessions (
        session_id text primary key,
        volunteer_id text not null,
        organization_path text[] not null,
        month text not null,
        category text not null,
        minutes int not null,
        confirmed boolean not null
      );
      create table if not exists rm_stat_volunteer_totals (
        ancestor_id text not null,
        volunteer_id text not null,
        confirmed_minutes bigint not null,
        primary key (ancestor_id, volunteer_id)
      );
      create index if not exists rm_stat_volunteer_totals_minutes
        on rm_stat_volunteer_totals (ancestor_id, confirmed_minutes);
    `,
  },
  {
    // Active volunteers are counted, not scanned: a member row per (node, bucket, category, volunteer) keeps how
    // many confirmed sessions put the volunteer there, and a count per (node, bucket, category) moves only when
    // a member row goes from 0 to 1 session or back. Buckets are months (YYYY-MM) and years (YYYY); the
    // category '*' is every category, so a year's or a month's figure for a subtree is one row.
    id: '102-statistics-active-counts',
    sql: `
      create table if not exists rm_stat_active_members (
        ancestor_id text not null,
        bucket text not null,
        category text not null,
        volunteer_id text not null,
        sessions int not null,
        primary key (ancestor_id, bucket, category, volunteer_id)
      );
      create table if not exists rm_stat_active_counts (
        ancestor_id text not null,
        bucket text not null,
        category text not null,
        volunteers int not null,
        primary key (ancestor_id, bucket, category)
      );
      insert into rm_stat_active_members (ancestor_id, bucket, category, volunteer_id, sessions)
        select a.ancestor_id, b.bucket, c.category, a.volunteer_id, sum(a.sessions)
        from rm_stat_active a
        cross join lateral (values (a.month), (substr(a.month, 1, 4))) as b(bucket)
        cross join lateral (values (a.category), ('*')) as c(category)
        where a.sessions > 0
        group by 1, 2, 3, 4
      on conflict do nothing;
      ${ACTIVE_COUNTS_FROM_MEMBERS}
      drop table if exists rm_stat_active;
    `,
  },
];

/** Emptied with the other read models before a rebuild. */
export const STATISTICS_TABLES = [
  'rm_activity_reports',
  'rm_stat_counters',
  'rm_stat_registrations',
  'rm_stat_active_members',
  'rm_stat_active_counts',
  'rm_stat_sessions',
  'rm_stat_volunteer_totals',
] as const;
