import { randomUUID } from 'node:crypto';
import {
  activityStream,
  encodeEvent,
  type LedgerEvent,
  type VolunteerRegistered,
  volunteerStream,
} from '@vl/domain';
import { createEventStore, type EventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { anActivity, PATHS, registered } from '../../../domain/src/testing/fixtures.js';
import { READ_MODEL_MIGRATIONS } from '../migrations.js';
import { Projector } from '../projector.js';
import { ActivityListQuery } from './activity-list.query.js';
import { VolunteerDirectoryQuery } from './volunteer-directory.query.js';

// The scope rows behind the subtree lookups, on embedded PGlite: the projections keep them, a rebuild
// reproduces them, and the migration that introduced them fills them from what was already projected.

const TZ = 'Asia/Shanghai';

function volunteerAt(volunteerId: string, path: readonly string[]): VolunteerRegistered {
  const event = registered(volunteerId);
  return {
    ...event,
    data: { ...event.data, organizationId: path.at(-1) ?? '', organizationPath: [...path] },
  };
}

describe('lookup scope rows', () => {
  let sql: SqlClient;
  let store: EventStore;

  async function append(stream: string, event: LedgerEvent): Promise<void> {
    const at = '2024-07-01T00:00:00.000Z';
    await store.append(
      stream,
      [
        {
          id: randomUUID(),
          ...encodeEvent(event, { occurredAt: at, recordedAt: at, actor: 'test', correlationId: 'c' }),
        },
      ],
      'no_stream',
    );
  }

  async function scopeRows(): Promise<unknown[]> {
    const { rows: volunteers } = await sql.query(
      `select ancestor_id, volunteer_id from rm_volunteer_scopes order by 1, 2`,
    );
    const { rows: activities } = await sql.query(
      `select ancestor_id, activity_id, starts_at, ends_at from rm_activity_scopes order by 1, 2`,
    );
    return [volunteers, activities];
  }

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'scopes' });
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    store = await createEventStore({ sql });
    await append(volunteerStream('v-lotus'), volunteerAt('v-lotus', PATHS.lotus));
    await append(volunteerStream('v-team'), volunteerAt('v-team', PATHS.lotusTeam));
    await append(volunteerStream('v-tianyuan'), volunteerAt('v-tianyuan', PATHS.tianyuan));
    await append(activityStream('act-team'), {
      type: 'ActivityScheduled',
      data: anActivity({ activityId: 'act-team' }),
    });
    await append(activityStream('act-tianyuan'), {
      type: 'ActivityScheduled',
      data: anActivity({
        activityId: 'act-tianyuan',
        organizationId: 'tianyuan',
        organizationPath: [...PATHS.tianyuan],
      }),
    });
    await new Projector(sql, store, { timeZone: TZ }).catchUp();
  });

  afterAll(async () => {
    await store?.close();
    await sql?.close();
  });

  it('keeps one row per node on the path, and a subtree lists exactly its own', async () => {
    const volunteers = new VolunteerDirectoryQuery(sql);
    const activities = new ActivityListQuery(sql);
    const idsIn = async (node: string) =>
      (await volunteers.inSubtree(node, undefined, { limit: 10 })).items.map((item) => item.id);
    expect(await idsIn('zz')).toEqual(['v-lotus', 'v-team', 'v-tianyuan']);
    expect(await idsIn('hetang')).toEqual(['v-lotus', 'v-team']);
    expect(await idsIn('lotus-team')).toEqual(['v-team']);
    const activityIdsIn = async (node: string) =>
      (await activities.inSubtree(node, { timeZone: TZ }, { limit: 10 })).items.map((item) => item.id);
    expect(await activityIdsIn('zz')).toEqual(['act-team', 'act-tianyuan'].sort());
    expect(await activityIdsIn('lotus')).toEqual(['act-team']);
    const { rows } = await sql.query(`select count(*)::int as n from rm_volunteer_scopes`);
    expect(rows[0]).toEqual({ n: PATHS.lotus.length + PATHS.lotusTeam.length + PATHS.tianyuan.length });
  });

  it('comes out identical from a rebuild at position 0', async () => {
    const live = await scopeRows();
    await new Projector(sql, store, { timeZone: TZ }).rebuild();
    expect(await scopeRows()).toEqual(live);
  });

  it('is filled by its migration from volunteers and activities projected before it existed', async () => {
    const live = await scopeRows();
    // A deployment from before the lookups: the scope tables do not exist, the rest is projected.
    await sql.exec(`drop table rm_volunteer_scopes, rm_activity_scopes`);
    await sql.query(`delete from schema_migrations where component = 'read-model' and id = '004-lookups'`);
    expect(await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS)).toEqual(['004-lookups']);
    expect(await scopeRows()).toEqual(live);
  });
});
