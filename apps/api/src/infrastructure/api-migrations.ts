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
];
