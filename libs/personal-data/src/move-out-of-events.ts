import { type SqlClient } from '@vl/sql';
import { type PersonalDataStore } from './personal-data.store.js';

export interface MovedOut {
  readonly eventIds: string[];
  readonly volunteerIds: string[];
}

interface OldRegistration {
  event_id: string;
  data: { volunteerId: string; name?: string; birthDate?: string };
}

/**
 * The one sanctioned rewrite of stored events (docs/personal-data.md): VolunteerRegistered v1 events held
 * the name and birth date. Each is moved into the personal-data store (unless the person already has a
 * record there, or was erased) and then removed from the stored payload, in the SQL event store and in
 * the publisher's folded state. `record` appends the event that says what was rewritten; it runs only
 * when something was. Running again finds nothing to do.
 */
export async function movePersonalDataOutOfEvents(
  sql: SqlClient,
  store: PersonalDataStore,
  record: (moved: MovedOut) => Promise<void>,
): Promise<MovedOut> {
  const { rows } = await sql.query<OldRegistration>(
    `select event_id::text as event_id, data from es_events
      where type = 'VolunteerRegistered' and (data ? 'name' or data ? 'birthDate')
      order by position`,
  );
  const moved: MovedOut = { eventIds: [], volunteerIds: [] };
  if (rows.length === 0) return moved;
  const people = await store.findMany(rows.map((row) => row.data.volunteerId));
  for (const row of rows) {
    const { volunteerId, name, birthDate } = row.data;
    if (people.get(volunteerId)?.status === 'absent' && name !== undefined && birthDate !== undefined) {
      const path = await organizationPathOf(sql, row.event_id);
      await store.put(volunteerId, path, {
        name,
        birthDate,
        phone: null,
        identityNumber: null,
        guardian: null,
      });
    }
    moved.eventIds.push(row.event_id);
    moved.volunteerIds.push(volunteerId);
  }
  // Recorded first: should the rewrite be interrupted, the next start finds the rest and records again.
  await record(moved);
  await sql.query(
    `update es_events set data = data - 'name' - 'birthDate' where event_id::text = any($1::text[])`,
    [moved.eventIds],
  );
  await stripPublisherState(sql, new Set(moved.volunteerIds));
  return moved;
}

async function organizationPathOf(sql: SqlClient, eventId: string): Promise<string[]> {
  const { rows } = await sql.query<{ path: string[] | null }>(
    `select array(select jsonb_array_elements_text(data->'organizationPath')) as path
       from es_events where event_id::text = $1`,
    [eventId],
  );
  return rows[0]?.path ?? [];
}

/** The publisher keeps each volunteer's folded state, profile included: drop the name and birth date there. */
async function stripPublisherState(sql: SqlClient, volunteerIds: ReadonlySet<string>): Promise<void> {
  const exists = await sql.query<{ found: string | null }>(
    `select to_regclass('publisher_balances')::text as found`,
  );
  if (!exists.rows[0]?.found) return;
  const { rows } = await sql.query<{ publisher: string; volunteer_id: string; derived: string | null }>(
    `select publisher, volunteer_id, derived from publisher_balances
      where derived is not null and volunteer_id = any($1::text[])`,
    [[...volunteerIds]],
  );
  for (const row of rows) {
    if (row.derived === null) continue;
    const derived = JSON.parse(row.derived) as { volunteer?: { profile?: Record<string, unknown> } };
    const profile = derived.volunteer?.profile;
    if (!profile || (!('name' in profile) && !('birthDate' in profile))) continue;
    delete profile.name;
    delete profile.birthDate;
    const stripped = JSON.stringify(derived);
    await sql.query(`update publisher_balances set derived = $3 where publisher = $1 and volunteer_id = $2`, [
      row.publisher,
      row.volunteer_id,
      stripped,
    ]);
  }
}
