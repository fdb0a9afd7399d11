import { type ActivitySnapshot, type LedgerEvent } from '@vl/domain';
import {
  projectionDatabase,
  projectionSpecification,
  type ProjectionDatabase,
} from '../testing/projection-specification.js';

// The presence projection as given(events).then(rows), on embedded PGlite through the projector's own code.

let database: ProjectionDatabase;
beforeAll(async () => {
  database = await projectionDatabase();
});
afterAll(async () => {
  await database?.close();
});

const venue = {
  name: '神农公园',
  address: '株洲市天元区',
  latitude: 27.8274,
  longitude: 113.134,
  radiusMeters: 200,
};
const ACTIVITY: ActivitySnapshot = {
  activityId: 'act-1',
  organizationId: 'org-team',
  organizationPath: ['org-city', 'org-team'],
  title: '神农公园环保行',
  category: 'environment',
  startsAt: '2024-07-01T01:00:00.000Z',
  endsAt: '2024-07-01T05:00:00.000Z',
  maxMinutesPerVolunteer: null,
  autoConfirm: false,
  venue,
  checkInMethods: ['qr', 'geo', 'organizer'],
};
const {
  venue: _withoutVenue,
  checkInMethods: _withoutMethods,
  ...OLDER_ACTIVITY
} = { ...ACTIVITY, activityId: 'act-0' };

const evidence = projectionSpecification(
  () => database,
  `select event_id, session_id, event_type, method, actor, recorded_by, reason, distance_meters, accuracy_meters,
     self_confirmed, position
   from rm_presence_evidence order by position`,
);
const venues = projectionSpecification(
  () => database,
  `select activity_id, venue, check_in_methods from rm_activity_venues order by activity_id`,
);

describe('presence projection', () => {
  it('keeps each venue and its methods, and the default methods of an activity from before venues', () =>
    venues
      .given([
        { type: 'ActivityScheduled', data: ACTIVITY },
        { type: 'ActivityScheduled', data: OLDER_ACTIVITY },
      ] as LedgerEvent[])
      .then([
        { activity_id: 'act-0', venue: null, check_in_methods: ['qr', 'organizer'] },
        { activity_id: 'act-1', venue, check_in_methods: ['qr', 'geo', 'organizer'] },
      ]));

  it('keeps the proof of a check-in, a check-out, a paper sheet and whether a confirmation was self-made', () =>
    evidence
      .given([
        {
          type: 'VolunteerCheckedIn',
          data: {
            sessionId: 's-1',
            volunteerId: 'v-1',
            activity: ACTIVITY,
            checkedInAt: '2024-07-01T01:00:00.000Z',
            method: 'geo',
            geo: { distanceMeters: 35, accuracyMeters: 12 },
          },
        },
        {
          type: 'VolunteerCheckedOut',
          data: {
            sessionId: 's-1',
            volunteerId: 'v-1',
            checkedOutAt: '2024-07-01T02:00:00.000Z',
            serviceStart: '2024-07-01T01:00:00.000Z',
            serviceEnd: '2024-07-01T02:00:00.000Z',
            measuredMinutes: 60,
            recordedBy: 'organiser-1',
            reason: '手机没电',
          },
        },
        {
          type: 'SessionConfirmed',
          data: {
            sessionId: 's-1',
            volunteerId: 'v-1',
            minutes: 60,
            measuredMinutes: 60,
            automatic: false,
            selfConfirmed: true,
          },
        },
        {
          type: 'ManualSessionRecorded',
          data: {
            sessionId: 'm-1',
            volunteerId: 'v-1',
            activity: ACTIVITY,
            startedAt: '2024-07-01T03:00:00.000Z',
            endedAt: '2024-07-01T04:00:00.000Z',
            minutes: 60,
            note: 'sheet',
          },
        },
      ])
      .then([
        row(1, 's-1', 'VolunteerCheckedIn', { method: 'geo', distance_meters: 35, accuracy_meters: 12 }),
        row(2, 's-1', 'VolunteerCheckedOut', { recorded_by: 'organiser-1', reason: '手机没电' }),
        row(3, 's-1', 'SessionConfirmed', { self_confirmed: true }),
        row(4, 'm-1', 'ManualSessionRecorded', { recorded_by: 'spec' }),
      ]));
});

function row(position: number, session_id: string, event_type: string, fields: Record<string, unknown>) {
  return {
    event_id: `event-${position}`,
    session_id,
    event_type,
    method: null,
    actor: 'spec',
    recorded_by: null,
    reason: null,
    distance_meters: null,
    accuracy_meters: null,
    self_confirmed: false,
    ...fields,
    position,
  };
}
