import { type Migration } from '@vl/sql';

/** The channel appends NOTIFY on, with the schema as payload; subscribers LISTEN on it. */
export const APPEND_CHANNEL = 'vl_event_store_append';

const TABLES = `
  create table if not exists es_streams (
    stream_name text primary key,
    revision bigint not null
  );

  create table if not exists es_events (
    position bigint primary key,
    stream_name text not null,
    revision bigint not null,
    event_id uuid not null,
    type text not null,
    data jsonb not null,
    metadata jsonb not null,
    created_at timestamptz not null default clock_timestamp(),
    constraint es_events_event_id_key unique (event_id),
    constraint es_events_stream_revision_key unique (stream_name, revision)
  );
`;

/*
 * es_append(batch) appends a group of appends in one call:
 * [{"s": stream, "x": expected, "e": [events], "k": {"h": key hash, "r": request hash},
 *   "u": [{"s": stream, "v": revision}]}], where expected is "no_stream" | "any" | "stream_exists" | a
 * revision, each event is {"id", "type", "data", "metadata"}, "k" (optional) is a client's request key,
 * bound to its request's hash by the first append carrying it (es_request_keys), in the same transaction as
 * the events, and "u" (optional) names other streams the decision read, at the revisions read (-1: none).
 * It answers one row per append, in order:
 *   ok            stream_revision = the stream's last revision, stream_position = that event's position
 *   repeated      as ok, but these very events were stored before (same ids, same place): nothing stored
 *   wrong_revision stream_revision = the actual revision (null when the stream does not exist)
 *   stale_read    stale_stream = a stream of "u" no longer at the revision read, stream_revision = its
 *                 revision now (-1: none)
 *   duplicate     conflicting_id = an id already stored elsewhere
 *   key_reused    the request key is bound to another request hash
 * A refused append changes nothing and does not affect the others in the group.
 *
 * Why subscribers never skip: every append takes one transaction-scoped advisory lock before it picks
 * positions (max + 1) and holds it until its transaction ends. PostgreSQL makes a commit visible to new
 * snapshots (ProcArrayEndTransaction) before it releases the transaction's locks, so the next holder's
 * positions are all larger and become visible strictly later. Hence every snapshot sees a prefix of the
 * committed positions: a reader that sees position p already sees every committed position below p, and
 * reading "position > last seen" in order can neither skip nor repeat. Serialising appends costs little
 * because concurrent appends of a process are grouped into one call (see GroupCommit in @vl/sql).
 * The same holds under READ COMMITTED only, where each statement below takes a fresh snapshot after the
 * lock is granted; the function must not run in a REPEATABLE READ or SERIALIZABLE transaction.
 */
