import { type Migration } from '@vl/sql';
import { STATISTICS_MIGRATIONS, STATISTICS_TABLES } from './statistics/statistics.migrations.js';

/** Read-model tables. Every projection writes its checkpoint in the same transaction as its effects. */
export const READ_MODEL_MIGRATIONS: Migration[] = [
  {
    id: '001-read-model',
    sql: `
      create table if not exists rm_checkpoints (
        name text primary key,
        position bigint not null
      );
      create table if not exists rm_organizations (
        id text primary key,
        name text not null,
        kind text not null,
        parent_id text,
        path text[] not null,
        depth int not null,
        position bigint not null
      );
      create index if not exists rm_organizations_path on rm_organizations using gin (path);
      create table if not exists rm_volunteers (
        id text primary key,
        name text not null,
        birth_date date not null,
        organization_id text not null,
        organization_path text[] not null,
        school_id text,
        league_status text not null,
        registered_at timestamptz not null,
        position bigint not null
      );
      create index if not exists rm_volunteers_org_path on rm_volunteers using gin (organization_path);
      create table if not exists rm_activities (
        id text primary key,
        organization_id text not null,
        organization_path text[] not null,
        title text not null,
        category text not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        max_minutes int,
        auto_confirm boolean not null,
        position bigint not null
      );
      create table if not exists rm_sessions (
        session_id text primary key,
        volunteer_id text not null,
        activity_id text not null,
        activity_title text not null,
        organization_id text not null,
        organization_path text[] not null,
        category text not null,
        kind text not null,
        method text,
        state text not null,
        checked_in_at timestamptz,
        checked_out_at timestamptz,
        service_start timestamptz not null,
        service_end timestamptz,
        service_year text not null,
        activity_ends_at timestamptz not null,
        measured_minutes int,
        minutes int not null,
        note text,
        missed_check_out boolean not null default false,
        version int not null,
        created_position bigint not null,
        last_position bigint not null,
        last_recorded_at timestamptz not null
      );
      create index if not exists rm_sessions_volunteer on rm_sessions (volunteer_id, service_start, session_id);
      create index if not exists rm_sessions_open on rm_sessions (activity_ends_at) where state = 'open';
      create table if not exists rm_session_history (
        session_id text not null,
        seq int not null,
        volunteer_id text not null,
        event_id text not null,
        event_type text not null,
        position bigint not null,
        state text not null,
        minutes int not null,
        measured_minutes int,
        service_start timestamptz not null,
        service_year text not null,
        category text not null,
        reason text,
        actor text not null,
        correlation_id text not null,
        occurred_at timestamptz not null,
        recorded_at timestamptz not null,
        primary key (session_id, seq)
      );
      create index if not exists rm_session_history_volunteer on rm_session_history (volunteer_id, recorded_at);
      create table if not exists rm_balances (
        volunteer_id text primary key,
        confirmed_minutes bigint not null,
        pending_minutes bigint not null,
        by_year jsonb not null,
        by_category jsonb not null,
        position bigint not null
      );
    `,
  },
  {
    id: '002-consents-certificates',
    sql: `
      create table if not exists rm_school_consents (
        volunteer_id text not null,
        school_id text not null,
        consent_id text not null,
        granted_at timestamptz not null,
        until timestamptz,
        revoked_at timestamptz,
        position bigint not null,
        primary key (volunteer_id, school_id)
      );
      create index if not exists rm_school_consents_school on rm_school_consents (school_id);
      create table if not exists rm_certificates (
        certificate_id text primary key,
        code text not null unique,
        volunteer_id text not null,
        key_id text not null,
        signed_form text not null,
        content jsonb not null,
        minutes int not null,
        period_from text not null,
        period_to text not null,
        issued_at timestamptz not null,
        position bigint not null
      );
      create index if not exists rm_certificates_volunteer on rm_certificates (volunteer_id);
      create table if not exists rm_certificate_sessions (
        certificate_id text not null,
        session_id text not null,
        minutes int not null,
        primary key (certificate_id, session_id)
      );
      create index if not exists rm_certificate_sessions_session on rm_certificate_sessions (session_id);
    `,
  },
  {
    id: '003-awards',
    sql: `
      create table if not exists rm_awards (
        award_id text primary key,
        volunteer_id text not null,
        organization_id text not null,
        organization_path text[] not null,
        policy_id text not null,
        version int not null,
        tier text not null,
        unit text not null,
        measured numeric not null,
        threshold numeric not null,
        evidence text[] not null,
        note text not null,
        granted_at timestamptz not null,
        granted_by text not null,
        recorded_at timestamptz not null,
        state text not null,
        revoked_reason text,
        revoked_by text,
        revoked_at timestamptz,
        position bigint not null,
        last_position bigint not null
      );
      create index if not exists rm_awards_volunteer on rm_awards (volunteer_id);
      create index if not exists rm_awards_org_path on rm_awards using gin (organization_path);
    `,
  },
  {
    // Lookups page by (sort key, id) in byte order, so every list is an index range scan on both databases.
    // A volunteer or an activity has one scope row per node on its organisation's path, so "the subtree of
    // a node, in order" is a range of one index however large the city is; filled here from what is
    // already projected, and kept by the projections from then on.
    id: '004-lookups',
    sql: `
      create index if not exists rm_organizations_children
        on rm_organizations (parent_id, name collate "C", id collate "C");
      create table if not exists rm_volunteer_scopes (
        ancestor_id text not null,
        volunteer_id text not null
      );
      create unique index if not exists rm_volunteer_scopes_order
        on rm_volunteer_scopes (ancestor_id, volunteer_id collate "C");
      insert into rm_volunteer_scopes (ancestor_id, volunteer_id)
        select unnest(organization_path), id from rm_volunteers on conflict do nothing;
      create table if not exists rm_activity_scopes (
        ancestor_id text not null,
        starts_at timestamptz not null,
        activity_id text not null,
        ends_at timestamptz not null
      );
      create unique index if not exists rm_activity_scopes_order
        on rm_activity_scopes (ancestor_id, starts_at, activity_id collate "C");
      insert into rm_activity_scopes (ancestor_id, starts_at, activity_id, ends_at)
        select unnest(organization_path), starts_at, id, ends_at from rm_activities on conflict do nothing;
      create index if not exists rm_sessions_activity on rm_sessions (activity_id, service_start, session_id);
      create index if not exists rm_sessions_review_path on rm_sessions using gin (organization_path)
        where state = 'pending';
      create index if not exists rm_sessions_review_order on rm_sessions (service_start, session_id collate "C")
        where state = 'pending';
      create index if not exists rm_awards_volunteer_order
        on rm_awards (volunteer_id, granted_at, award_id collate "C");
      create index if not exists rm_certificates_volunteer_order
        on rm_certificates (volunteer_id, issued_at, certificate_id collate "C");
    `,
  },
  {
    // Presence (kept by presence-projection.ts, apart from the session tables): each activity's venue and
    // methods, and the evidence of each check-in, check-out, paper sheet and confirmation, keyed by event.
    id: '005-presence',
    sql: `
      create table if not exists rm_activity_venues (
        activity_id text primary key,
        venue jsonb,
        check_in_methods text[] not null,
        position bigint not null
      );
      create table if not exists rm_presence_evidence (
        event_id text primary key,
        session_id text not null,
        volunteer_id text not null,
        event_type text not null,
        method text,
        actor text not null,
        recorded_by text,
        reason text,
        kiosk_code_issued_at timestamptz,
        distance_meters int,
        accuracy_meters int,
        self_confirmed boolean not null default false,
        position bigint not null
      );
      create index if not exists rm_presence_evidence_session on rm_presence_evidence (session_id);
    `,
  },
  {
    // Personal data lives in the personal-data store (pd_people), never in a read model.
    id: '006-personal-data-apart',
    sql: `
      alter table rm_volunteers alter column birth_date drop not null;
      update rm_volunteers set name = '', birth_date = null where name <> '' or birth_date is not null;
    `,
  },
  {
    // 公示: when a confirmed session's posting ends (it counts from then on), kept with each history row so
    // "as known at" answers see the posting as it stood; and each organisation's own posting days.
    id: '007-posting',
    sql: `
      alter table rm_sessions add column if not exists posted_until timestamptz;
      alter table rm_session_history add column if not exists posted_until timestamptz;
      alter table rm_organizations add column if not exists posting_days int;
      create index if not exists rm_sessions_posted on rm_sessions (volunteer_id, posted_until)
        where posted_until is not null;
    `,
  },
  ...STATISTICS_MIGRATIONS,
  {
    // Profile changes (profile-projection.ts): rm_volunteers holds the standing today, this table each
    // change with the value it replaced, so the standing on any earlier day (or as known then) is found.
    id: '008-volunteer-profile-changes',
    sql: `
      alter table rm_volunteers add column if not exists active boolean not null default true;
      alter table rm_volunteers add column if not exists deactivated_on date;
      create table if not exists rm_volunteer_profile_changes (
        volunteer_id text not null,
        position bigint not null,
        event_id text not null,
        kind text not null,
        previous_value text,
        value text,
        effective_on date not null,
        recorded_at timestamptz not null,
        actor text not null,
        primary key (volunteer_id, position)
      );
    `,
  },
  {
    // Evidence keyed by the event's global position, which only grows, instead of its random UUID: each
    // insert lands on the index's last page instead of a random one, so a ledger whose index outgrows the
    // buffers is not read back page by page.
    id: '009-evidence-by-position',
    sql: `
      alter table rm_presence_evidence drop constraint if exists rm_presence_evidence_pkey;
      alter table rm_presence_evidence add primary key (position);
    `,
  },
];

/** Tables a rebuild empties before replaying from position 0. */
export const READ_MODEL_TABLES = [
  'rm_organizations',
  'rm_volunteers',
  'rm_activities',
  'rm_sessions',
  'rm_session_history',
  'rm_balances',
  'rm_school_consents',
  'rm_certificates',
  'rm_certificate_sessions',
  'rm_awards',
  'rm_volunteer_scopes',
  'rm_activity_scopes',
  'rm_activity_venues',
  'rm_presence_evidence',
  'rm_volunteer_profile_changes',
  ...STATISTICS_TABLES,
] as const;
