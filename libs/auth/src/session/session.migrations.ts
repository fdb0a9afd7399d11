/** Tables of the page sessions, applied by the api role as the `auth` component's migrations. */
export const SESSION_MIGRATIONS: readonly { readonly id: string; readonly sql: string }[] = [
  {
    id: '001-sessions',
    sql: `
      create table if not exists auth_sessions (
        id_hash text primary key,
        method text not null,
        actor jsonb not null,
        display_name text not null,
        csrf_token text not null,
        created_at timestamptz not null,
        last_seen_at timestamptz not null,
        idle_expires_at timestamptz not null,
        expires_at timestamptz not null
      );
      create index if not exists auth_sessions_idle_expiry on auth_sessions (idle_expires_at);
      create table if not exists auth_login_requests (
        id_hash text primary key,
        state text not null,
        nonce text not null,
        code_verifier text not null,
        return_to text not null,
        expires_at timestamptz not null
      );
      create index if not exists auth_login_requests_expiry on auth_login_requests (expires_at);
    `,
  },
];
