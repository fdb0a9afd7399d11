import { type Migration } from '@vl/sql';

/**
 * The publisher's own tables. Its checkpoint and the per-volunteer balances it folds are written in one
 * transaction after the broker's acknowledgement, so both always describe the same position.
 * Rows are keyed by publisher name so that several publishers (other clusters, test runs) can share a schema.
 */
export const PUBLISHER_MIGRATIONS: Migration[] = [
  {
    id: '001-checkpoints-and-balances',
    sql: `
      create table if not exists publisher_checkpoints (
        name text primary key,
        position bigint not null,
        updated_at timestamptz not null default now()
      );
      create table if not exists publisher_balances (
        publisher text not null,
        volunteer_id text not null,
        balance jsonb not null,
        position bigint not null,
        primary key (publisher, volunteer_id)
      );
    `,
  },
  {
    // The volunteer's domain state, last published eligibility and standing certificates, beside the
    // balance in the same row so that loading and storing a batch stay one statement each. Text, not jsonb:
    // nothing queries inside it, and converting it to and from jsonb was a good part of each checkpoint.
    id: '002-derived-volunteer-state',
    sql: `alter table publisher_balances add column if not exists derived text;`,
  },
];
