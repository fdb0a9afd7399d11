import { type Migration } from '@vl/sql';

/**
 * The personal-data store: one row per person, the record sealed with the person's own data key, the data
 * key wrapped by the master key. Erasure nulls the wrapped key and the record (crypto-shredding); the row
 * stays to say when, by whom and why. The read log lists every unmasked read. The name
 * index (a keyed HMAC of the normalised full name) finds a person by exact name; erasure nulls it too.
 */
export const PERSONAL_DATA_MIGRATIONS: Migration[] = [
  {
    id: '001-personal-data',
    sql: `
      create table if not exists pd_people (
        volunteer_id text primary key,
        organization_path text[] not null,
        key_id text,
        wrapped_key bytea,
        record bytea,
        stored_at timestamptz not null default now(),
        erased_at timestamptz,
        erased_by text,
        erase_reason text
      );
      create table if not exists pd_reads (
        id bigserial primary key,
        actor text not null,
        volunteer_id text not null,
        organization_path text[] not null,
        route text not null,
        read_at timestamptz not null default now()
      );
      create index if not exists pd_reads_path on pd_reads using gin (organization_path);
    `,
  },
  {
    id: '002-name-index',
    sql: `
      alter table pd_people add column if not exists name_index bytea;
      create index if not exists pd_people_name_index on pd_people (name_index);
    `,
  },
];
