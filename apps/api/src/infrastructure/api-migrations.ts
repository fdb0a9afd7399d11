import { type Migration } from '@vl/sql';

export const API_MIGRATIONS: Migration[] = [
  {
    id: '001-idempotency',
    sql: `
      create table if not exists api_idempotency (
        key_hash text primary key,
        request_hash text not null,
        status int not null,
        response jsonb not null,
        created_at timestamptz not null default now()
      );
    `,
  },
  {
    // A claim row per key: taken in progress before deciding, completed with the exact answer sent.
    id: '002-idempotency-claims',
    sql: `
      alter table api_idempotency add column if not exists state text not null default 'completed';
      alter table api_idempotency add column if not exists claim_token text;
      alter table api_idempotency add column if not exists lease_until timestamptz;
      alter table api_idempotency alter column status drop not null;
      alter table api_idempotency alter column response drop not null;
      alter table api_idempotency alter column response type text using response::text;
    `,
  },
];
