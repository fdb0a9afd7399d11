import { type ActivitySnapshot } from '../activity/activity.events.js';
import { deciderSpecification } from '../testing/decider-specification.js';
import {
  anActivity,
  anActor,
  checkedIn,
  checkedOut,
  confirmed,
  registered,
  VOLUNTEER_ID,
} from '../testing/fixtures.js';
import { checkIn, checkOut, confirmSession, recordManualSession } from '../testing/volunteer-commands.js';
import { volunteerDecider } from '../volunteer/volunteer.decider.js';
import { haversineMeters, MAX_GEO_ACCURACY_M } from './geofence.js';
import { KIOSK_CODE_LIFETIME_MS, kioskCodeWindow } from './kiosk-code.js';

const spec = deciderSpecification(volunteerDecider);
const self = { sub: 'volunteer-v-1', roles: ['volunteer' as const], org: 'lotus', volunteerId: VOLUNTEER_ID };
const sibling = anActor('tianyuan');
const admin = anActor('hetang', ['admin']);
// 株洲 神农公园 (Shennong Park), the venue of the geo specs; 09:00–13:00 in Shanghai.
const park = { latitude: 27.8274, longitude: 113.134 };
const located: ActivitySnapshot = anActivity({
  venue: { name: '神农公园', address: '株洲市天元区', ...park, radiusMeters: 200 },
  checkInMethods: ['qr', 'geo', 'organizer'],
});
const NOW = '2024-07-01T01:10:00.000Z';
const liveCode = (activityId = 'act-1', now = NOW) => ({
  activityId,
  issuedAt: kioskCodeWindow(Date.parse(now)).issuedAt,
});
/** A point `meters` due north of the park. */
const north = (meters: number) => ({ latitude: park.latitude + meters / 111_195, longitude: park.longitude });

describe('haversine distance', () => {
  it('measures one degree of latitude as about 111.2 km and a point to itself as 0', () => {
    expect(haversineMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(
      111_195,
      -1,
    );
    expect(haversineMeters(park, park)).toBe(0);
  });

  it('takes the short way across the antimeridian and reaches the poles', () => {
    expect(
      haversineMeters({ latitude: 0, longitude: 179.9 }, { latitude: 0, longitude: -179.9 }),
    ).toBeLessThan(23_000);
    expect(haversineMeters({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 180 })).toBeCloseTo(
      20_015_100,
      -3,
    );
  });
});

describe('kiosk code (志愿汇 and 志愿中国 sign-in codes shown by the activity leader)', () => {
  it('rotates every 30 seconds and lives 60', () => {
    expect(kioskCodeWindow(Date.parse('2024-07-01T01:10:44.999Z'))).toEqual({
      issuedAt: Date.parse('2024-07-01T01:10:30.000Z'),
      refreshAfter: Date.parse('2024-07-01T01:11:00.000Z'),
      expiresAt: Date.parse('2024-07-01T01:11:30.000Z'),
    });
  });

  it('checks a volunteer in at the server time with the live code, and keeps when it was issued', () => {
    spec
      .given([registered()])
      .when(
        checkIn('s-1', undefined, NOW, anActivity(), {
          method: 'qr',
          presence: { actor: self, kioskCode: liveCode() },
        }),
      )
      .then([
        checkedIn('s-1', anActivity(), NOW, { method: 'qr', kioskCodeIssuedAt: '2024-07-01T01:10:00.000Z' }),
      ]);
  });

  it('refuses a qr check-in without a code', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', NOW, NOW, anActivity(), { method: 'qr', presence: { actor: self } }))
      .thenThrows('KIOSK_CODE_REQUIRED', 'code');
  });

  it('志愿汇 / 志愿中国 practice, sign-in codes shown at the venue: refuses a code 60 seconds old and takes one a millisecond younger', () => {
    const issuedAt = Date.parse(NOW) - KIOSK_CODE_LIFETIME_MS;
    spec
      .given([registered()])
      .when(
        checkIn('s-1', undefined, NOW, anActivity(), {
          method: 'qr',
          presence: { actor: self, kioskCode: { activityId: 'act-1', issuedAt } },
        }),
      )
      .thenThrows('KIOSK_CODE_EXPIRED', 'code');
    spec
      .given([registered()])
      .when(
        checkIn('s-1', undefined, NOW, anActivity(), {
          method: 'qr',
          presence: { actor: self, kioskCode: { activityId: 'act-1', issuedAt: issuedAt + 1 } },
        }),
      )
      .then([
        checkedIn('s-1', anActivity(), NOW, {
          method: 'qr',
          kioskCodeIssuedAt: new Date(issuedAt + 1).toISOString(),
        }),
      ]);
  });

  it("refuses another activity's code", () => {
    spec
      .given([registered()])
      .when(
        checkIn('s-1', undefined, NOW, anActivity(), {
          method: 'qr',
          presence: { actor: self, kioskCode: liveCode('act-2') },
        }),
      )
      .thenThrows('KIOSK_CODE_OTHER_ACTIVITY', 'code');
  });

  it('requires the code, or a location, for a volunteer’s own check-out', () => {
    const open = [registered(), checkedIn('s-1', anActivity(), '2024-07-01T01:00:00.000Z')];
    spec
      .given(open)
      .when(checkOut(undefined, NOW, 'act-1', { actor: self }))
      .thenThrows('PRESENCE_PROOF_REQUIRED', 'code');
    spec
      .given(open)
      .when(checkOut(undefined, NOW, 'act-1', { actor: self, kioskCode: liveCode() }))
      .then([
        {
          type: 'VolunteerCheckedOut',
          data: {
            sessionId: 's-1',
            volunteerId: VOLUNTEER_ID,
            checkedOutAt: NOW,
            serviceStart: '2024-07-01T01:00:00.000Z',
            serviceEnd: NOW,
            measuredMinutes: 10,
            kioskCodeIssuedAt: NOW,
          },
        },
      ]);
  });
});

