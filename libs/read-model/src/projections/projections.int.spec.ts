import { type ActivitySnapshot, type LedgerEvent } from '@vl/domain';
import {
  projectionDatabase,
  projectionSpecification,
  type ProjectionDatabase,
} from '../testing/projection-specification.js';

// Read-model projections as given(events).then(rows), on embedded PGlite through the projector's own code.

let database: ProjectionDatabase;
beforeAll(async () => {
  database = await projectionDatabase();
});
afterAll(async () => {
  await database?.close();
});

const at = (iso: string): Date => new Date(iso);

const ACTIVITY: ActivitySnapshot = {
  activityId: 'act-1',
  organizationId: 'org-school',
  organizationPath: ['org-city', 'org-school'],
  title: '七彩课堂',
  category: 'education',
  startsAt: '2024-07-01T01:00:00.000Z',
  endsAt: '2024-07-01T05:00:00.000Z',
  maxMinutesPerVolunteer: null,
  autoConfirm: false,
};
// Ends at 01:00 on New Year's Day in Shanghai: its service belongs to 2025 there.
const NEW_YEAR_ACTIVITY: ActivitySnapshot = {
  ...ACTIVITY,
  activityId: 'act-2',
  title: '跨年志愿服务',
  category: 'community',
  startsAt: '2024-12-31T15:00:00.000Z',
  endsAt: '2024-12-31T18:00:00.000Z',
};

const registered = (volunteerId: string): LedgerEvent => ({
  type: 'VolunteerRegistered',
  data: {
    volunteerId,
    organizationId: 'org-school',
    organizationPath: ['org-city', 'org-school'],
    schoolId: null,
    leagueStatus: 'none',
    minorAtRegistration: false,
  },
});
const checkedIn = (
  sessionId: string,
  checkedInAt: string,
  activity = ACTIVITY,
  volunteerId = 'v-1',
): LedgerEvent => ({
  type: 'VolunteerCheckedIn',
  data: { sessionId, volunteerId, activity, checkedInAt, method: 'qr' },
});
const checkedOut = (
  sessionId: string,
  serviceStart: string,
  serviceEnd: string,
  measuredMinutes: number,
  volunteerId = 'v-1',
): LedgerEvent => ({
  type: 'VolunteerCheckedOut',
  data: { sessionId, volunteerId, checkedOutAt: serviceEnd, serviceStart, serviceEnd, measuredMinutes },
});
const confirmed = (sessionId: string, minutes: number, volunteerId = 'v-1'): LedgerEvent => ({
  type: 'SessionConfirmed',
  data: { sessionId, volunteerId, minutes, measuredMinutes: minutes, automatic: false },
});
const manual = (sessionId: string, minutes: number, volunteerId = 'v-1'): LedgerEvent => ({
  type: 'ManualSessionRecorded',
  data: {
    sessionId,
    volunteerId,
    activity: ACTIVITY,
    startedAt: '2024-07-01T02:00:00.000Z',
    endedAt: new Date(Date.parse('2024-07-01T02:00:00.000Z') + minutes * 60_000).toISOString(),
    minutes,
    note: 'paper sheet',
  },
});

