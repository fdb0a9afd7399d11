import {
  encodeEvent,
  type ActivitySnapshot,
  type CertificateIssued,
  type LedgerEvent,
  type OrganizationKind,
} from '@vl/domain';
import { seededRandom } from '../../../domain/src/testing/seeded-random.js';

/** A stored event as the projector reads it. */
export interface GeneratedEvent {
  readonly id: string;
  readonly position: number;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

export interface GeneratedLedgerOptions {
  readonly volunteers: number;
  /** Sessions each volunteer starts (some are rejected, corrected, revoked or never closed). */
  readonly sessionsPerVolunteer: number;
  readonly seed?: number;
  /**
   * Stores this share of confirmations in the v1 shape `{ confirmedMinutes }`, with schemaVersion 1, and the
   * others as schemaVersion 2, for a reader whose SessionConfirmed is v2 with the matching upcaster
   * (default 0: every event in this build's shape and version).
   */
  readonly v1ConfirmationShare?: number;
}

const DAY_MS = 86_400_000;
const BASE = Date.parse('2024-06-01T00:00:00.000Z');

/**
 * A ledger with every event type the read models know, interleaved across volunteers as a live service
 * would store them: organisations, activities and volunteers (some registered twice), check-ins with
 * check-outs or missed check-outs, manual sessions, confirmations, rejections, corrections, revocations,
 * events about sessions that do not exist, consents granted, replaced and revoked, certificates, and
 * awards granted and revoked. Positions run from 1.
 */
export function generateLedger(options: GeneratedLedgerOptions): GeneratedEvent[] {
  const next = seededRandom(options.seed ?? 18);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const v1Share = options.v1ConfirmationShare ?? 0;

  const organizations: { id: string; kind: OrganizationKind; path: string[] }[] = [
    { id: 'city', kind: 'city', path: ['city'] },
    { id: 'east', kind: 'district', path: ['city', 'east'] },
    { id: 'west', kind: 'district', path: ['city', 'west'] },
    { id: 'east-team', kind: 'team', path: ['city', 'east', 'east-team'] },
    { id: 'school-1', kind: 'school', path: ['city', 'west', 'school-1'] },
    { id: 'school-2', kind: 'school', path: ['city', 'east', 'school-2'] },
  ];
  const categories = ['education', 'elderly-care', 'environment', 'mental-health'];
  const activities: ActivitySnapshot[] = Array.from({ length: 8 }, (_, a) => {
    const organization = pick(organizations);
    const starts = BASE + Math.floor(next() * 400) * DAY_MS + 60 * 60_000;
    return {
      activityId: `act-${a}`,
      organizationId: organization.id,
      organizationPath: organization.path,
      title: `活动 ${a}`,
      category: pick(categories),
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + (2 + (a % 5)) * 60 * 60_000).toISOString(),
      maxMinutesPerVolunteer: a % 3 === 0 ? 240 : null,
      autoConfirm: a % 2 === 0,
    };
  });

  // Each story is a list of events in the order they must happen; stories are interleaved at random.
  const stories: LedgerEvent[][] = [];
  const setup: LedgerEvent[] = [];
  for (const organization of organizations) {
    setup.push({
      type: 'OrganizationRegistered',
      data: {
        organizationId: organization.id,
        name: `组织 ${organization.id}`,
        kind: organization.kind,
        parentId: organization.path.at(-2) ?? null,
        path: organization.path,
      },
    });
  }
  // Registered again: the first registration stands.
  setup.push({
    type: 'OrganizationRegistered',
    data: {
      organizationId: 'east',
      name: '重复',
      kind: 'district',
      parentId: 'city',
      path: ['city', 'east'],
    },
  });
  // 公示: one district posts confirmations for three days.
  setup.push({ type: 'PostingPeriodSet', data: { organizationId: 'east', days: 3, previousDays: null } });
  for (const activity of activities) setup.push(scheduled(activity));
  setup.push(scheduled({ ...activities[0], title: '重复的活动' } as ActivitySnapshot));
  // Reports after the end; the second one of the first activity replaces its first.
  for (const [index, activity] of activities.entries()) setup.push(reported(activity, 10 * (index + 1)));
  if (activities[0]) setup.push(reported(activities[0], 7));

