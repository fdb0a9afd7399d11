import { type Role } from '@vl/domain';
import { Http, readModelCaughtUp, storeHead, type TestLedger } from './ledger-app.js';

/**
 * A small organisation tree for access tests, built by the system administrator:
 *
 *   zhuzhou (city)
 *   ├── hetang (district) ── yuetang (subdistrict) ── lianhua (community) ── school-1, school-2 (schools)
 *   └── tianyuan (district) ── qunfeng (community) ── school-3 (school)
 *
 * Every actor except the system administrator is bound inside hetang, so lianhua is in scope and
 * qunfeng is not.
 */
export const IN_SCOPE_COMMUNITY = 'lianhua';
export const OUT_OF_SCOPE_COMMUNITY = 'qunfeng';
export const SCHOOL = 'school-1';
/** Another school in scope, which the school actor is not. */
export const OTHER_SCHOOL = 'school-2';
export const OUT_OF_SCOPE_SCHOOL = 'school-3';

/** Who the request targets: the actor's own record, another record in scope, a record out of scope. */
export type Target = 'own' | 'in' | 'out';
export const TARGETS: readonly Target[] = ['own', 'in', 'out'];

/** The five roles, and a caller without a token. */
export type Caller = Role | 'anonymous';
export const CALLERS: readonly Caller[] = [
  'volunteer',
  'organizer',
  'school',
  'admin',
  'auditor',
  'anonymous',
];

const MINUTE = 60_000;

export class AccessWorld {
  private counter = 0;
  readonly sysadmin: Http;

  private constructor(
    private readonly ledger: TestLedger,
    sysadminToken: string,
  ) {
    this.sysadmin = new Http(ledger.url).as(sysadminToken);
  }

  static async build(ledger: TestLedger): Promise<AccessWorld> {
    return AccessWorld.buildWith(ledger, await ledger.token({ sub: 'root', roles: ['admin'], org: '*' }));
  }

  /** As `build`, with the system administrator's token given (a ledger that checks issuer and audience). */
  static async buildWith(ledger: TestLedger, sysadminToken: string): Promise<AccessWorld> {
    const world = new AccessWorld(ledger, sysadminToken);
    const tree: [string, string, string, string | undefined][] = [
      ['zhuzhou', '株洲市', 'city', undefined],
      ['hetang', '荷塘区', 'district', 'zhuzhou'],
      ['yuetang', '月塘街道', 'subdistrict', 'hetang'],
      [IN_SCOPE_COMMUNITY, '莲花社区', 'community', 'yuetang'],
      [SCHOOL, '株洲市第一中学', 'school', IN_SCOPE_COMMUNITY],
      [OTHER_SCHOOL, '株洲市第二中学', 'school', IN_SCOPE_COMMUNITY],
      ['tianyuan', '天元区', 'district', 'zhuzhou'],
      [OUT_OF_SCOPE_COMMUNITY, '群丰社区', 'community', 'tianyuan'],
      [OUT_OF_SCOPE_SCHOOL, '天元中学', 'school', OUT_OF_SCOPE_COMMUNITY],
    ];
    for (const [id, name, kind, parentId] of tree) {
      await world.expectCreated('/organizations', { id, name, kind, ...(parentId ? { parentId } : {}) });
    }
    await world.expectCreated('/volunteers', {
      id: 'v-self',
      name: '王自己',
      birthDate: '2007-03-01',
      organizationId: IN_SCOPE_COMMUNITY,
      leagueStatus: 'none',
    });
    return world;
  }

  /** The service's address, e.g. http://127.0.0.1:3000 */
  get baseUrl(): string {
    return this.ledger.url;
  }

