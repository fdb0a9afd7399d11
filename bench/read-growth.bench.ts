import 'reflect-metadata';
import { loadPolicyDirectory, type LedgerConfig } from '@vl/config';
import { encodeEvent, type ActivitySnapshot, type LedgerEvent } from '@vl/domain';
import {
  AwardQuery,
  ProfileHistoryQuery,
  BalanceQuery,
  DirectoryQuery,
  projectEvents,
  READ_MODEL_MIGRATIONS,
} from '@vl/read-model';
import { openPersonalDataStore, type PersonalDataStore } from '@vl/personal-data';
import { runMigrations, type SqlClient } from '@vl/sql';
import { randomBytes } from 'node:crypto';
import { AuditList } from '../apps/api/src/eligibility/audit-list.js';
import { eligibilityCsv } from '../apps/api/src/eligibility/eligibility-csv.js';
import { EligibilityService } from '../apps/api/src/eligibility/eligibility.service.js';
import { PersonalData } from '../apps/api/src/personal-data/personal-data.service.js';

/** Milliseconds per call (median) of each read, at one size of the ledger. */
export interface GrowthPoint {
  readonly axis: 'sessions per volunteer' | 'volunteers';
  readonly size: number;
  readonly balanceMs: number;
  readonly asKnownAtMs: number;
  readonly eligibilityMs: number;
  /** One page of the audit CSV (1,000 volunteers, as the HTTP route answers it). */
  readonly auditCsvMs: number;
}

const TIME_ZONE = 'Asia/Shanghai';
const ROOT = 'growth-city';
const ORGANIZATION = 'growth-team';
const CSV_PAGE = 1000;
const DAY_MS = 86_400_000;
const BASE = Date.parse('2020-01-01T00:00:00.000Z');

const ACTIVITY: ActivitySnapshot = {
  activityId: 'growth-activity',
  organizationId: ORGANIZATION,
  organizationPath: [ROOT, ORGANIZATION],
  title: '社区服务',
  category: 'community',
  startsAt: '2020-01-01T00:00:00.000Z',
  endsAt: '2030-01-01T00:00:00.000Z',
  maxMinutesPerVolunteer: null,
  autoConfirm: false,
};

/**
 * The reads a volunteer and an administrator make, at growing ledgers: one volunteer's balance, the same
 * as known at an earlier instant, the volunteer's eligibility, and a page of the organisation's audit CSV.
 * The read models are written by the projector's own code from generated events.
 */
export class ReadGrowth {
  private position = 0;
  private readonly balances: BalanceQuery;
  private readonly directory: DirectoryQuery;
  private eligibility!: EligibilityService;
  private people!: PersonalDataStore;
  private auditList!: AuditList;
  private volunteers = 0;
  private readonly sessions = new Map<string, number>();

  constructor(private readonly sql: SqlClient) {
    this.balances = new BalanceQuery(sql);
    this.directory = new DirectoryQuery(sql);
  }

  async open(): Promise<void> {
    await runMigrations(this.sql, 'read-model', READ_MODEL_MIGRATIONS);
    const policies = await loadPolicyDirectory('policies');
    const config = { timezone: TIME_ZONE } as LedgerConfig;
    // Birth dates and names come from the personal-data store, as in the service.
    this.people = await openPersonalDataStore(this.sql, { masterKey: randomBytes(32).toString('base64') });
    this.eligibility = new EligibilityService(
      this.balances,
      new AwardQuery(this.sql),
      policies,
      config,
      { now: () => new Date('2031-01-01T00:00:00.000Z') },
      new PersonalData(this.people),
      new ProfileHistoryQuery(this.sql),
    );
    this.auditList = new AuditList(this.directory, this.eligibility);
    await this.project([
      organization(ROOT, [ROOT]),
      organization(ORGANIZATION, [ROOT, ORGANIZATION]),
      {
        type: 'ActivityScheduled',
        data: { ...ACTIVITY, venue: null, checkInMethods: ['qr'] },
      } as LedgerEvent,
    ]);
  }

  /** Adds volunteers until there are `count`, each with `sessions` confirmed sessions. */
  async growVolunteers(count: number, sessions: number): Promise<void> {
    const events: LedgerEvent[] = [];
    for (; this.volunteers < count; this.volunteers += 1) {
      const id = volunteerId(this.volunteers);
      events.push(registered(id));
      await this.people.put(id, [ROOT, ORGANIZATION], {
        name: `志愿者 ${id}`,
        birthDate: '2000-01-01',
        phone: null,
        identityNumber: null,
        guardian: null,
      });
      this.sessions.set(id, 0);
      events.push(...this.sessionsOf(id, sessions));
      if (events.length >= 20_000) await this.project(events.splice(0));
    }
    await this.project(events);
  }

