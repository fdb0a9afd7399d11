import {
  type AwardGranted,
  encodeEvent,
  type LedgerEvent,
  type VolunteerRegistered,
  volunteerStream,
} from '@vl/domain';
import { PostgresEventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import { randomUUID } from 'node:crypto';
import { READ_MODEL_MIGRATIONS } from '../migrations.js';
import { Projector } from '../projector.js';
import { AwardQuery } from '../queries/award.query.js';

// given(events).then(rows) for honours: the award table and what a volunteer held at a moment.

const registered: VolunteerRegistered = {
  type: 'VolunteerRegistered',
  data: {
    volunteerId: 'v-1',
    organizationId: 'lianhua',
    organizationPath: ['zz', 'hetang', 'lianhua'],
    schoolId: null,
    leagueStatus: 'member',
    minorAtRegistration: false,
  },
};
const granted = (awardId: string, tier: string, grantedAt: string): AwardGranted => ({
  type: 'AwardGranted',
  data: {
    awardId,
    volunteerId: 'v-1',
    policyId: 'star-volunteer',
    version: 1,
    tier,
    unit: 'minutes',
    measured: 6600,
    threshold: 6000,
    evidence: ['s-1', 's-2'],
    note: '年度表彰',
    grantedAt,
  },
});

describe('the award projection', () => {
  let sql: SqlClient;
  let store: PostgresEventStore;
  let revision = -1;

  async function given(events: LedgerEvent[], recordedAt: string): Promise<void> {
    await store.append(
      volunteerStream('v-1'),
      events.map((event) => ({
        id: randomUUID(),
        ...encodeEvent(event, {
          occurredAt: recordedAt,
          recordedAt,
          actor: 'hetang-admin',
          correlationId: 'c',
        }),
      })),
      revision < 0 ? 'no_stream' : revision,
    );
    revision += events.length;
    await new Projector(sql, store, { timeZone: 'Asia/Shanghai' }).catchUp();
  }

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'award_projection' });
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    store = await PostgresEventStore.create(sql);
  });

  afterAll(async () => {
    await store?.close();
    await sql?.close();
  });

  it('keeps each award with the volunteer’s line, its figures and evidence, then its revocation', async () => {
    await given(
      [registered, granted('a-1', '1-star', '2024-08-01T02:00:00.000Z')],
      '2024-08-01T02:00:01.000Z',
    );
    await given([granted('a-2', '2-star', '2024-09-01T02:00:00.000Z')], '2024-09-01T02:00:01.000Z');
    await given(
      [
        {
          type: 'AwardRevoked',
          data: {
            awardId: 'a-1',
            volunteerId: 'v-1',
            policyId: 'star-volunteer',
            tier: '1-star',
            reason: '撤销',
          },
        },
      ],
      '2024-10-01T00:00:00.000Z',
    );
    const awards = new AwardQuery(sql);
    const { rows } = await sql.query<{ award_id: string; state: string; organization_path: string[] }>(
      `select award_id, state, organization_path, revoked_reason, revoked_by from rm_awards order by award_id`,
    );
    expect(rows).toEqual([
      {
        award_id: 'a-1',
        state: 'revoked',
        organization_path: ['zz', 'hetang', 'lianhua'],
        revoked_reason: '撤销',
        revoked_by: 'hetang-admin',
      },
      {
        award_id: 'a-2',
        state: 'granted',
        organization_path: ['zz', 'hetang', 'lianhua'],
        revoked_reason: null,
        revoked_by: null,
      },
    ]);
    expect(await awards.heldInSubtree('hetang')).toEqual([
      expect.objectContaining({
        awardId: 'a-2',
        volunteerId: 'v-1',
        organizationId: 'lianhua',
        measured: 6600,
        threshold: 6000,
        evidence: ['s-1', 's-2'],
        grantedAt: '2024-09-01T02:00:00.000Z',
        recordedAt: '2024-09-01T02:00:01.000Z',
        grantedBy: 'hetang-admin',
      }),
    ]);
    expect(await awards.heldInSubtree('tianyuan')).toEqual([]);
    expect((await awards.heldInSubtree('*')).map((award) => award.awardId)).toEqual(['a-2']);
  });

  it('says which honours were held now, before an instant, and as known at an instant', async () => {
    const awards = new AwardQuery(sql);
    const tiers = async (when: { asOf?: string; asKnownAt?: string }) =>
      ((await awards.honoursOf(['v-1', 'v-2'], when)).get('v-1') ?? []).map((honour) => honour.tier);
    expect(await tiers({})).toEqual(['2-star']);
    expect(await tiers({ asKnownAt: '2024-08-15T00:00:00Z' })).toEqual(['1-star']);
    expect(await tiers({ asKnownAt: '2024-09-15T00:00:00Z' })).toEqual(['1-star', '2-star']);
    expect(await tiers({ asKnownAt: '2024-10-15T00:00:00Z' })).toEqual(['2-star']);
    expect(await tiers({ asOf: '2024-08-15T00:00:00Z' })).toEqual([]);
    expect(await tiers({ asOf: '2024-09-15T00:00:00Z', asKnownAt: '2024-09-15T00:00:00Z' })).toEqual([
      '1-star',
      '2-star',
    ]);
    expect((await awards.honoursOf(['v-2'])).get('v-2')).toEqual([]);
  });
});