describe('geofence (GPS sign-in range, as 志愿汇; VolunteerMatters and Golden "geolocation range (m)")', () => {
  const geo = (location: { latitude: number; longitude: number; accuracy: number }) =>
    checkIn('s-1', undefined, NOW, located, { method: 'geo', presence: { actor: self, location } });

  it('accepts a fix inside the radius and keeps distance and accuracy, not the coordinates', () => {
    spec
      .given([registered()])
      .when(geo({ ...north(150), accuracy: 20 }))
      .then([
        checkedIn('s-1', located, NOW, { method: 'geo', geo: { distanceMeters: 150, accuracyMeters: 20 } }),
      ]);
  });

  it('gives the fix the benefit of its accuracy: 249 m away at ±50 m reaches a 200 m range, ±48 m does not', () => {
    spec
      .given([registered()])
      .when(geo({ ...north(249), accuracy: 50 }))
      .then([
        checkedIn('s-1', located, NOW, { method: 'geo', geo: { distanceMeters: 249, accuracyMeters: 50 } }),
      ]);
    spec
      .given([registered()])
      .when(geo({ ...north(249), accuracy: 48 }))
      .thenThrows('OUTSIDE_GEOFENCE', 'latitude');
  });

  it('志愿汇 / 志愿中国 practice, sign-in within a GPS range: refuses a check-in 5 km away', () => {
    spec
      .given([registered()])
      .when(geo({ ...north(5_000), accuracy: 10 }))
      .thenThrows('OUTSIDE_GEOFENCE');
  });

  it(`refuses a fix vaguer than ${MAX_GEO_ACCURACY_M} m even at the venue`, () => {
    spec
      .given([registered()])
      .when(geo({ ...park, accuracy: MAX_GEO_ACCURACY_M + 0.5 }))
      .thenThrows('LOCATION_TOO_IMPRECISE', 'accuracy');
  });

  it('refuses geo at an activity whose venue has no coordinates', () => {
    spec
      .given([registered()])
      .when(
        checkIn('s-1', undefined, NOW, anActivity(), {
          method: 'geo',
          presence: { actor: self, location: { ...park, accuracy: 5 } },
        }),
      )
      .thenThrows('CHECK_IN_METHOD_NOT_ACCEPTED', 'method');
  });

  it('refuses a geo check-in that carries no location', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', undefined, NOW, located, { method: 'geo', presence: { actor: self } }))
      .thenThrows('LOCATION_REQUIRED');
  });
});

