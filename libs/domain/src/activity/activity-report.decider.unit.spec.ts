import { deciderSpecification } from '../testing/decider-specification.js';
import { activityDecider, evolveActivity, type ReportActivity } from './activity.decider.js';
import { type ActivityReported, type ActivityScheduled } from './activity.events.js';

const spec = deciderSpecification(activityDecider);

const scheduled: ActivityScheduled = {
  type: 'ActivityScheduled',
  data: {
    activityId: 'act-1',
    organizationId: 'lotus-team',
    organizationPath: ['zz', 'hetang', 'lotus', 'lotus-team'],
    title: '七彩课堂',
    category: 'tutoring',
    startsAt: '2024-07-01T01:00:00.000Z',
    endsAt: '2024-07-01T05:00:00.000Z',
    maxMinutesPerVolunteer: null,
    autoConfirm: false,
    venue: null,
    checkInMethods: ['qr', 'organizer'],
  },
};

function report(overrides: Partial<ReportActivity['data']> = {}): ReportActivity {
  return {
    type: 'ReportActivity',
    data: {
      activityId: 'act-1',
      residentVisits: 42,
      summary: '  辅导 42 人次作业  ',
      now: '2024-07-01T14:00:00+08:00',
      ...overrides,
    },
  };
}

function reported(overrides: Partial<ActivityReported['data']> = {}): ActivityReported {
  return {
    type: 'ActivityReported',
    data: {
      activityId: 'act-1',
      organizationId: 'lotus-team',
      organizationPath: ['zz', 'hetang', 'lotus', 'lotus-team'],
      category: 'tutoring',
      startsAt: '2024-07-01T01:00:00.000Z',
      residentVisits: 42,
      summary: '辅导 42 人次作业',
      reportedAt: '2024-07-01T06:00:00.000Z',
      ...overrides,
    },
  };
}

describe('activity report', () => {
  it('records the resident visits served and a trimmed summary once the activity has ended', () => {
    spec.given([scheduled]).when(report()).then([reported()]);
  });

  it('accepts a report at the very end of the activity and zero visits', () => {
    spec
      .given([scheduled])
      .when(report({ now: '2024-07-01T05:00:00Z', residentVisits: 0 }))
      .then([reported({ residentVisits: 0, reportedAt: '2024-07-01T05:00:00.000Z' })]);
  });

  it('records a later report as a new event that replaces the earlier one in the state', () => {
    spec
      .given([scheduled, reported()])
      .when(report({ residentVisits: 50, now: '2024-07-02T09:00:00+08:00' }))
      .then([reported({ residentVisits: 50, reportedAt: '2024-07-02T01:00:00.000Z' })]);
    const state = [scheduled, reported(), reported({ residentVisits: 50 })].reduce(
      evolveActivity,
      activityDecider.initialState,
    );
    expect(state.status === 'Scheduled' ? state.report?.residentVisits : undefined).toBe(50);
  });

  it('refuses a report before the activity ends', () => {
    spec
      .given([scheduled])
      .when(report({ now: '2024-07-01T04:59:00Z' }))
      .thenThrows('ACTIVITY_NOT_ENDED', 'id');
  });

  it('refuses a report of an activity that does not exist', () => {
    spec.given([]).when(report()).thenThrows('ACTIVITY_NOT_FOUND', 'id');
  });

  it('refuses negative, fractional or absurd visit counts and an empty summary', () => {
    for (const residentVisits of [-1, 1.5, Number.NaN, 1_000_001]) {
      spec
        .given([scheduled])
        .when(report({ residentVisits }))
        .thenThrows('VALIDATION_FAILED', 'residentVisits');
    }
    spec
      .given([scheduled])
      .when(report({ summary: '   ' }))
      .thenThrows('VALIDATION_FAILED', 'summary');
    spec
      .given([scheduled])
      .when(report({ summary: '字'.repeat(1001) }))
      .thenThrows('VALIDATION_FAILED', 'summary');
  });
});