  for (let v = 0; v < options.volunteers; v += 1) {
    const volunteerId = `vol-${v}`;
    const home = pick(organizations);
    const school = organizations.filter((organization) => organization.kind === 'school')[v % 2];
    const story: LedgerEvent[] = [
      {
        type: 'VolunteerRegistered',
        data: {
          volunteerId,
          organizationId: home.id,
          organizationPath: home.path,
          schoolId: v % 3 === 0 && school ? school.id : null,
          leagueStatus: pick(['none', 'applicant', 'member'] as const),
          minorAtRegistration: v % 4 === 0,
        },
      },
    ];
    if (v % 17 === 5) story.push({ ...(story[0] as LedgerEvent) });
    const confirmed: { sessionId: string; minutes: number }[] = [];
    for (let s = 0; s < options.sessionsPerVolunteer; s += 1) {
      const sessionId = `${volunteerId}-s${s}`;
      const activity = pick(activities);
      const sessionEvents = sessionStory(volunteerId, sessionId, activity, next, v1Share);
      story.push(...sessionEvents.events);
      if (sessionEvents.confirmedMinutes !== null)
        confirmed.push({ sessionId, minutes: sessionEvents.confirmedMinutes });
    }
    if (v % 4 === 1) {
      // A check-in of a session id already used, and changes to a session never recorded.
      story.push(checkIn(volunteerId, `${volunteerId}-s0`, pick(activities), 0));
      story.push({
        type: 'SessionConfirmed',
        data: {
          sessionId: `${volunteerId}-ghost`,
          volunteerId,
          minutes: 30,
          measuredMinutes: 30,
          automatic: false,
        },
      });
    }
    if (school && v % 3 === 0) {
      const grantedAt = new Date(BASE + v * DAY_MS).toISOString();
      story.push({
        type: 'SchoolConsentGranted',
        data: {
          consentId: `consent-${v}-a`,
          volunteerId,
          schoolId: school.id,
          schoolPath: school.path,
          grantedAt,
          until: null,
        },
      });
      if (v % 2 === 0) {
        story.push({
          type: 'SchoolConsentGranted',
          data: {
            consentId: `consent-${v}-b`,
            volunteerId,
            schoolId: school.id,
            schoolPath: school.path,
            grantedAt,
            until: new Date(BASE + 400 * DAY_MS).toISOString(),
          },
        });
      }
      if (v % 5 === 0) {
        story.push({
          type: 'SchoolConsentRevoked',
          data: {
            consentId: `consent-${v}-${v % 2 === 0 ? 'b' : 'a'}`,
            volunteerId,
            schoolId: school.id,
            revokedAt: grantedAt,
          },
        });
      }
    }
    if (confirmed.length > 0 && v % 2 === 0) story.push(certificate(volunteerId, `cert-${v}`, confirmed));
    if (v % 3 === 2) {
      const tier = pick(['one-star', 'two-star']);
      story.push({
        type: 'AwardGranted',
        data: {
          awardId: `award-${v}`,
          volunteerId,
          policyId: 'star-volunteer',
          version: 1,
          tier,
          unit: 'minutes',
          measured: 6000 + v,
          threshold: 6000,
          evidence: confirmed.map((entry) => entry.sessionId).slice(0, 3),
          note: '年度表彰',
          grantedAt: new Date(BASE + 300 * DAY_MS).toISOString(),
        },
      });
      if (v % 2 === 0) {
        story.push({
          type: 'AwardRevoked',
          data: { awardId: `award-${v}`, volunteerId, policyId: 'star-volunteer', tier, reason: '撤销' },
        });
      }
    }
    if (v % 7 === 3) story.push(...profileChanges(volunteerId, v, story[0] as LedgerEvent, organizations));
    stories.push(story);
  }

  const ordered: LedgerEvent[] = [...setup];
  const cursors = stories.map(() => 0);
  let open = stories.map((_, index) => index);
  while (open.length > 0) {
    const index = open[Math.floor(next() * open.length)] as number;
    const story = stories[index] as LedgerEvent[];
    ordered.push(story[cursors[index] as number] as LedgerEvent);
    cursors[index] = (cursors[index] as number) + 1;
    if ((cursors[index] as number) >= story.length) open = open.filter((other) => other !== index);
  }

  return ordered.map((event, index) => {
    const recordedAt = new Date(BASE + index * 61_000).toISOString();
    const encoded = encodeEvent(event, {
      occurredAt: recordedAt,
      recordedAt,
      actor: `actor-${index % 7}`,
      correlationId: `correlation-${index}`,
    });
    if (event.type === 'SessionConfirmed' && (event.data as { v1?: boolean }).v1 === true) {
      const { sessionId, volunteerId, minutes, automatic } = event.data;
      return {
        id: `event-${index + 1}`,
        position: index + 1,
        type: encoded.type,
        data: { sessionId, volunteerId, confirmedMinutes: minutes, automatic },
        metadata: { ...encoded.metadata, schemaVersion: 1 },
      };
    }
    if (event.type === 'SessionConfirmed' && v1Share > 0) {
      return {
        id: `event-${index + 1}`,
        position: index + 1,
        type: encoded.type,
        data: encoded.data,
        metadata: { ...encoded.metadata, schemaVersion: 2 },
      };
    }
    return { id: `event-${index + 1}`, position: index + 1, ...encoded };
  });
}