const APPEND_FUNCTION = `
  -- Dropped first: a later version may answer other columns, which "create or replace" cannot change.
  drop function if exists es_append(jsonb);
  create function es_append(batch jsonb)
  returns table (
    slot int, outcome text, stream_revision bigint, stream_position bigint, conflicting_id uuid, stale_stream text
  )
  language plpgsql as $$
  declare
    head bigint;
    item jsonb;
    stream text;
    stored_stream text;
    expected text;
    ids uuid[];
    event_count int;
    current_revision bigint;
    first_revision bigint;
    matched int;
    allowed boolean;
    initial_head bigint;
    request_key text;
    bound_hash text;
  begin
    perform pg_advisory_xact_lock(1702065475, 'es_events'::regclass::oid::int);
    select coalesce(max(e.position), 0) into head from es_events e;
    initial_head := head;

    for i in 0 .. jsonb_array_length(batch) - 1 loop
      item := batch -> i;
      slot := i;
      stream := item ->> 's';
      expected := item ->> 'x';
      stream_revision := null;
      stream_position := null;
      conflicting_id := null;
      stale_stream := null;
      select coalesce(array_agg((v ->> 'id')::uuid order by o), '{}') into ids
        from jsonb_array_elements(item -> 'e') with ordinality as t(v, o);
      event_count := cardinality(ids);
      select s.revision into current_revision from es_streams s where s.stream_name = stream;
      if not found then current_revision := null; end if;

      -- Idempotency: the same ids, in order, stored in this stream where this append would have put them.
      select e.event_id, e.stream_name, e.revision into conflicting_id, stored_stream, first_revision
        from es_events e where e.event_id = any(ids)
        order by array_position(ids, e.event_id) limit 1;
      if conflicting_id is not null then
        select count(*) into matched
          from unnest(ids) with ordinality as u(id, o)
          join es_events e on e.stream_name = stream and e.revision = first_revision + u.o - 1 and e.event_id = u.id;
        allowed := conflicting_id = ids[1] and stored_stream = stream and matched = event_count and case expected
          when 'any' then true
          when 'stream_exists' then true
          when 'no_stream' then first_revision = 0
          else first_revision = expected::bigint + 1
        end;
        if allowed then
          outcome := 'repeated';
          stream_revision := first_revision + event_count - 1;
          select e.position into stream_position from es_events e
            where e.stream_name = stream and e.revision = stream_revision;
          conflicting_id := null;
        else
          outcome := 'duplicate';
        end if;
        return next;
        continue;
      end if;

      allowed := case expected
        when 'any' then true
        when 'no_stream' then current_revision is null
        when 'stream_exists' then current_revision is not null
        else current_revision is not distinct from expected::bigint
      end;
      -- A request key bound to another body refuses the append whatever the stream's revision.
      request_key := item -> 'k' ->> 'h';
      if request_key is not null then
        select k.request_hash into bound_hash from es_request_keys k where k.key_hash = request_key;
        if found and bound_hash <> item -> 'k' ->> 'r' then
          outcome := 'key_reused';
          return next;
          continue;
        end if;
      end if;

      if not allowed then
        outcome := 'wrong_revision';
        stream_revision := current_revision;
        return next;
        continue;
      end if;

      -- The other streams the decision read must still be where it read them.
      if item ? 'u' then
        select r.value ->> 's', coalesce(s.revision, -1) into stale_stream, stream_revision
          from jsonb_array_elements(item -> 'u') as r
          left join es_streams s on s.stream_name = r.value ->> 's'
          where coalesce(s.revision, -1) <> (r.value ->> 'v')::bigint
          limit 1;
        if found then
          outcome := 'stale_read';
          return next;
          continue;
        end if;
      end if;

      if request_key is not null then
        insert into es_request_keys (key_hash, request_hash, stream_name)
          values (request_key, item -> 'k' ->> 'r', stream)
          on conflict on constraint es_request_keys_pkey do nothing;
      end if;

      if event_count > 0 then
        insert into es_events (position, stream_name, revision, event_id, type, data, metadata)
        select head + t.o, stream, coalesce(current_revision, -1) + t.o, (t.v ->> 'id')::uuid, t.v ->> 'type',
               t.v -> 'data', t.v -> 'metadata'
          from jsonb_array_elements(item -> 'e') with ordinality as t(v, o);
        head := head + event_count;
        current_revision := coalesce(current_revision, -1) + event_count;
        insert into es_streams as s (stream_name, revision) values (stream, current_revision)
          on conflict (stream_name) do update set revision = excluded.revision;
        stream_position := head;
      else
        select e.position into stream_position from es_events e
          where e.stream_name = stream and e.revision = current_revision;
      end if;
      outcome := 'ok';
      stream_revision := coalesce(current_revision, -1);
      stream_position := coalesce(stream_position, 0);
      return next;
    end loop;

    if head > initial_head then
      perform pg_notify('${APPEND_CHANNEL}', current_schema());
    end if;
  end;
  $$;
`;

/*
 * es_append again, as a set: a group whose appends cannot affect one another is appended in a few
 * statements for the whole group instead of several per append. That is so when every append names a
 * stream of its own, a request key of its own and at least one event, no event id repeats or is stored
 * already, no request key is bound to another hash, every expected revision holds and every stream read
 * ("u") is unchanged and not appended in the group: then each append is "ok", exactly as the loop would
 * answer, with positions in the group's order. Any other group (a retry, a conflict, a refusal, two
 * appends of one stream) goes through es_append_each, the loop above, one append after the other.
 */