describe('session projection', () => {
  const sessions = projectionSpecification(
    () => database,
    `select session_id, kind, state, checked_in_at, checked_out_at, service_start, service_end, service_year,
       measured_minutes, minutes, missed_check_out, version
     from rm_sessions order by session_id`,
  );
  const openRow = (checkedInAt: string, serviceStart: string) => ({
    session_id: 's-1',
    kind: 'live',
    state: 'open',
    checked_in_at: at(checkedInAt),
    checked_out_at: null,
    service_start: at(serviceStart),
    service_end: null,
    service_year: '2024',
    measured_minutes: null,
    minutes: 0,
    missed_check_out: false,
    version: 1,
  });

  it('opens a session counted from the activity start when the volunteer came early', () =>
    sessions
      .given([checkedIn('s-1', '2024-07-01T00:30:00.000Z')])
      .then([openRow('2024-07-01T00:30:00.000Z', ACTIVITY.startsAt)]));

  it('opens a session counted from the check-in when the volunteer came late', () =>
    sessions
      .given([checkedIn('s-1', '2024-07-01T02:15:00.000Z')])
      .then([openRow('2024-07-01T02:15:00.000Z', '2024-07-01T02:15:00.000Z')]));

  it('measures the session at check-out and counts it once confirmed', () =>
    sessions
      .given([
        checkedIn('s-1', '2024-07-01T00:30:00.000Z'),
        checkedOut('s-1', '2024-07-01T01:00:00.000Z', '2024-07-01T02:30:00.000Z', 90),
        confirmed('s-1', 90),
      ])
      .then([
        {
          session_id: 's-1',
          kind: 'live',
          state: 'confirmed',
          checked_in_at: at('2024-07-01T00:30:00.000Z'),
          checked_out_at: at('2024-07-01T02:30:00.000Z'),
          service_start: at('2024-07-01T01:00:00.000Z'),
          service_end: at('2024-07-01T02:30:00.000Z'),
          service_year: '2024',
          measured_minutes: 90,
          minutes: 90,
          missed_check_out: false,
          version: 3,
        },
      ]));

  it('closes a missed check-out at the activity end, pending review', () =>
    sessions
      .given([
        checkedIn('s-1', '2024-07-01T01:00:00.000Z'),
        {
          type: 'SessionCheckOutMissed',
          data: {
            sessionId: 's-1',
            volunteerId: 'v-1',
            closedAt: ACTIVITY.endsAt,
            serviceStart: ACTIVITY.startsAt,
            serviceEnd: ACTIVITY.endsAt,
            measuredMinutes: 240,
          },
        },
      ])
      .then([
        {
          session_id: 's-1',
          kind: 'live',
          state: 'pending',
          checked_in_at: at(ACTIVITY.startsAt),
          checked_out_at: at(ACTIVITY.endsAt),
          service_start: at(ACTIVITY.startsAt),
          service_end: at(ACTIVITY.endsAt),
          service_year: '2024',
          measured_minutes: 240,
          minutes: 240,
          missed_check_out: true,
          version: 2,
        },
      ]));

  it('keeps rejected, corrected and revoked sessions with what each counts now', () =>
    sessions
      .given([
        manual('s-1', 60),
        { type: 'SessionRejected', data: { sessionId: 's-1', volunteerId: 'v-1', reason: 'not there' } },
        manual('s-2', 60),
        confirmed('s-2', 60),
        {
          type: 'SessionCorrected',
          data: {
            sessionId: 's-2',
            volunteerId: 'v-1',
            minutes: 45,
            previousMinutes: 60,
            reason: 'left early',
          },
        },
        manual('s-3', 30),
        confirmed('s-3', 30),
        {
          type: 'SessionRevoked',
          data: { sessionId: 's-3', volunteerId: 'v-1', reason: 'duplicate sheet', revokedMinutes: 30 },
        },
      ])
      .then(
        [
          ['s-1', 'rejected', 60, 0, 2, '2024-07-01T03:00:00.000Z'],
          ['s-2', 'confirmed', 60, 45, 3, '2024-07-01T03:00:00.000Z'],
          ['s-3', 'revoked', 30, 0, 3, '2024-07-01T02:30:00.000Z'],
        ].map(([session_id, state, measured_minutes, minutes, version, end]) => ({
          session_id,
          kind: 'manual',
          state,
          checked_in_at: null,
          checked_out_at: null,
          service_start: at('2024-07-01T02:00:00.000Z'),
          service_end: at(end as string),
          service_year: '2024',
          measured_minutes,
          minutes,
          missed_check_out: false,
          version,
        })),
      ));
});

