import { decodeEvent, emptyBalance, type LedgerEvent, type VolunteerBalance } from '@vl/domain';
import { fromKafkaRecord } from '../cloudevents/cloud-event.js';
import { eventData, recordAll, registration } from '../testing/ledger-fixtures.js';
import { type VolunteerBalancePayload } from '../topics/topic-payloads.js';
import {
  balanceChanged,
  balanceRecord,
  entryRecord,
  messageKey,
  volunteerIdOfStream,
} from './ledger-messages.js';

function registrationEvent(volunteerId: string): LedgerEvent {
  return {
    type: 'VolunteerRegistered',
    data: {
      volunteerId,
      organizationId: 'o',
      organizationPath: ['o'],
      schoolId: null,
      leagueStatus: 'none',
      minorAtRegistration: false,
    },
  };
}

function decoded(streamName: string, data = registration('v1')) {
  const [recorded] = recordAll([[streamName, [data]]], 7);
  if (!recorded) throw new Error('fixture');
  const event = decodeEvent(recorded);
  if (!event) throw new Error('fixture');
  return { recorded, ...event };
}

describe('ledger messages', () => {
  it('keys a volunteer stream by the volunteer id and other streams by their stream name', () => {
    expect(volunteerIdOfStream('volunteer-v-42')).toBe('v-42');
    expect(volunteerIdOfStream('activity-a1')).toBeUndefined();
    expect(volunteerIdOfStream('volunteer-')).toBeUndefined();
    expect(messageKey('volunteer-v-42')).toBe('v-42');
    expect(messageKey('organization-zz')).toBe('organization-zz');
  });

  it('maps a ledger event to an entry with the event id, type, stream source, volunteer subject and occurrence time', () => {
    const event = decoded('volunteer-v1', eventData(registrationEvent('v1'), '2024-07-01T08:30:00+08:00'));
    const record = entryRecord(event);
    expect(record.key).toBe('v1');
    expect(record.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: event.recorded.id,
      ce_type: 'cn.org.youth.ledger.volunteer.registered.v2',
      ce_source: '/volunteer-ledger/volunteer-v1',
      ce_subject: 'v1',
      ce_time: '2024-07-01T00:30:00.000Z',
      ce_position: '7',
      ce_revision: '0',
      ce_schemaversion: '2',
      'content-type': 'application/json',
    });
    expect(JSON.parse(record.value)).toEqual(event.event.data);
  });

  it('carries no personal data, even for a registration stored in the old shape with a name and birth date', () => {
    const v1 = {
      id: 'old-registration',
      type: 'VolunteerRegistered',
      data: {
        volunteerId: 'v1',
        name: '张小青',
        birthDate: '2008-03-14',
        organizationId: 'o',
        organizationPath: ['o'],
        schoolId: null,
        leagueStatus: 'none',
      },
      metadata: {
        schemaVersion: 1,
        occurredAt: '2024-07-01T08:30:00+08:00',
        recordedAt: '2024-07-01T08:30:00+08:00',
        actor: 'admin',
        correlationId: 'c',
      },
    };
    const record = entryRecord(decoded('volunteer-v1', v1));
    expect(record.value).not.toMatch(/张小青|2008-03-14|birthDate|"name"/);
    expect(JSON.stringify(record.headers)).not.toMatch(/张小青|2008-03-14/);
    expect(JSON.parse(record.value)).toEqual({
      volunteerId: 'v1',
      organizationId: 'o',
      organizationPath: ['o'],
      schoolId: null,
      leagueStatus: 'none',
      minorAtRegistration: false,
    });
    expect(record.headers.ce_type).toBe('cn.org.youth.ledger.volunteer.registered.v2');
  });

  it('maps an organisation event to an entry keyed by its stream', () => {
    const record = entryRecord(
      decoded(
        'organization-zz',
        eventData({
          type: 'OrganizationRegistered',
          data: { organizationId: 'zz', name: '株洲', kind: 'city', parentId: null, path: ['zz'] },
        }),
      ),
    );
    expect(record.key).toBe('organization-zz');
    expect(record.headers.ce_subject).toBe('organization-zz');
    expect(record.headers.ce_source).toBe('/volunteer-ledger/organization-zz');
  });

  it('publishes a balance without its per-session detail, under an id derived from its cause', () => {
    const { recorded } = decoded('volunteer-v1');
    const balance: VolunteerBalance = {
      ...emptyBalance('v1'),
      confirmedMinutes: 90,
      byYear: { '2024': 90 },
      byCategory: { education: 90 },
      sessions: { s1: { state: 'confirmed', minutes: 90, year: '2024', category: 'education' } },
    };
    const event = fromKafkaRecord<VolunteerBalancePayload>(balanceRecord(balance, 3.5, recorded));
    expect(event.id).toBe(`${recorded.id}:balance`);
    expect(event.type).toBe('cn.org.youth.ledger.volunteer.balance-changed.v1');
    expect(event.subject).toBe('v1');
    expect(event.data).toEqual({
      volunteerId: 'v1',
      confirmedMinutes: 90,
      pendingMinutes: 0,
      byYear: { '2024': 90 },
      byCategory: { education: 90 },
      points: 3.5,
      position: 7,
      eventId: recorded.id,
    });
  });

  it('sees a balance change only in what consumers see', () => {
    const before = emptyBalance('v1');
    const openSession = {
      ...before,
      sessions: { s1: { state: 'open' as const, minutes: 0, year: '2024', category: 'c' } },
    };
    expect(balanceChanged(before, openSession)).toBe(false);
    expect(balanceChanged(before, { ...before, pendingMinutes: 5 })).toBe(true);
    expect(balanceChanged(before, { ...before, byCategory: { c: 0 } })).toBe(true);
    expect(balanceChanged({ ...before, byYear: { '2024': 5 } }, { ...before, byYear: { '2024': 6 } })).toBe(
      true,
    );
  });
});
