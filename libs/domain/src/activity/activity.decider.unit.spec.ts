import { deciderSpecification } from '../testing/decider-specification.js';
import { activityDecider, type ScheduleActivity } from './activity.decider.js';
import { type ActivityScheduled, type ActivitySnapshot } from './activity.events.js';
import { acceptedCheckInMethods, DEFAULT_VENUE_RADIUS_M } from './venue.js';

const spec = deciderSpecification(activityDecider);

function schedule(overrides: Partial<ScheduleActivity['data']> = {}): ScheduleActivity {
  return {
    type: 'ScheduleActivity',
    data: {
      activityId: 'act-1',
      organization: { organizationId: 'lotus-team', path: ['zz', 'hetang', 'lotus', 'lotus-team'] },
      title: '团团心灵驿站',
      category: 'mental-health',
      startsAt: '2024-07-01T09:00:00+08:00',
      endsAt: '2024-07-01T13:00:00+08:00',
      autoConfirm: false,
      now: '2024-06-20T00:00:00Z',
      ...overrides,
    },
  };
}

function scheduled(overrides: Partial<ActivityScheduled['data']> = {}): ActivityScheduled {
  return {
    type: 'ActivityScheduled',
    data: {
      activityId: 'act-1',
      organizationId: 'lotus-team',
      organizationPath: ['zz', 'hetang', 'lotus', 'lotus-team'],
      title: '团团心灵驿站',
      category: 'mental-health',
      startsAt: '2024-07-01T01:00:00.000Z',
      endsAt: '2024-07-01T05:00:00.000Z',
      maxMinutesPerVolunteer: null,
      autoConfirm: false,
      venue: null,
      checkInMethods: ['qr', 'organizer'],
      ...overrides,
    },
  };
}

describe('activity decider', () => {
  it('schedules an activity with its window stored in UTC', () => {
    spec.given([]).when(schedule()).then([scheduled()]);
  });

  it('stores the same instants whatever offset they were given in', () => {
    spec
      .given([])
      .when(schedule({ startsAt: '2024-06-30T20:00:00-05:00', endsAt: '2024-07-01T05:00:00Z' }))
      .then([scheduled()]);
  });

  it('refuses to schedule an activity twice', () => {
    spec.given([scheduled()]).when(schedule()).thenThrows('ACTIVITY_ALREADY_EXISTS', 'activityId');
  });

  it('refuses a window that ends at or before its start', () => {
    spec
      .given([])
      .when(schedule({ endsAt: '2024-07-01T09:00:00+08:00' }))
      .thenThrows('INVALID_ACTIVITY_WINDOW', 'endsAt');
    spec
      .given([])
      .when(schedule({ endsAt: '2024-07-01T08:00:00+08:00' }))
      .thenThrows('INVALID_ACTIVITY_WINDOW', 'endsAt');
  });

  it('product choice, 31-day activity window: accepts a window of exactly 31 days and refuses one a millisecond longer', () => {
    spec
      .given([])
      .when(schedule({ startsAt: '2024-07-01T00:00:00Z', endsAt: '2024-08-01T00:00:00Z' }))
      .then([scheduled({ startsAt: '2024-07-01T00:00:00.000Z', endsAt: '2024-08-01T00:00:00.000Z' })]);
    spec
      .given([])
      .when(schedule({ startsAt: '2024-07-01T00:00:00Z', endsAt: '2024-08-01T00:00:00.001Z' }))
      .thenThrows('INVALID_ACTIVITY_WINDOW', 'endsAt');
  });

  it('refuses instants without an offset or on days that do not exist', () => {
    spec
      .given([])
      .when(schedule({ startsAt: '2024-07-01T09:00:00' }))
      .thenThrows('VALIDATION_FAILED', 'startsAt');
    spec
      .given([])
      .when(schedule({ endsAt: '2024-02-30T09:00:00Z' }))
      .thenThrows('VALIDATION_FAILED', 'endsAt');
    spec
      .given([])
      .when(schedule({ startsAt: 'tomorrow' }))
      .thenThrows('VALIDATION_FAILED', 'startsAt');
  });

  it('product choice, a cap of at most one day: keeps a per-volunteer cap from 1 to 1440 minutes', () => {
    spec
      .given([])
      .when(schedule({ maxMinutesPerVolunteer: 1 }))
      .then([scheduled({ maxMinutesPerVolunteer: 1 })]);
    spec
      .given([])
      .when(schedule({ maxMinutesPerVolunteer: 1440 }))
      .then([scheduled({ maxMinutesPerVolunteer: 1440 })]);
    spec
      .given([])
      .when(schedule({ maxMinutesPerVolunteer: null }))
      .then([scheduled()]);
  });

  it.each([0, -5, 1441, 90.5, Number.NaN])('refuses a cap of %s', (cap) => {
    spec
      .given([])
      .when(schedule({ maxMinutesPerVolunteer: cap }))
      .thenThrows('VALIDATION_FAILED', 'maxMinutesPerVolunteer');
  });

  it('requires a title and trims it', () => {
    spec
      .given([])
      .when(schedule({ title: '  团团心灵驿站  ' }))
      .then([scheduled()]);
    spec
      .given([])
      .when(schedule({ title: ' ' }))
      .thenThrows('VALIDATION_FAILED', 'title');
  });

  it.each(['elderly-care', 'env_cleanup', '7colors', 'a'])('accepts the category %s', (category) => {
    spec
      .given([])
      .when(schedule({ category }))
      .then([scheduled({ category })]);
  });

  it.each(['Elderly', '-care', '', 'has space', '环保', 'x'.repeat(41)])(
    'refuses the category "%s"',
    (category) => {
      spec.given([]).when(schedule({ category })).thenThrows('VALIDATION_FAILED', 'category');
    },
  );

  it('keeps auto-confirmation as scheduled', () => {
    spec
      .given([])
      .when(schedule({ autoConfirm: true }))
      .then([scheduled({ autoConfirm: true })]);
  });
});

