import { type ActivitySnapshot } from '../activity/activity.events.js';
import { type Actor, type Role } from '../shared/event.js';
import {
  type ManualSessionRecorded,
  type SessionConfirmed,
  type VolunteerCheckedIn,
  type VolunteerCheckedOut,
  type VolunteerRegistered,
} from '../volunteer/volunteer.events.js';

// Test data of a small tree: city zz > district hetang > community lotus > team lotus-team, and a sibling
// district tianyuan. Times: a morning activity, 09:00–13:00 in Shanghai on 1 July 2024.

export const PATHS = {
  city: ['zz'],
  hetang: ['zz', 'hetang'],
  tianyuan: ['zz', 'tianyuan'],
  lotus: ['zz', 'hetang', 'lotus'],
  lotusTeam: ['zz', 'hetang', 'lotus', 'lotus-team'],
} as const;

export const VOLUNTEER_ID = 'v-1';

/** The organiser of the default activity's team, who takes attendance in the decider specifications. */
export const ORGANIZER_SUB = 'user-lotus-team';

export function anActor(org: string, roles: Role[] = ['organizer']): Actor {
  return { sub: `user-${org}`, roles, org };
}

export function anActivity(overrides: Partial<ActivitySnapshot> = {}): ActivitySnapshot {
  return {
    activityId: 'act-1',
    organizationId: 'lotus-team',
    organizationPath: [...PATHS.lotusTeam],
    title: '七彩课堂',
    category: 'holiday-class',
    startsAt: '2024-07-01T01:00:00.000Z',
    endsAt: '2024-07-01T05:00:00.000Z',
    maxMinutesPerVolunteer: null,
    autoConfirm: false,
    ...overrides,
  };
}

export function registered(volunteerId = VOLUNTEER_ID): VolunteerRegistered {
  return {
    type: 'VolunteerRegistered',
    data: {
      volunteerId,
      organizationId: 'lotus',
      organizationPath: [...PATHS.lotus],
      schoolId: null,
      leagueStatus: 'member',
      minorAtRegistration: false,
    },
  };
}

export function checkedIn(
  sessionId: string,
  activity: ActivitySnapshot,
  checkedInAt: string,
  presence: Partial<VolunteerCheckedIn['data']> = { method: 'organizer', recordedBy: ORGANIZER_SUB },
): VolunteerCheckedIn {
  return {
    type: 'VolunteerCheckedIn',
    data: { sessionId, volunteerId: VOLUNTEER_ID, activity, checkedInAt, method: 'qr', ...presence },
  };
}

export function checkedOut(
  sessionId: string,
  checkedOutAt: string,
  service: [start: string, end: string],
  measuredMinutes: number,
  presence: Partial<VolunteerCheckedOut['data']> = { recordedBy: ORGANIZER_SUB },
): VolunteerCheckedOut {
  const [serviceStart, serviceEnd] = service;
  return {
    type: 'VolunteerCheckedOut',
    data: {
      sessionId,
      volunteerId: VOLUNTEER_ID,
      checkedOutAt,
      serviceStart,
      serviceEnd,
      measuredMinutes,
      ...presence,
    },
  };
}

export function confirmed(
  sessionId: string,
  minutes: number,
  measuredMinutes = minutes,
  automatic = false,
): SessionConfirmed {
  return {
    type: 'SessionConfirmed',
    data: { sessionId, volunteerId: VOLUNTEER_ID, minutes, measuredMinutes, automatic },
  };
}

export function manualRecorded(
  sessionId: string,
  activity: ActivitySnapshot,
  startedAt: string,
  endedAt: string,
  minutes: number,
  note = 'paper sheet',
): ManualSessionRecorded {
  return {
    type: 'ManualSessionRecorded',
    data: { sessionId, volunteerId: VOLUNTEER_ID, activity, startedAt, endedAt, minutes, note },
  };
}