function reported(activity: ActivitySnapshot, residentVisits: number): LedgerEvent {
  return {
    type: 'ActivityReported',
    data: {
      activityId: activity.activityId,
      organizationId: activity.organizationId,
      organizationPath: activity.organizationPath,
      category: activity.category,
      startsAt: activity.startsAt,
      residentVisits,
      summary: `服务 ${residentVisits} 人次`,
      reportedAt: activity.endsAt,
    },
  };
}

function scheduled(activity: ActivitySnapshot): LedgerEvent {
  return {
    type: 'ActivityScheduled',
    data: {
      activityId: activity.activityId,
      organizationId: activity.organizationId,
      organizationPath: activity.organizationPath,
      title: activity.title,
      category: activity.category,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      maxMinutesPerVolunteer: activity.maxMinutesPerVolunteer,
      autoConfirm: activity.autoConfirm,
      venue: null,
      checkInMethods: ['qr', 'organizer'],
    },
  };
}

function checkIn(
  volunteerId: string,
  sessionId: string,
  activity: ActivitySnapshot,
  offsetMs: number,
): LedgerEvent {
  return {
    type: 'VolunteerCheckedIn',
    data: {
      sessionId,
      volunteerId,
      activity,
      checkedInAt: new Date(Date.parse(activity.startsAt) + offsetMs).toISOString(),
      method: 'qr',
    },
  };
}

/** One session's life; `confirmedMinutes` is what it counts at the end, or null when it counts nothing. */
function sessionStory(
  volunteerId: string,
  sessionId: string,
  activity: ActivitySnapshot,
  next: () => number,
  v1Share: number,
): { events: LedgerEvent[]; confirmedMinutes: number | null } {
  const events: LedgerEvent[] = [];
  const start = Date.parse(activity.startsAt);
  const end = Date.parse(activity.endsAt);
  const roll = next();
  let minutes: number;
  if (roll < 0.2) {
    minutes = 30 + Math.floor(next() * 90);
    const startedAt = new Date(start - 3 * DAY_MS).toISOString();
    events.push({
      type: 'ManualSessionRecorded',
      data: {
        sessionId,
        volunteerId,
        activity,
        startedAt,
        endedAt: new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(),
        minutes,
        note: '纸质签到表',
      },
    });
  } else {
    // Some check in before the activity starts: the service start is then the activity's start.
    const offset = Math.floor((next() - 0.2) * 60) * 60_000;
    events.push(checkIn(volunteerId, sessionId, activity, offset));
    if (roll < 0.27) return { events, confirmedMinutes: null };
    const serviceStart = Math.max(start, start + offset);
    if (roll < 0.35) {
      minutes = Math.round((end - serviceStart) / 60_000);
      events.push({
        type: 'SessionCheckOutMissed',
        data: {
          sessionId,
          volunteerId,
          closedAt: activity.endsAt,
          serviceStart: new Date(serviceStart).toISOString(),
          serviceEnd: activity.endsAt,
          measuredMinutes: minutes,
        },
      });
    } else {
      minutes = 20 + Math.floor(next() * 100);
      const checkedOutAt = new Date(serviceStart + minutes * 60_000).toISOString();
      events.push({
        type: 'VolunteerCheckedOut',
        data: {
          sessionId,
          volunteerId,
          checkedOutAt,
          serviceStart: new Date(serviceStart).toISOString(),
          serviceEnd: checkedOutAt,
          measuredMinutes: minutes,
        },
      });
    }
  }
  const outcome = next();
  if (outcome < 0.15) return { events, confirmedMinutes: null };
  if (outcome < 0.25) {
    events.push({ type: 'SessionRejected', data: { sessionId, volunteerId, reason: '未到场' } });
    return { events, confirmedMinutes: null };
  }
  const confirmation: LedgerEvent = {
    type: 'SessionConfirmed',
    data: { sessionId, volunteerId, minutes, measuredMinutes: minutes, automatic: outcome < 0.4 },
  };
  if (next() < v1Share) Object.assign(confirmation.data, { v1: true });
  // 公示: some confirmations are posted for three days; of those, some draw an objection and are confirmed
  // again, posted anew.
  const postedUntil = (days: number): string => new Date(end + days * DAY_MS).toISOString();
  if (outcome >= 0.5 && outcome < 0.6) Object.assign(confirmation.data, { postedUntil: postedUntil(3) });
  events.push(confirmation);
  if (outcome >= 0.55 && outcome < 0.6) {
    events.push({
      type: 'SessionObjected',
      data: {
        sessionId,
        volunteerId,
        reason: '时长有误',
        postedUntil: postedUntil(3),
        objectedMinutes: minutes,
      },
    });
    events.push({
      type: 'SessionConfirmed',
      data: {
        sessionId,
        volunteerId,
        minutes,
        measuredMinutes: minutes,
        automatic: false,
        postedUntil: postedUntil(4),
      },
    });
  }
  if (outcome > 0.8) {
    const corrected = Math.max(0, minutes - 15);
    events.push({
      type: 'SessionCorrected',
      data: { sessionId, volunteerId, minutes: corrected, previousMinutes: minutes, reason: '提前离开' },
    });
    minutes = corrected;
  }
  if (outcome > 0.93) {
    events.push({
      type: 'SessionRevoked',
      data: { sessionId, volunteerId, reason: '代签', revokedMinutes: minutes },
    });
    return { events, confirmedMinutes: null };
  }
  return { events, confirmedMinutes: minutes };
}

