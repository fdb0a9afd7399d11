import { eventNameOfType } from '../cloudevents/event-types.js';
import { loadPolicyDirectory } from '@vl/config';
import { fromKafkaRecord, type KafkaRecord } from '../cloudevents/cloud-event.js';
import { decodeEvent, foldVolunteer, initialVolunteerState, isVolunteerStreamEvent } from '@vl/domain';
import { pointsOfState } from '../ledger/balance-points.js';
import {
  confirmedSession,
  correction,
  eventData,
  recordAll,
  registration,
  revocation,
} from '../testing/ledger-fixtures.js';
import { type VolunteerBalancePayload } from '../topics/topic-payloads.js';
import { planBatch, volunteersOf } from './publish-plan.js';
import { type PublishedVolunteer } from './published-volunteer.js';

const options = { timeZone: 'Asia/Shanghai', policies: await loadPolicyDirectory('policies') };
// The event names back from the reverse-DNS types; a bare name would read as undefined.
const types = (records: readonly KafkaRecord[]) =>
  records.map((record) => eventNameOfType(record.headers.ce_type ?? ''));
const balanceOf = (record: KafkaRecord | undefined) => {
  if (!record) throw new Error('no balance message');
  return fromKafkaRecord<VolunteerBalancePayload>(record).data;
};

describe('planBatch', () => {
  it('publishes every event as an entry and a balance after registration and each change', () => {
    const events = recordAll([['volunteer-v1', [registration('v1'), ...confirmedSession('v1', 's1', 45)]]]);
    const plan = planBatch(events, new Map(), options);
    expect(types(plan.entries)).toEqual([
      'VolunteerRegistered',
      'VolunteerCheckedIn',
      'VolunteerCheckedOut',
      'SessionConfirmed',
    ]);
    expect(plan.entries.map((record) => record.headers.ce_id)).toEqual(events.map((event) => event.id));
    // The check-in changes nothing a consumer sees, so it has no balance message.
    expect(plan.balances.map((record) => record.headers.ce_id)).toEqual([
      `${events[0]?.id}:balance`,
      `${events[2]?.id}:balance`,
      `${events[3]?.id}:balance`,
    ]);
    expect(balanceOf(plan.balances[1])).toMatchObject({ confirmedMinutes: 0, pendingMinutes: 45 });
    expect(balanceOf(plan.balances[2])).toMatchObject({
      confirmedMinutes: 45,
      pendingMinutes: 0,
      byYear: { '2024': 45 },
    });
    expect(plan.lastPosition).toBe(4);
    expect(plan.volunteersAfter.get('v1')?.balance.confirmedMinutes).toBe(45);
  });

  it('gives each balance the points of the whole history up to its cause, however the events are cut', () => {
    const events = recordAll([
      [
        'volunteer-v1',
        [
          registration('v1'),
          ...confirmedSession('v1', 's1', 45, 1),
          ...confirmedSession('v1', 's2', 120, 2),
          correction('v1', 's1', 45, 90, '2024-08-02T00:00:00.000Z'),
          ...confirmedSession('v1', 's3', 30, 3),
          revocation('v1', 's2', 120, '2024-08-03T00:00:00.000Z'),
        ],
      ],
    ]);
    const pointsAt = (position: number): number =>
      pointsOfState(
        foldVolunteer(
          initialVolunteerState,
          events
            .filter((event) => event.position <= position)
            .flatMap((event) => {
              const decoded = decodeEvent(event);
              return decoded && isVolunteerStreamEvent(decoded.event) ? [decoded.event] : [];
            }),
        ),
        options,
      );
    for (const size of [1, 3, events.length]) {
      const volunteers = new Map<string, PublishedVolunteer>();
      for (let start = 0; start < events.length; start += size) {
        const plan = planBatch(events.slice(start, start + size), volunteers, options);
        for (const [id, volunteer] of plan.volunteersAfter) volunteers.set(id, volunteer);
        for (const record of plan.balances) {
          const balance = balanceOf(record);
          expect(balance.points).toBe(pointsAt(balance.position));
        }
      }
    }
    expect(pointsAt(events.length)).toBeGreaterThan(0);
  });

  it('continues from the stored balance, so a later batch adds to what earlier ones folded', () => {
    const earlier = planBatch(
      recordAll([['volunteer-v1', [registration('v1'), ...confirmedSession('v1', 's1', 30)]]]),
      new Map(),
      options,
    );
    const events = recordAll([['volunteer-v1', confirmedSession('v1', 's2', 20, 2)]], 10);
    const plan = planBatch(events, earlier.volunteersAfter, options);
    expect(balanceOf(plan.balances.at(-1))).toMatchObject({ confirmedMinutes: 50, position: 12 });
  });

  it('gives the same messages with the same ids when the batch is replayed, however it is cut', () => {
    const events = recordAll([
      ['volunteer-a', [registration('a'), ...confirmedSession('a', 'sa', 10)]],
      ['volunteer-b', [registration('b'), ...confirmedSession('b', 'sb', 20)]],
    ]);
    const whole = planBatch(events, new Map(), options);
    const first = planBatch(events.slice(0, 3), new Map(), options);
    const second = planBatch(events.slice(3), first.volunteersAfter, options);
    expect([...first.entries, ...second.entries]).toEqual(whole.entries);
    expect([...first.balances, ...second.balances]).toEqual(whole.balances);
  });

  it('publishes organisation and activity events as entries without a balance', () => {
    const events = recordAll([
      [
        'organization-zz',
        [
          eventData({
            type: 'OrganizationRegistered',
            data: { organizationId: 'zz', name: '株洲', kind: 'city', parentId: null, path: ['zz'] },
          }),
        ],
      ],
    ]);
    const plan = planBatch(events, new Map(), options);
    expect(plan.entries.map((record) => record.key)).toEqual(['organization-zz']);
    expect(plan.balances).toEqual([]);
  });

  it('passes over event types it does not know but still moves past them', () => {
    const events = recordAll(
      [['widget-w1', [{ id: 'x', type: 'WidgetPainted', data: {}, metadata: {} }]]],
      5,
    );
    const plan = planBatch(events, new Map(), options);
    expect(plan.entries).toEqual([]);
    expect([...plan.unknownTypes]).toEqual(['WidgetPainted']);
    expect(plan.lastPosition).toBe(5);
  });

  it('names each volunteer of a batch once', () => {
    const events = recordAll([
      ['volunteer-a', [registration('a'), registration('a')]],
      ['activity-x', [registration('x')]],
      ['volunteer-b', [registration('b')]],
    ]);
    expect(volunteersOf(events)).toEqual(['a', 'b']);
  });
});