describe('server time and the organiser method (代签 from home must not work)', () => {
  it('志愿汇 / 志愿中国 practice, the leader signs others in: refuses a volunteer who self-certifies with method organizer', () => {
    spec
      .given([registered()])
      .when(checkIn('s-1', undefined, NOW, anActivity(), { method: 'organizer', presence: { actor: self } }))
      .thenThrows('ORGANIZER_METHOD_FORBIDDEN', 'method');
  });

  it('refuses method organizer from an organiser of a sibling district', () => {
    spec
      .given([registered()])
      .when(
        checkIn('s-1', undefined, NOW, anActivity(), { method: 'organizer', presence: { actor: sibling } }),
      )
      .thenThrows('ORGANIZER_METHOD_FORBIDDEN');
  });

  it('志愿汇 / 志愿中国 practice, sign-in at the server time: takes a volunteer’s own time 5 minutes off the server clock and refuses one a millisecond further back', () => {
    const presence = { actor: self, kioskCode: liveCode() };
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T01:05:00.000Z', NOW, anActivity(), { method: 'qr', presence }))
      .then([
        checkedIn('s-1', anActivity(), '2024-07-01T01:05:00.000Z', { method: 'qr', kioskCodeIssuedAt: NOW }),
      ]);
    spec
      .given([registered()])
      .when(checkIn('s-1', '2024-07-01T01:04:59.999Z', NOW, anActivity(), { method: 'qr', presence }))
      .thenThrows('SELF_SERVICE_TIME_OFF', 'at');
  });

  it('lets an admin of the organising subtree record a past check-in (a paper sheet), saying who and why', () => {
    spec
      .given([registered()])
      .when(
        checkIn('s-1', '2024-07-01T01:00:00.000Z', '2024-07-01T04:00:00.000Z', anActivity(), {
          method: 'organizer',
          presence: { actor: admin, reason: ' 签到机离线，按纸质签到表补录 ' },
        }),
      )
      .then([
        checkedIn('s-1', anActivity(), '2024-07-01T01:00:00.000Z', {
          method: 'organizer',
          recordedBy: admin.sub,
          reason: '签到机离线，按纸质签到表补录',
        }),
      ]);
  });

  it('refuses a volunteer’s backdated check-out', () => {
    spec
      .given([registered(), checkedIn('s-1', anActivity(), '2024-07-01T01:00:00.000Z')])
      .when(
        checkOut('2024-07-01T02:00:00.000Z', '2024-07-01T04:00:00.000Z', 'act-1', {
          actor: self,
          kioskCode: liveCode('act-1', '2024-07-01T04:00:00.000Z'),
        }),
      )
      .thenThrows('SELF_SERVICE_TIME_OFF', 'at');
  });

  it('refuses a method the activity does not accept', () => {
    const qrOnly = anActivity({ checkInMethods: ['qr'] });
    spec
      .given([registered()])
      .when(checkIn('s-1', undefined, NOW, qrOnly, { method: 'organizer', presence: { actor: admin } }))
      .thenThrows('CHECK_IN_METHOD_NOT_ACCEPTED', 'method');
  });
});

describe('self-confirmation marker (four-eyes principle: the anomaly report names who certified their own hours)', () => {
  const leader = { ...anActor('lotus-team'), volunteerId: VOLUNTEER_ID };
  const activity = anActivity();
  const closed = [
    registered(),
    checkedIn('s-1', activity, '2024-07-01T01:00:00.000Z'),
    checkedOut(
      's-1',
      '2024-07-01T02:00:00.000Z',
      ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
      60,
    ),
  ];

  it('given a closed session, when its own volunteer confirms it as organiser, then the confirmation says so', () => {
    spec
      .given(closed)
      .when(confirmSession('s-1', undefined, leader))
      .then([{ ...confirmed('s-1', 60), data: { ...confirmed('s-1', 60).data, selfConfirmed: true } }]);
  });

  it('given a closed session, when another organiser confirms it, then the confirmation carries no marker', () => {
    spec
      .given(closed)
      .when(confirmSession('s-1'))
      .then([confirmed('s-1', 60)]);
  });

  it('given a registered volunteer, when they record their own paper sheet as organiser, then it is marked', () => {
    const [, certified] = volunteerDecider.decide(
      recordManualSession(
        'm-1',
        ['2024-07-01T01:00:00Z', '2024-07-01T02:00:00Z'],
        60,
        '2024-07-02T00:00:00Z',
        {
          actor: leader,
        },
      ),
      volunteerDecider.evolve(volunteerDecider.initialState, registered()),
    );
    expect(certified).toMatchObject({ type: 'SessionConfirmed', data: { selfConfirmed: true } });
  });
});