  uniqueId(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${this.counter}`;
  }

  communityOf(target: Target): string {
    return target === 'out' ? OUT_OF_SCOPE_COMMUNITY : IN_SCOPE_COMMUNITY;
  }

  /**
   * The caller's client for one cell. The volunteer acts as `ownVolunteerId` when the target is their
   * own record, and as another volunteer of the same community otherwise.
   */
  async caller(caller: Caller, target: Target, ownVolunteerId: string): Promise<Http> {
    const anonymous = new Http(this.ledger.url);
    switch (caller) {
      case 'anonymous':
        return anonymous;
      case 'volunteer':
        return anonymous.as(
          await this.ledger.token({
            sub: 'volunteer-user',
            roles: ['volunteer'],
            org: IN_SCOPE_COMMUNITY,
            volunteerId: target === 'own' && ownVolunteerId !== '' ? ownVolunteerId : 'v-self',
          }),
        );
      case 'organizer':
        return anonymous.as(
          await this.ledger.token({ sub: 'organizer-user', roles: ['organizer'], org: IN_SCOPE_COMMUNITY }),
        );
      case 'school':
        return anonymous.as(
          await this.ledger.token({ sub: 'school-user', roles: ['school'], org: SCHOOL, schoolId: SCHOOL }),
        );
      case 'admin':
        return anonymous.as(await this.ledger.token({ sub: 'admin-user', roles: ['admin'], org: 'hetang' }));
      case 'auditor':
        return anonymous.as(
          await this.ledger.token({ sub: 'auditor-user', roles: ['auditor'], org: 'hetang' }),
        );
      default: {
        const unreachable: never = caller;
        throw new Error(`unknown caller ${String(unreachable)}`);
      }
    }
  }

  /** Read in process: the public health route is rate-limited, and a matrix asks this hundreds of times. */
  storePosition(): Promise<number> {
    return storeHead(this.ledger);
  }

  async volunteer(target: Target): Promise<string> {
    const id = this.uniqueId('vol');
    await this.expectCreated('/volunteers', {
      id,
      name: '李青',
      birthDate: '2006-05-01',
      organizationId: this.communityOf(target),
      leagueStatus: 'applicant',
    });
    return id;
  }

  /** An activity that ran from `startMinutes` ago (four hours by default) to one hour ago. */
  async activity(target: Target, startMinutes = 240, now = this.minuteNow()): Promise<string> {
    const id = this.uniqueId('act');
    await this.expectCreated('/activities', {
      id,
      organizationId: this.communityOf(target),
      title: '七彩课堂',
      category: 'tutoring',
      startsAt: this.at(-startMinutes, now),
      endsAt: this.at(-60, now),
    });
    return id;
  }

  /**
   * A paper sheet of `minutes` ending an hour ago, recorded (and so confirmed) by the system administrator.
   * The activity and the sheet are timed from one instant, so a minute turning between them changes nothing.
   */
  async manualSession(volunteerId: string, target: Target, minutes: number): Promise<string> {
    const now = this.minuteNow();
    const activityId = await this.activity(target, minutes + 60, now);
    const recorded = await this.expectCreated(`/activities/${activityId}/manual-sessions`, {
      volunteerId,
      startedAt: this.at(-minutes - 60, now),
      endedAt: this.at(-60, now),
      minutes,
      note: '纸质签到表',
    });
    return String(recorded.sessionId);
  }

  /** Waits until the read models have caught up with every append so far. */
  caughtUp(): Promise<void> {
    return readModelCaughtUp(this.ledger);
  }

  /** A session of the volunteer at the activity, in the state asked for. */
  async session(
    volunteerId: string,
    activityId: string,
    state: 'open' | 'pending' | 'confirmed',
  ): Promise<string> {
    const checkIn = await this.expectOk(`/activities/${activityId}/check-ins`, {
      volunteerId,
      at: this.at(-230),
      method: 'organizer',
    });
    const sessionId = String(checkIn.sessionId);
    if (state === 'open') return sessionId;
    await this.expectOk(`/activities/${activityId}/check-outs`, { volunteerId, at: this.at(-100) });
    if (state === 'pending') return sessionId;
    await this.expectOk(`/sessions/${sessionId}/confirmation`, {});
    return sessionId;
  }

  /** The activity's live kiosk code, as the kiosk at the venue shows it. */
  async kioskCode(activityId: string): Promise<string> {
    const response = await this.sysadmin.get(`/activities/${activityId}/kiosk-code`);
    if (response.status !== 200) {
      throw new Error(
        `setup: kiosk code of ${activityId} answered ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    return String(response.body.code);
  }

  /** An instant `minutes` from now (negative: in the past), on a whole minute. */
  /** `minutes` from `now` (the current whole minute unless given), as an ISO instant. */
  at(minutes: number, now = this.minuteNow()): string {
    return new Date(now + minutes * MINUTE).toISOString();
  }

  /** The current instant, down to the whole minute. */
  minuteNow(): number {
    return Math.floor(Date.now() / MINUTE) * MINUTE;
  }

  async expectCreated(path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await this.sysadmin.post(path, body);
    if (response.status !== 201) {
      throw new Error(`setup: POST ${path} answered ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  /** Only the volunteer grants a school consent (an administrator cannot): granted with their own token. */
  async consentAs(volunteerId: string, schoolId: string): Promise<void> {
    const own = new Http(this.ledger.url).as(
      await this.ledger.token({
        sub: volunteerId,
        roles: ['volunteer'],
        org: IN_SCOPE_COMMUNITY,
        volunteerId,
      }),
    );
    const response = await own.post(`/volunteers/${volunteerId}/consents`, { schoolId });
    if (response.status !== 201) {
      throw new Error(`setup: consent answered ${response.status} ${JSON.stringify(response.body)}`);
    }
  }

  async expectOk(path: string, body: unknown): Promise<Record<string, unknown>> {
    const response = await this.sysadmin.post(path, body);
    if (response.status !== 200 && response.status !== 201) {
      throw new Error(`setup: POST ${path} answered ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }
}