const SET_BASED_APPEND_FUNCTION = `
  drop function if exists es_append(jsonb);
  ${APPEND_FUNCTION.replace(
    'drop function if exists es_append(jsonb);',
    'drop function if exists es_append_each(jsonb);',
  ).replace('create function es_append(batch jsonb)', 'create function es_append_each(batch jsonb)')}
  create function es_append(batch jsonb)
  returns table (
    slot int, outcome text, stream_revision bigint, stream_position bigint, conflicting_id uuid, stale_stream text
  )
  language plpgsql as $$
  declare
    head bigint;
    independent boolean;
  begin
    perform pg_advisory_xact_lock(1702065475, 'es_events'::regclass::oid::int);
    with items as (
      select b.v ->> 's' as stream, b.v ->> 'x' as expected, b.v -> 'k' ->> 'h' as key_hash,
             b.v -> 'k' ->> 'r' as request_hash, b.v -> 'u' as reads, b.v -> 'e' as events
      from jsonb_array_elements(batch) as b(v)
    ), ids as (
      select (e.v ->> 'id')::uuid as id from items i, jsonb_array_elements(i.events) as e(v)
    )
    select
      (select count(distinct i.stream) = count(*) and count(distinct i.key_hash) = count(i.key_hash)
              and bool_and(jsonb_array_length(i.events) > 0) from items i)
      and (select count(distinct d.id) = count(*) from ids d)
      and not exists (select 1 from ids d join es_events e on e.event_id = d.id)
      and not exists (select 1 from items i join es_request_keys k on k.key_hash = i.key_hash
                      where k.request_hash <> i.request_hash)
      and not exists (select 1 from items i left join es_streams s on s.stream_name = i.stream
                      where not case i.expected
                        when 'any' then true
                        when 'no_stream' then s.revision is null
                        when 'stream_exists' then s.revision is not null
                        else s.revision is not distinct from i.expected::bigint end)
      and not exists (select 1 from items i, jsonb_array_elements(i.reads) as r(v)
                      left join es_streams s on s.stream_name = r.v ->> 's'
                      where coalesce(s.revision, -1) <> (r.v ->> 'v')::bigint
                         or r.v ->> 's' in (select i2.stream from items i2))
    into independent;
    if not coalesce(independent, false) then
      return query select * from es_append_each(batch);
      return;
    end if;

    select coalesce(max(e.position), 0) into head from es_events e;
    return query
    with items as (
      select (b.o - 1)::int as slot, b.v ->> 's' as stream, b.v -> 'k' ->> 'h' as key_hash,
             b.v -> 'k' ->> 'r' as request_hash, b.v -> 'e' as events, jsonb_array_length(b.v -> 'e') as n,
             coalesce(s.revision, -1) as revision
      from jsonb_array_elements(batch) with ordinality as b(v, o)
      left join es_streams s on s.stream_name = b.v ->> 's'
    ), placed as (
      select i.*, head + sum(i.n) over (order by i.slot) as last_position from items i
    ), keys as (
      insert into es_request_keys (key_hash, request_hash, stream_name)
      select p.key_hash, p.request_hash, p.stream from placed p where p.key_hash is not null
      on conflict on constraint es_request_keys_pkey do nothing
    ), events as (
      insert into es_events (position, stream_name, revision, event_id, type, data, metadata)
      select p.last_position - p.n + e.o, p.stream, p.revision + e.o, (e.v ->> 'id')::uuid, e.v ->> 'type',
             e.v -> 'data', e.v -> 'metadata'
      from placed p, jsonb_array_elements(p.events) with ordinality as e(v, o)
    ), streams as (
      insert into es_streams as s (stream_name, revision)
      select p.stream, p.revision + p.n from placed p
      on conflict (stream_name) do update set revision = excluded.revision
    )
    select p.slot, 'ok'::text, p.revision + p.n, p.last_position::bigint, null::uuid, null::text
      from placed p order by p.slot;
    perform pg_notify('${APPEND_CHANNEL}', current_schema());
  end;
  $$;
`;

/**
 * Request keys bound by appends (see es_append): a key, once an append carrying it stored events, belongs to
 * that request's body for good.
 */
const REQUEST_KEYS = `
  create table if not exists es_request_keys (
    key_hash text not null,
    request_hash text not null,
    stream_name text not null,
    created_at timestamptz not null default now(),
    constraint es_request_keys_pkey primary key (key_hash)
  );
`;

export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  { id: '001-streams-events-append', sql: TABLES + REQUEST_KEYS + APPEND_FUNCTION },
  { id: '002-request-keys', sql: REQUEST_KEYS + APPEND_FUNCTION },
  { id: '003-unchanged-reads', sql: APPEND_FUNCTION },
  { id: '004-set-based-append', sql: SET_BASED_APPEND_FUNCTION },
];
