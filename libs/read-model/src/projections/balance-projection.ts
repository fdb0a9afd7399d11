import { type SqlExecutor } from '@vl/sql';

/**
 * Recomputes the balances of the volunteers a batch touched from their sessions, so a balance is always
 * the sum of its sessions and cannot drift. Each row keeps the position of the last event that touched it.
 */
export async function refreshBalances(tx: SqlExecutor, touched: ReadonlyMap<string, number>): Promise<void> {
  if (touched.size === 0) return;
  await tx.query(
    `insert into rm_balances (volunteer_id, confirmed_minutes, pending_minutes, by_year, by_category, position)
     select v.id,
       coalesce((select sum(minutes) from rm_sessions s where s.volunteer_id = v.id and s.state = 'confirmed'), 0),
       coalesce((select sum(minutes) from rm_sessions s where s.volunteer_id = v.id and s.state = 'pending'), 0),
       coalesce((select jsonb_object_agg(service_year, total) from (
         select service_year, sum(minutes) as total from rm_sessions s
         where s.volunteer_id = v.id and s.state = 'confirmed' group by service_year) y), '{}'::jsonb),
       coalesce((select jsonb_object_agg(category, total) from (
         select category, sum(minutes) as total from rm_sessions s
         where s.volunteer_id = v.id and s.state = 'confirmed' group by category) c), '{}'::jsonb),
       v.position
     from unnest($1::text[], $2::bigint[]) as v(id, position)
     on conflict (volunteer_id) do update set
       confirmed_minutes = excluded.confirmed_minutes,
       pending_minutes = excluded.pending_minutes,
       by_year = excluded.by_year,
       by_category = excluded.by_category,
       position = greatest(rm_balances.position, excluded.position)`,
    [[...touched.keys()], [...touched.values()]],
  );
}
