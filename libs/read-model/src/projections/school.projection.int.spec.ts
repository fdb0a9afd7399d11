import { randomUUID } from 'node:crypto';
import {
  type CertificateContentSnapshot,
  encodeEvent,
  type LedgerEvent,
  volunteerStream,
  certificateStream,
} from '@vl/domain';
import { createEventStore, type EventStore } from '@vl/event-store';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import {
  anActivity,
  confirmed,
  manualRecorded,
  registered,
  VOLUNTEER_ID,
} from '../../../domain/src/testing/fixtures.js';
import { READ_MODEL_MIGRATIONS } from '../migrations.js';
import { Projector } from '../projector.js';
import { CertificateQuery } from '../queries/certificate.query.js';
import { SchoolRosterQuery } from '../queries/school-roster.query.js';

// given(events).then(rows) for the consent and certificate projections, on embedded PGlite.

const activity = anActivity();
const GRANTED_AT = '2024-09-01T00:00:00.000Z';
const content = {
  code: 'K7M2Q9RXH4TD',
  totalMinutes: 120,
  period: { from: '2024-07-01', to: '2024-07-01' },
  issuedAt: '2024-09-02T00:00:00.000Z',
} as CertificateContentSnapshot;

const consent = (consentId: string, until: string | null): LedgerEvent => ({
  type: 'SchoolConsentGranted',
  data: {
    consentId,
    volunteerId: VOLUNTEER_ID,
    schoolId: 'no2',
    schoolPath: ['zz', 'no2'],
    grantedAt: GRANTED_AT,
    until,
  },
});

describe('school projections', () => {
  let sql: SqlClient;
  let store: EventStore;
  let projector: Projector;
  const revisions = new Map<string, number>();

  async function given(stream: string, events: LedgerEvent[]): Promise<void> {
    const revision = revisions.get(stream);
    await store.append(
      stream,
      events.map((event) => ({
        id: randomUUID(),
        ...encodeEvent(event, {
          occurredAt: GRANTED_AT,
          recordedAt: new Date().toISOString(),
          actor: 'test',
          correlationId: 'test',
        }),
      })),
      revision === undefined ? 'no_stream' : revision,
    );
    revisions.set(stream, (revision ?? -1) + events.length);
    await projector.catchUp();
  }

  beforeAll(async () => {
    sql = await createSqlClient({ dataDir: 'memory://', schema: 'school_projection' });
    await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
    store = await createEventStore({ sql });
    projector = new Projector(sql, store, { timeZone: 'Asia/Shanghai' });
  });

  afterAll(async () => {
    await store.close();
    await sql.close();
  });

  it('keeps the latest consent per volunteer and school, and stamps its revocation', async () => {
    const roster = new SchoolRosterQuery(sql);
    await given(volunteerStream(VOLUNTEER_ID), [
      registered(),
      manualRecorded('s-1', activity, activity.startsAt, '2024-07-01T03:00:00.000Z', 120),
      confirmed('s-1', 120),
      consent('c-1', '2024-12-31T16:00:00.000Z'),
    ]);
    expect(await roster.consentingStudents('no2', '2024-10-01T00:00:00.000Z')).toEqual([
      expect.objectContaining({
        volunteerId: VOLUNTEER_ID,
        consentId: 'c-1',
        until: '2024-12-31T16:00:00.000Z',
      }),
    ]);
    expect(await roster.consentingStudents('no2', '2024-12-31T16:00:00.000Z')).toEqual([]);
    expect(await roster.consentingStudents('no8', '2024-10-01T00:00:00.000Z')).toEqual([]);

    await given(volunteerStream(VOLUNTEER_ID), [
      consent('c-2', null),
      {
        type: 'SchoolConsentRevoked',
        data: { consentId: 'c-1', volunteerId: VOLUNTEER_ID, schoolId: 'no2', revokedAt: GRANTED_AT },
      },
    ]);
    const { rows } = await sql.query(`select consent_id, until, revoked_at from rm_school_consents`);
    expect(rows).toEqual([{ consent_id: 'c-2', until: null, revoked_at: null }]);

    await given(volunteerStream(VOLUNTEER_ID), [
      {
        type: 'SchoolConsentRevoked',
        data: { consentId: 'c-2', volunteerId: VOLUNTEER_ID, schoolId: 'no2', revokedAt: GRANTED_AT },
      },
    ]);
    expect(await roster.consentingStudents('no2', '2024-10-01T00:00:00.000Z')).toEqual([]);
    expect((await roster.confirmedEntries([VOLUNTEER_ID])).get(VOLUNTEER_ID)).toEqual([
      expect.objectContaining({ entryId: 's-1', minutes: 120 }),
    ]);
  });

  it('records a certificate with its sessions and follows them as the ledger changes', async () => {
    const certificates = new CertificateQuery(sql);
    await given(certificateStream('cert-1'), [
      {
        type: 'CertificateIssued',
        data: {
          certificateId: 'cert-1',
          volunteerId: VOLUNTEER_ID,
          code: content.code,
          keyId: 'k-1',
          signedForm: 'h.p.s',
          content,
          sessions: [
            { sessionId: 's-1', activityId: activity.activityId, serviceDate: '2024-07-01', minutes: 120 },
          ],
        },
      },
    ]);
    expect(await certificates.byCode(content.code)).toMatchObject({
      certificateId: 'cert-1',
      minutes: 120,
      content: { code: content.code },
      sessions: [
        { sessionId: 's-1', certifiedMinutes: 120, currentMinutes: 120, state: 'confirmed', reason: null },
      ],
    });
    expect(await certificates.byCode('ABCDEFGHJKLM')).toBeUndefined();

    await given(volunteerStream(VOLUNTEER_ID), [
      {
        type: 'SessionRevoked',
        data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: 'forged', revokedMinutes: 120 },
      },
    ]);
    expect((await certificates.byCode(content.code))?.sessions).toEqual([
      expect.objectContaining({
        currentMinutes: 0,
        state: 'revoked',
        reason: 'forged',
        changedAt: expect.any(String),
      }),
    ]);
  });
});