describe('venue (the place and "geolocation range (m)" of VolunteerMatters and Golden)', () => {
  const venue = {
    name: ' 神农公园 ',
    address: '株洲市天元区神农大道',
    latitude: 27.8274,
    longitude: 113.134,
  };

  it('keeps the venue and offers geo when it has coordinates, with the default range', () => {
    spec
      .given([])
      .when(schedule({ venue }))
      .then([
        scheduled({
          venue: { ...venue, name: '神农公园', radiusMeters: DEFAULT_VENUE_RADIUS_M },
          checkInMethods: ['qr', 'geo', 'organizer'],
        }),
      ]);
  });

  it('keeps a venue without coordinates and lists only the methods asked for', () => {
    spec
      .given([])
      .when(schedule({ venue: { name: '社区活动室', address: '莲花社区' }, checkInMethods: ['qr'] }))
      .then([
        scheduled({
          venue: {
            name: '社区活动室',
            address: '莲花社区',
            latitude: null,
            longitude: null,
            radiusMeters: null,
          },
          checkInMethods: ['qr'],
        }),
      ]);
  });

  it.each([
    [{ ...venue, latitude: 90.0001 }, 'venue.latitude'],
    [{ ...venue, longitude: -180.5 }, 'venue.longitude'],
    [{ ...venue, latitude: Number.NaN }, 'venue.latitude'],
    [{ ...venue, longitude: null }, 'venue.longitude'],
    [{ ...venue, radiusMeters: 10 }, 'venue.radiusMeters'],
    [{ ...venue, radiusMeters: 5_001 }, 'venue.radiusMeters'],
    [{ name: ' ', address: 'x' }, 'venue.name'],
  ])('refuses the venue %j', (bad, field) => {
    spec
      .given([])
      .when(schedule({ venue: bad }))
      .thenThrows('VALIDATION_FAILED', field);
  });

  it('accepts the ±90/±180 edges', () => {
    spec
      .given([])
      .when(schedule({ venue: { ...venue, latitude: -90, longitude: 180, radiusMeters: 20 } }))
      .then([
        scheduled({
          venue: { ...venue, name: '神农公园', latitude: -90, longitude: 180, radiusMeters: 20 },
          checkInMethods: ['qr', 'geo', 'organizer'],
        }),
      ]);
  });

  it('refuses geo without coordinates, unknown methods and repeats', () => {
    spec
      .given([])
      .when(schedule({ checkInMethods: ['geo'] }))
      .thenThrows('VALIDATION_FAILED', 'checkInMethods');
    spec
      .given([])
      .when(schedule({ checkInMethods: ['qr', 'qr'] }))
      .thenThrows('VALIDATION_FAILED', 'checkInMethods');
    spec
      .given([])
      .when(schedule({ checkInMethods: ['face'] }))
      .thenThrows('VALIDATION_FAILED', 'checkInMethods');
    spec
      .given([])
      .when(schedule({ checkInMethods: [] }))
      .thenThrows('VALIDATION_FAILED', 'checkInMethods');
  });

  it('reads an activity scheduled before venues existed as accepting qr and organizer', () => {
    const { venue: _venue, checkInMethods: _methods, ...old } = scheduled().data;
    const snapshot: ActivitySnapshot = old;
    expect(acceptedCheckInMethods(snapshot)).toEqual(['qr', 'organizer']);
  });
});
