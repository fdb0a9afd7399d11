import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore } from '@vl/event-store';
import { EVENT_STORE, SQL_CLIENT } from '@vl/platform';
import { type SqlClient } from '@vl/sql';
import { Http, readModelCaughtUp, startTestLedger } from '../support/ledger-app.js';

/** A registration exactly as the ledger wrote it before personal data left the events (schema v1). */
function oldRegistration(volunteerId: string, name: string, birthDate: string) {
  const at = '2024-03-01T08:00:00.000Z';
  return {
    id: randomUUID(),
    type: 'VolunteerRegistered',
    data: {
      volunteerId,
      name,
      birthDate,
      organizationId: 'lianhua',
      organizationPath: ['zhuzhou', 'lianhua'],
      schoolId: null,
      leagueStatus: 'applicant',
    },
    metadata: {
      schemaVersion: 1,
      occurredAt: at,
      recordedAt: at,
      actor: 'admin',
      correlationId: randomUUID(),
    },
  };
}

describe('moving personal data out of events already written', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pd-migration-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('moves names and birth dates into the encrypted store, rewrites the payloads once, and records it', async () => {
    // One data directory and one schema across the restarts: the same ledger, started again.
    const env = { DATA_DIR: join(dataDir, 'ledger'), DATABASE_SCHEMA: 'ledger' };
    const before = await startTestLedger('pglite', env);
    const root = new Http(before.url).as(await before.token({ sub: 'root', roles: ['admin'], org: '*' }));
    expect((await root.post('/organizations', { id: 'zhuzhou', name: '株洲市', kind: 'city' })).status).toBe(
      201,
    );
    expect(
      (
        await root.post('/organizations', {
          id: 'lianhua',
          name: '莲花社区',
          kind: 'community',
          parentId: 'zhuzhou',
        })
      ).status,
    ).toBe(201);
    const store = before.app.app.get<EventStore>(EVENT_STORE);
    await store.append('volunteer-old-1', [oldRegistration('old-1', '雷小锋', '2004-03-05')], 'no_stream');
    await store.append('volunteer-old-2', [oldRegistration('old-2', '张晓燕', '2006-11-20')], 'no_stream');
    await before.close();

    const after = await startTestLedger('pglite', env);
    try {
      const sql = after.app.app.get<SqlClient>(SQL_CLIENT);
      const { rows } = await sql.query<{ data: Record<string, unknown> }>(
        `select data from es_events where type = 'VolunteerRegistered' order by position`,
      );
      expect(rows.map((row) => Object.keys(row.data).sort())).toEqual([
        ['leagueStatus', 'organizationId', 'organizationPath', 'schoolId', 'volunteerId'],
        ['leagueStatus', 'organizationId', 'organizationPath', 'schoolId', 'volunteerId'],
      ]);
      const dump = await sql.query<{ all: string }>(
        `select string_agg(row_to_json(e)::text, '') as all from es_events e`,
      );
      expect(dump.rows[0]?.all).not.toMatch(/雷小锋|张晓燕|2004-03-05|2006-11-20/);
      const recorded = await sql.query<{ data: { eventIds: string[]; volunteerIds: string[] } }>(
        `select data from es_events where type = 'PersonalDataMovedOut'`,
      );
      expect(recorded.rows.map((row) => row.data.volunteerIds)).toEqual([['old-1', 'old-2']]);

      await readModelCaughtUp(after);
      const admin = new Http(after.url).as(await after.token({ sub: 'root', roles: ['admin'], org: '*' }));
      const moved = await admin.get('/volunteers/old-1/personal-data');
      expect(moved.body).toMatchObject({ name: '雷小锋', birthDate: '2004-03-05', identityNumber: null });
      expect((await admin.get('/volunteers/old-2')).body).toMatchObject({
        name: '张*燕',
        birthDate: '2006-**-**',
      });
    } finally {
      await after.close();
    }

    // A third start finds nothing left to move and records nothing more.
    const again = await startTestLedger('pglite', env);
    try {
      const sql = again.app.app.get<SqlClient>(SQL_CLIENT);
      const { rows } = await sql.query(`select 1 from es_events where type = 'PersonalDataMovedOut'`);
      expect(rows).toHaveLength(1);
    } finally {
      await again.close();
    }
  });
});