describe('ledger projection', () => {
  const history = projectionSpecification(
    () => database,
    `select session_id, seq, event_id, event_type, position, state, minutes, reason, actor, correlation_id
     from rm_session_history order by session_id, seq`,
  );
  const directory = projectionSpecification(
    () => database,
    `select 'organization' as kind, id, name, path as scope, depth, position from rm_organizations
     union all
     select 'volunteer', id, name, organization_path, null, position from rm_volunteers
     order by kind, id`,
  );

  it('writes one history line per change of a session, with who and why', () =>
    history
      .given([
        checkedIn('s-1', '2024-07-01T01:00:00.000Z'),
        checkedOut('s-1', '2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z', 60),
        confirmed('s-1', 60),
        {
          type: 'SessionCorrected',
          data: {
            sessionId: 's-1',
            volunteerId: 'v-1',
            minutes: 50,
            previousMinutes: 60,
            reason: 'left early',
          },
        },
        {
          type: 'SessionRevoked',
          data: { sessionId: 's-1', volunteerId: 'v-1', reason: 'duplicate', revokedMinutes: 50 },
        },
      ])
      .then(
        (
          [
            ['VolunteerCheckedIn', 'open', 0, null],
            ['VolunteerCheckedOut', 'pending', 60, null],
            ['SessionConfirmed', 'confirmed', 60, null],
            ['SessionCorrected', 'confirmed', 50, 'left early'],
            ['SessionRevoked', 'revoked', 0, 'duplicate'],
          ] as const
        ).map(([event_type, state, minutes, reason], index) => ({
          session_id: 's-1',
          seq: index + 1,
          event_id: `event-${index + 1}`,
          event_type,
          position: index + 1,
          state,
          minutes,
          reason,
          actor: 'spec',
          correlation_id: `correlation-${index + 1}`,
        })),
      ));

  it('ignores a second check-in event for a session it already holds', () =>
    history
      .given([checkedIn('s-1', '2024-07-01T01:00:00.000Z'), checkedIn('s-1', '2024-07-01T02:00:00.000Z')])
      .then([
        {
          session_id: 's-1',
          seq: 1,
          event_id: 'event-1',
          event_type: 'VolunteerCheckedIn',
          position: 1,
          state: 'open',
          minutes: 0,
          reason: null,
          actor: 'spec',
          correlation_id: 'correlation-1',
        },
      ]));

  it('registers organisations with their depth in the tree, and volunteers with their scope', () =>
    directory
      .given([
        {
          type: 'OrganizationRegistered',
          data: {
            organizationId: 'org-city',
            name: '株洲市',
            kind: 'city',
            parentId: null,
            path: ['org-city'],
          },
        },
        {
          type: 'OrganizationRegistered',
          data: {
            organizationId: 'org-school',
            name: '一中',
            kind: 'school',
            parentId: 'org-city',
            path: ['org-city', 'org-school'],
          },
        },
        registered('v-1'),
      ])
      .then([
        { kind: 'organization', id: 'org-city', name: '株洲市', scope: ['org-city'], depth: 0, position: 1 },
        {
          kind: 'organization',
          id: 'org-school',
          name: '一中',
          scope: ['org-city', 'org-school'],
          depth: 1,
          position: 2,
        },
        {
          kind: 'volunteer',
          id: 'v-1',
          // No personal data in the read models: the name lives in the personal-data store.
          name: '',
          scope: ['org-city', 'org-school'],
          depth: null,
          position: 3,
        },
      ]));
});

describe('balance projection', () => {
  const balances = projectionSpecification(
    () => database,
    `select volunteer_id, confirmed_minutes, pending_minutes, by_year, by_category, position
     from rm_balances order by volunteer_id`,
  );

  it('starts a registered volunteer at zero', () =>
    balances.given([registered('v-1')]).then([
      {
        volunteer_id: 'v-1',
        confirmed_minutes: 0,
        pending_minutes: 0,
        by_year: {},
        by_category: {},
        position: 1,
      },
    ]));

  it('counts confirmed minutes by service year in the programme time zone and by category, pending apart', () =>
    balances
      .given([
        registered('v-1'),
        manual('s-1', 60),
        confirmed('s-1', 60),
        checkedIn('s-2', '2024-12-31T16:30:00.000Z', NEW_YEAR_ACTIVITY),
        checkedOut('s-2', '2024-12-31T16:30:00.000Z', '2024-12-31T17:30:00.000Z', 60),
        confirmed('s-2', 60),
        manual('s-3', 25),
        registered('v-2'),
      ])
      .then([
        {
          volunteer_id: 'v-1',
          confirmed_minutes: 120,
          pending_minutes: 25,
          by_year: { '2024': 60, '2025': 60 },
          by_category: { education: 60, community: 60 },
          position: 7,
        },
        {
          volunteer_id: 'v-2',
          confirmed_minutes: 0,
          pending_minutes: 0,
          by_year: {},
          by_category: {},
          position: 8,
        },
      ]));

  it('takes corrected minutes and drops revoked ones', () =>
    balances
      .given([
        manual('s-1', 60),
        confirmed('s-1', 60),
        {
          type: 'SessionCorrected',
          data: {
            sessionId: 's-1',
            volunteerId: 'v-1',
            minutes: 40,
            previousMinutes: 60,
            reason: 'left early',
          },
        },
        manual('s-2', 30),
        confirmed('s-2', 30),
        {
          type: 'SessionRevoked',
          data: { sessionId: 's-2', volunteerId: 'v-1', reason: 'duplicate', revokedMinutes: 30 },
        },
      ])
      .then([
        {
          volunteer_id: 'v-1',
          confirmed_minutes: 40,
          pending_minutes: 0,
          by_year: { '2024': 40 },
          by_category: { education: 40 },
          position: 6,
        },
      ]));
});
