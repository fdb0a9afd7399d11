import {
  requireId,
  requireInstant,
  requireText,
  toUtcIso,
  type Decider,
  type DomainCommand,
} from '../decider.js';
import { type OrganizationNode } from '../organization/organization-tree.js';
import { DomainError, assertUnreachable } from '../shared/errors.js';
import { HOUR_MS } from '../shared/time.js';
import {
  type ActivityEvent,
  type ActivityReported,
  type ActivityScheduled,
  type ActivitySnapshot,
} from './activity.events.js';
import { requireCheckInMethods, requireVenue, type VenueInput } from './venue.js';

export const ACTIVITY_TITLE_MAX_LENGTH = 200;
/** Lower-case slug: it keys the balance's byCategory and appears in URLs and reports. */
export const ACTIVITY_CATEGORY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** Longer programmes (a summer class) are scheduled as several activities, so a window stays reviewable. */
export const MAX_ACTIVITY_WINDOW_MS = 31 * 24 * HOUR_MS;
/** A per-volunteer cap above one day would never bind: a session is at most 24 hours. */
export const MAX_MINUTES_PER_VOLUNTEER_LIMIT = 24 * 60;

export type ScheduleActivity = DomainCommand<
  'ScheduleActivity',
  {
    readonly activityId: string;
    /** The organising organisation, loaded by the handler; its line confirms and certifies. */
    readonly organization: OrganizationNode;
    readonly title: string;
    readonly category: string;
    /** ISO 8601 with any offset; stored in UTC. */
    readonly startsAt: string;
    readonly endsAt: string;
    readonly maxMinutesPerVolunteer?: number | null;
    readonly autoConfirm: boolean;
    /** Where it takes place; without coordinates, geo check-ins are not offered. */
    readonly venue?: VenueInput | null;
    /** Defaults to qr and organizer, and geo where the venue has coordinates. */
    readonly checkInMethods?: readonly string[];
    /** When the ledger learns of it; activities may be scheduled after the fact to record paper sheets. */
    readonly now: string;
  }
>;

export const ACTIVITY_SUMMARY_MAX_LENGTH = 1000;
/** Far above any community activity; a larger figure is a typing slip, not a report. */
export const MAX_RESIDENT_VISITS = 1_000_000;

export type ReportActivity = DomainCommand<
  'ReportActivity',
  {
    readonly activityId: string;
    readonly residentVisits: number;
    readonly summary: string;
    /** When the ledger learns of the report; it must be after the activity's end. */
    readonly now: string;
  }
>;

export type ActivityCommand = ScheduleActivity | ReportActivity;

/** The latest report of an activity; earlier ones stay in its stream. */
export type ActivityReport = Pick<ActivityReported['data'], 'residentVisits' | 'summary' | 'reportedAt'>;

export type ActivityState =
  | { readonly status: 'Unscheduled' }
  | {
      readonly status: 'Scheduled';
      readonly activity: ActivitySnapshot;
      readonly report?: ActivityReport;
    };

export function decideActivity(command: ActivityCommand, state: ActivityState): ActivityEvent[] {
  switch (command.type) {
    case 'ScheduleActivity':
      return [scheduleActivity(command, state)];
    case 'ReportActivity':
      return [reportActivity(command, state)];
    default:
      return assertUnreachable(command);
  }
}

function scheduleActivity(command: ScheduleActivity, state: ActivityState): ActivityScheduled {
  const { activityId, organization, autoConfirm } = command.data;
  if (state.status === 'Scheduled') {
    throw new DomainError('ACTIVITY_ALREADY_EXISTS', `activity ${activityId} exists`, 'activityId');
  }
  requireId(activityId, 'activityId');
  const title = requireText(command.data.title, 'title', ACTIVITY_TITLE_MAX_LENGTH);
  const category = command.data.category;
  if (!ACTIVITY_CATEGORY_PATTERN.test(category)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `category must match ${ACTIVITY_CATEGORY_PATTERN.source}`,
      'category',
    );
  }
  const startsAt = requireInstant(command.data.startsAt, 'startsAt');
  const endsAt = requireInstant(command.data.endsAt, 'endsAt');
  if (endsAt <= startsAt) {
    throw new DomainError('INVALID_ACTIVITY_WINDOW', 'endsAt must be after startsAt', 'endsAt');
  }
  if (endsAt - startsAt > MAX_ACTIVITY_WINDOW_MS) {
    throw new DomainError('INVALID_ACTIVITY_WINDOW', 'an activity lasts at most 31 days', 'endsAt');
  }
  const maxMinutesPerVolunteer = requireCap(command.data.maxMinutesPerVolunteer ?? null);
  const venue = command.data.venue ? requireVenue(command.data.venue) : null;
  const checkInMethods = requireCheckInMethods(command.data.checkInMethods, venue);
  return {
    type: 'ActivityScheduled',
    data: {
      activityId,
      organizationId: organization.organizationId,
      organizationPath: [...organization.path],
      title,
      category,
      startsAt: toUtcIso(startsAt),
      endsAt: toUtcIso(endsAt),
      maxMinutesPerVolunteer,
      autoConfirm,
      venue,
      checkInMethods,
    },
  };
}

function reportActivity(command: ReportActivity, state: ActivityState): ActivityReported {
  const { activityId, residentVisits } = command.data;
  if (state.status !== 'Scheduled') {
    throw new DomainError('ACTIVITY_NOT_FOUND', `Activity ${activityId} does not exist`, 'id');
  }
  const now = requireInstant(command.data.now, 'now');
  const { activity } = state;
  // Visits served are counted once the activity is over; a report before then would be a guess.
  if (now < Date.parse(activity.endsAt)) {
    throw new DomainError('ACTIVITY_NOT_ENDED', `Activity ${activityId} ends at ${activity.endsAt}`, 'id');
  }
  if (!Number.isInteger(residentVisits) || residentVisits < 0 || residentVisits > MAX_RESIDENT_VISITS) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `residentVisits must be a whole number from 0 to ${MAX_RESIDENT_VISITS}`,
      'residentVisits',
    );
  }
  const summary = requireText(command.data.summary, 'summary', ACTIVITY_SUMMARY_MAX_LENGTH);
  return {
    type: 'ActivityReported',
    data: {
      activityId: activity.activityId,
      organizationId: activity.organizationId,
      organizationPath: [...activity.organizationPath],
      category: activity.category,
      startsAt: activity.startsAt,
      residentVisits,
      summary,
      reportedAt: toUtcIso(now),
    },
  };
}

function requireCap(cap: number | null): number | null {
  if (cap === null) return null;
  if (!Number.isInteger(cap) || cap < 1 || cap > MAX_MINUTES_PER_VOLUNTEER_LIMIT) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `maxMinutesPerVolunteer must be a whole number from 1 to ${MAX_MINUTES_PER_VOLUNTEER_LIMIT}`,
      'maxMinutesPerVolunteer',
    );
  }
  return cap;
}

export function evolveActivity(state: ActivityState, event: ActivityEvent): ActivityState {
  switch (event.type) {
    case 'ActivityScheduled':
      return { status: 'Scheduled', activity: event.data };
    case 'ActivityReported': {
      if (state.status !== 'Scheduled') return state;
      const { residentVisits, summary, reportedAt } = event.data;
      return { ...state, report: { residentVisits, summary, reportedAt } };
    }
    default:
      return assertUnreachable(event);
  }
}

export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: { status: 'Unscheduled' },
  decide: decideActivity,
  evolve: evolveActivity,
};