  /** Gives the first `volunteers` volunteers `sessions` sessions each. */
  async growSessions(volunteers: number, sessions: number): Promise<void> {
    const events: LedgerEvent[] = [];
    for (let v = 0; v < volunteers; v += 1) {
      const id = volunteerId(v);
      events.push(...this.sessionsOf(id, sessions - (this.sessions.get(id) ?? 0)));
      if (events.length >= 20_000) await this.project(events.splice(0));
    }
    await this.project(events);
  }

  /** Median times of each read for volunteer 0 and the organisation's first CSV page. */
  async measure(axis: GrowthPoint['axis'], size: number, repeats = 15): Promise<GrowthPoint> {
    const id = volunteerId(0);
    const projected = await this.directory.volunteerProfile(id);
    if (!projected) throw new Error('bench: volunteer 0 is not projected');
    // As the route judges: with the birth date the personal-data store holds (no event carries it).
    const profile = await this.eligibility.withBirthDate(projected);
    const knownAt = new Date(BASE + 100 * DAY_MS).toISOString();
    const question = this.eligibility.resolve({});
    const balanceMs = await median(repeats, () => this.balances.current(id));
    const asKnownAtMs = await median(repeats, () => this.balances.asOf(id, { asKnownAt: knownAt }));
    const eligibilityMs = await median(repeats, () => this.eligibility.determinationsOf([profile], question));
    const auditCsvMs = await median(Math.max(3, Math.floor(repeats / 3)), async () => {
      const page = await this.auditList.page(ROOT, question, CSV_PAGE, undefined);
      return eligibilityCsv(page.items);
    });
    return { axis, size, balanceMs, asKnownAtMs, eligibilityMs, auditCsvMs };
  }

  private sessionsOf(id: string, count: number): LedgerEvent[] {
    const events: LedgerEvent[] = [];
    const first = this.sessions.get(id) ?? 0;
    for (let s = first; s < first + count; s += 1) {
      const sessionId = `${id}-s${s}`;
      const start = new Date(BASE + (s % 3000) * DAY_MS + 60 * 60_000).toISOString();
      const minutes = 30 + (s % 7) * 10;
      const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
      events.push(
        {
          type: 'VolunteerCheckedIn',
          data: { sessionId, volunteerId: id, activity: ACTIVITY, checkedInAt: start, method: 'qr' },
        },
        {
          type: 'VolunteerCheckedOut',
          data: {
            sessionId,
            volunteerId: id,
            checkedOutAt: end,
            serviceStart: start,
            serviceEnd: end,
            measuredMinutes: minutes,
          },
        },
        {
          type: 'SessionConfirmed',
          data: { sessionId, volunteerId: id, minutes, measuredMinutes: minutes, automatic: false },
        },
      );
    }
    this.sessions.set(id, first + count);
    return events;
  }

  private async project(events: readonly LedgerEvent[]): Promise<void> {
    if (events.length === 0) return;
    const stored = events.map((event) => {
      this.position += 1;
      const recordedAt = new Date(BASE + this.position * 60_000).toISOString();
      return {
        id: `growth-${this.position}`,
        position: this.position,
        ...encodeEvent(event, {
          occurredAt: recordedAt,
          recordedAt,
          actor: 'bench',
          correlationId: 'growth',
        }),
      };
    });
    await this.sql.transaction((tx) => projectEvents(tx, stored, { timeZone: TIME_ZONE }));
  }
}

function volunteerId(index: number): string {
  return `growth-v${String(index).padStart(6, '0')}`;
}

function organization(id: string, path: string[]): LedgerEvent {
  return {
    type: 'OrganizationRegistered',
    data: {
      organizationId: id,
      name: id,
      kind: path.length === 1 ? 'city' : 'team',
      parentId: path.at(-2) ?? null,
      path,
    },
  };
}

function registered(id: string): LedgerEvent {
  return {
    type: 'VolunteerRegistered',
    data: {
      volunteerId: id,
      organizationId: ORGANIZATION,
      organizationPath: [ROOT, ORGANIZATION],
      schoolId: null,
      leagueStatus: 'none',
      minorAtRegistration: false,
    },
  };
}

async function median(repeats: number, read: () => Promise<unknown>): Promise<number> {
  await read();
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 100) / 100;
}