function certificate(
  volunteerId: string,
  certificateId: string,
  sessions: readonly { sessionId: string; minutes: number }[],
): LedgerEvent {
  const totalMinutes = sessions.reduce((sum, session) => sum + session.minutes, 0);
  const organization = { id: 'city', name: '市团委' };
  const issuedAt = new Date(BASE + 420 * DAY_MS).toISOString();
  const data: CertificateIssued['data'] = {
    certificateId,
    volunteerId,
    code: `CODE-${certificateId}`,
    keyId: 'key-1',
    signedForm: `header.${certificateId}.signature`,
    content: {
      number: `No. ${certificateId}`,
      code: `CODE-${certificateId}`,
      volunteer: { id: volunteerId, name: volunteerId, maskedName: 'V*', volunteerNumber: volunteerId },
      period: { from: '2024-06-01', to: '2025-07-31' },
      totalMinutes,
      totalHours: totalMinutes / 60,
      activities: [],
      issuingOrganizations: [organization],
      issuedAt,
      issuedOn: issuedAt.slice(0, 10),
      issuer: { organizationId: organization.id, name: organization.name },
    },
    sessions: sessions.map((session) => ({
      sessionId: session.sessionId,
      activityId: 'act-0',
      serviceDate: '2024-07-01',
      minutes: session.minutes,
    })),
  };
  return { type: 'CertificateIssued', data };
}

/** Admission, a school move, a transfer and a deactivation (reactivated for every other one), in date order. */
function profileChanges(
  volunteerId: string,
  v: number,
  registration: LedgerEvent,
  organizations: readonly { id: string; kind: string; path: string[] }[],
): LedgerEvent[] {
  if (registration.type !== 'VolunteerRegistered') return [];
  const { leagueStatus, schoolId, organizationId, organizationPath } = registration.data;
  const day = (offset: number): string => new Date(BASE + offset * DAY_MS).toISOString().slice(0, 10);
  const schools = organizations.filter((organization) => organization.kind === 'school');
  const newSchool = schools.find((school) => school.id !== schoolId)?.id ?? null;
  const newHome = organizations.find(
    (organization) => organization.id !== organizationId && organization.kind !== 'school',
  );
  const events: LedgerEvent[] = [
    {
      type: 'VolunteerLeagueStatusChanged',
      data: {
        volunteerId,
        leagueStatus: leagueStatus === 'member' ? 'none' : 'member',
        previousLeagueStatus: leagueStatus,
        effectiveOn: day(200 + (v % 5)),
      },
    },
    {
      type: 'VolunteerSchoolChanged',
      data: { volunteerId, schoolId: newSchool, previousSchoolId: schoolId, effectiveOn: day(210) },
    },
  ];
  if (newHome) {
    events.push({
      type: 'VolunteerTransferred',
      data: {
        volunteerId,
        organizationId: newHome.id,
        organizationPath: [...newHome.path],
        previousOrganizationId: organizationId,
        previousOrganizationPath: [...organizationPath],
        effectiveOn: day(220),
      },
    });
  }
  events.push({
    type: 'VolunteerDeactivated',
    data: { volunteerId, reason: '迁居外地', effectiveOn: day(230) },
  });
  if (v % 2 === 1) {
    events.push({
      type: 'VolunteerReactivated',
      data: { volunteerId, reason: '返回', effectiveOn: day(240) },
    });
  }
  return events;
}
