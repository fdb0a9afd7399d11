import {
  type Actor,
  activityDecider,
  type ActivitySnapshot,
  activityStream,
  decideActivity,
  decideOrganization,
  decideVolunteer,
  DomainError,
  encodeEvent,
  evolveActivity,
  evolveVolunteer,
  type LedgerEvent,
  type OrganizationKind,
  organizationStream,
  type PolicySet,
  type VolunteerCommand,
  volunteerDecider,
  type VolunteerState,
  volunteerStream,
} from '@vl/domain';
import { type EventData, type EventStore } from '@vl/event-store';
import { type PersonalDataStore, type PersonalRecord } from '@vl/personal-data';
import { createHash } from 'node:crypto';
import { type DemoPlan, type PlannedVolunteer, type VolunteerStep } from './demo-plan.types.js';
import { DAY_MS, localIso } from './demo-calendar.js';

export interface SeedOptions {
  readonly store: EventStore;
  /** Where the volunteers' names, birth dates and guardians go: never into the events. */
  readonly people: PersonalDataStore;
  readonly plan: DemoPlan;
  readonly policies: PolicySet;
  readonly timeZone: string;
  /** Called after each group of streams is appended: streams done, streams in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  readonly alreadySeeded: boolean;
  readonly streams: number;
  readonly events: number;
  readonly position: number;
}

/** The store holds a different demo city (another seed or scale) or other data under the demo's ids. */
export class DemoConflictError extends Error {
  override readonly name = 'DemoConflictError';
}

interface Node {
  readonly organizationId: string;
  readonly kind: OrganizationKind;
  readonly path: readonly string[];
}

interface PendingAppend {
  readonly stream: string;
  readonly events: EventData[];
}

const GROUP = 400;
const REPORT_DELAY_MS = 16 * 60 * 60 * 1000;
const PAPER_NOTE = '纸质签到表 / paper sign-in sheet';

/** A name-based UUID (version 5 layout), so the same plan always appends the same event ids. */
function eventId(name: string): string {
  const bytes = createHash('sha1').update('volunteer-ledger/demo/').update(name).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function actorOf(sub: string, volunteer?: PlannedVolunteer): Actor {
  if (sub === 'sysadmin') return { sub, roles: ['admin'], org: '*' };
  const [role, id = ''] = sub.split(':');
  if (role === 'volunteer' && volunteer) {
    return { sub, roles: ['volunteer'], org: volunteer.organizationId, volunteerId: volunteer.id };
  }
  if (role === 'admin' || role === 'organizer') return { sub, roles: [role], org: id };
  throw new Error(`the demo plan names an unknown actor ${sub}`);
}

/**
 * Writes the demo plan through the deciders and the event store's append: each command is decided on the
 * stream's state as folded in memory, and each stream is appended once, expecting it not to exist, with
 * event ids derived from the seed. A second run finds the plan's last stream and appends nothing.
 */
export async function seedDemo(options: SeedOptions): Promise<SeedResult> {
  const { store, plan } = options;
  const idPrefix = `${plan.seed}/${plan.scale}`;
  const last = plan.volunteers.at(-1);
  const total = plan.organizations.length + plan.activities.length + plan.volunteers.length;
  if (last) {
    const stream = volunteerStream(last.id);
    const stored = await store.readStream(stream, { maxCount: 1 });
    if (stored[0]) {
      if (stored[0].id !== eventId(`${idPrefix}/${stream}/0`)) {
        throw new DemoConflictError(
          `the store already holds ${stream} from another demo city (another --seed or --scale)`,
        );
      }
      options.onProgress?.(total, total);
      return { alreadySeeded: true, streams: 0, events: 0, position: await store.headPosition() };
    }
  }
  const first = await store.readStream(organizationStream(plan.organizations[0]?.id ?? ''), { maxCount: 1 });
  if (first[0] && first[0].id !== eventId(`${idPrefix}/${first[0].streamName}/0`)) {
    throw new DemoConflictError(
      `the store already holds ${first[0].streamName}, not from this demo city; seed into an empty DATA_DIR`,
    );
  }

  let done = 0;
  let events = 0;
  let position = 0;
  const pending: PendingAppend[] = [];
  const encode = (
    stream: string,
    decided: readonly LedgerEvent[],
    at: number,
    actor: string,
    start: number,
  ) =>
    decided.map((event, index): EventData => ({
      id: eventId(`${idPrefix}/${stream}/${start + index}`),
      ...encodeEvent(event, {
        occurredAt: new Date(at).toISOString(),
        recordedAt: new Date(at).toISOString(),
        actor,
        correlationId: `seed-demo:${idPrefix}:${stream}:${start + index}`,
      }),
    }));
  const flush = async (): Promise<void> => {
    const group = pending.splice(0);
    // Appends submitted together are grouped into a few round trips by the store's batcher.
    const results = await Promise.all(
      group.map((append) => store.append(append.stream, append.events, 'no_stream')),
    );
    for (const result of results) position = Math.max(position, result.position);
    events += group.reduce((sum, append) => sum + append.events.length, 0);
    done += group.length;
    options.onProgress?.(done, total);
  };
  const queue = async (append: PendingAppend): Promise<void> => {
    pending.push(append);
    if (pending.length >= GROUP) await flush();
  };

  // Organisations: the city by the system administrator, everything under it by the city's administrator.
  const nodes = new Map<string, Node>();
  const scheduledOn = Date.UTC(2022, 11, 1, 1);
  for (const organization of plan.organizations) {
    const parent = organization.parentId === null ? null : nodes.get(organization.parentId);
    if (parent === undefined) throw new Error(`the plan lists ${organization.id} before its parent`);
    const by = parent === null ? 'sysadmin' : 'admin:zz';
    const decided = decideOrganization(
      {
        type: 'RegisterOrganization',
        data: {
          organizationId: organization.id,
          name: organization.name,
          kind: organization.kind,
          parent,
          actor: actorOf(by),
        },
      },
      { status: 'Unregistered' },
    );
    const registered = decided[0];
    if (registered?.type !== 'OrganizationRegistered') throw new Error('no registration decided');
    nodes.set(organization.id, { ...registered.data });
    const stream = organizationStream(organization.id);
    await queue({ stream, events: encode(stream, decided, scheduledOn, by, 0) });
  }
  await flush();

  // Activities, scheduled two weeks ahead by their organisers.
  const snapshots = new Map<string, ActivitySnapshot>();
  for (const activity of plan.activities) {
    const organization = nodes.get(activity.organizationId);
    if (!organization) throw new Error(`activity ${activity.id} names no planned organisation`);
    const scheduledAt = activity.startsAt - 14 * DAY_MS;
    const decided = decideActivity(
      {
        type: 'ScheduleActivity',
        data: {
          activityId: activity.id,
          organization,
          title: activity.title,
          category: activity.category,
          startsAt: localIso(activity.startsAt),
          endsAt: localIso(activity.endsAt),
          autoConfirm: false,
          now: localIso(scheduledAt),
        },
      },
      { status: 'Unscheduled' },
    );
    const scheduled = decided[0];
    if (scheduled?.type !== 'ActivityScheduled') throw new Error('no schedule decided');
    snapshots.set(activity.id, scheduled.data);
    const by = `organizer:${activity.organizationId}`;
    // The organiser reports the resident visits served (服务人次) the day after the activity ends.
    const reportedAt = activity.endsAt + REPORT_DELAY_MS;
    const reported = decideActivity(
      {
        type: 'ReportActivity',
        data: {
          activityId: activity.id,
          residentVisits: activity.residentVisits,
          summary: `${activity.title}：服务居民 ${activity.residentVisits} 人次`,
          now: localIso(reportedAt),
        },
      },
      decided.reduce(evolveActivity, activityDecider.initialState),
    );
    const stream = activityStream(activity.id);
    await queue({
      stream,
      events: [
        ...encode(stream, decided, scheduledAt, by, 0),
        ...encode(stream, reported, reportedAt, by, decided.length),
      ],
    });
  }
  await flush();

  for (const volunteer of plan.volunteers) {
    const stream = volunteerStream(volunteer.id);
    let state: VolunteerState = volunteerDecider.initialState;
    const stored: EventData[] = [];
    for (const step of volunteer.steps) {
      const command = commandFor(step, volunteer, { nodes, snapshots, options });
      let decided;
      try {
        decided = decideVolunteer(command, state);
      } catch (error) {
        const reason = error instanceof DomainError ? `${error.code}: ${error.message}` : String(error);
        throw new Error(`the demo plan's ${step.kind} for ${volunteer.id} was refused (${reason})`);
      }
      for (const event of decided) state = evolveVolunteer(state, event);
      stored.push(...encode(stream, decided, step.at, step.by, stored.length));
    }
    const home = nodes.get(volunteer.organizationId);
    if (!home) throw new Error(`volunteer ${volunteer.id} names no planned organisation`);
    // The person's record before their events, as the service's registration does.
    await options.people.put(volunteer.id, home.path, personalRecordOf(volunteer));
    await queue({ stream, events: stored });
  }
  await flush();
  return { alreadySeeded: false, streams: done, events, position };
}

interface Known {
  readonly nodes: ReadonlyMap<string, Node>;
  readonly snapshots: ReadonlyMap<string, ActivitySnapshot>;
  readonly options: SeedOptions;
}

function commandFor(step: VolunteerStep, volunteer: PlannedVolunteer, known: Known): VolunteerCommand {
  const now = localIso(step.at);
  const activity = (id: string): ActivitySnapshot => {
    const snapshot = known.snapshots.get(id);
    if (!snapshot) throw new Error(`the demo plan names no activity ${id}`);
    return snapshot;
  };
  const node = (id: string): Node => {
    const found = known.nodes.get(id);
    if (!found) throw new Error(`the demo plan names no organisation ${id}`);
    return found;
  };
  switch (step.kind) {
    case 'register':
      return {
        type: 'RegisterVolunteer',
        data: {
          volunteerId: volunteer.id,
          name: volunteer.name,
          birthDate: volunteer.birthDate,
          organization: node(volunteer.organizationId),
          schoolId: volunteer.schoolId,
          leagueStatus: volunteer.leagueStatus,
          guardian: minorOn(volunteer, now) ? { consentedOn: now.slice(0, 10) } : null,
          now,
          timeZone: known.options.timeZone,
        },
      };
    case 'check-in':
      return {
        type: 'CheckIn',
        data: {
          sessionId: step.sessionId,
          activity: activity(step.activityId),
          at: now,
          method: 'organizer',
          now,
          presence: { actor: actorOf(step.by) },
        },
      };
    case 'check-out':
      return {
        type: 'CheckOut',
        data: { activityId: step.activityId, at: now, now, presence: { actor: actorOf(step.by) } },
      };
    case 'close-missed':
      return { type: 'CloseMissedCheckOut', data: { now } };
    case 'manual':
      return {
        type: 'RecordManualSession',
        data: {
          sessionId: step.sessionId,
          activity: activity(step.activityId),
          startedAt: localIso(step.startedAt),
          endedAt: localIso(step.endedAt),
          minutes: step.minutes,
          note: PAPER_NOTE,
          actor: actorOf(step.by),
          now,
        },
      };
    case 'confirm':
      return {
        type: 'ConfirmSession',
        data: {
          sessionId: step.sessionId,
          ...(step.minutes === undefined ? {} : { minutes: step.minutes }),
          actor: actorOf(step.by),
        },
      };
    case 'reject':
      return {
        type: 'RejectSession',
        data: { sessionId: step.sessionId, reason: step.reason, actor: actorOf(step.by) },
      };
    case 'revoke':
      return {
        type: 'RevokeSession',
        data: { sessionId: step.sessionId, reason: step.reason, actor: actorOf(step.by) },
      };
    case 'correct':
      return {
        type: 'CorrectSession',
        data: {
          sessionId: step.sessionId,
          minutes: step.minutes,
          reason: step.reason,
          actor: actorOf(step.by),
        },
      };
    case 'consent': {
      const school = node(step.schoolId);
      return {
        type: 'GrantSchoolConsent',
        data: {
          consentId: step.consentId,
          schoolId: step.schoolId,
          school,
          until: null,
          byVolunteer: true,
          minor: minorOn(volunteer, now),
          guardianConsentedOn: minorOn(volunteer, now) ? now.slice(0, 10) : null,
          now,
        },
      };
    }
    case 'revoke-consent':
      return { type: 'RevokeSchoolConsent', data: { schoolId: step.schoolId, now } };
    case 'award':
      return {
        type: 'GrantAward',
        data: {
          awardId: step.awardId,
          policyId: step.policyId,
          tier: step.tier,
          note: step.note,
          actor: actorOf(step.by, volunteer),
          birthDate: volunteer.birthDate,
          now,
          policies: known.options.policies,
          timeZone: known.options.timeZone,
        },
      };
  }
}

/** Under 18 on the local calendar day of `now` (YYYY-MM-DD comparison of the birthday that year). */
function minorOn(volunteer: PlannedVolunteer, now: string): boolean {
  const today = now.slice(0, 10);
  const [year = 0] = volunteer.birthDate.split('-').map(Number);
  const eighteenth = `${String(year + 18).padStart(4, '0')}${volunteer.birthDate.slice(4)}`;
  return today < eighteenth;
}

const GUARDIAN_GIVEN_NAMES = ['建国', '桂兰', '志强', '秀英', '国华', '丽华'] as const;

/** The volunteer's personal record; a minor's guardian is a parent who consented on the day they registered. */
function personalRecordOf(volunteer: PlannedVolunteer): PersonalRecord {
  const register = volunteer.steps.find((step) => step.kind === 'register');
  const digits = createHash('sha1').update(volunteer.id).digest().readUInt32BE(0);
  const registeredOn = register ? localIso(register.at) : '';
  const guardian =
    register && minorOn(volunteer, registeredOn)
      ? {
          name: `${volunteer.name.slice(0, 1)}${GUARDIAN_GIVEN_NAMES[digits % GUARDIAN_GIVEN_NAMES.length]}`,
          phone: `139${String(digits % 100_000_000).padStart(8, '0')}`,
          relation: digits % 2 === 0 ? '母亲' : '父亲',
          consentedOn: registeredOn.slice(0, 10),
        }
      : null;
  return {
    name: volunteer.name,
    birthDate: volunteer.birthDate,
    phone: `138${String((digits >>> 3) % 100_000_000).padStart(8, '0')}`,
    identityNumber: null,
    guardian,
  };
}
