import { type Dictionary, emptyDictionary, entryOf } from '../shared/dictionary.js';
import { assertUnreachable } from '../shared/errors.js';
import { clipToActivityWindow, type ServiceInterval } from './hour-rules.js';
import { type SchoolConsentEvent } from './school-consent.events.js';
import { type SchoolConsent } from './school-consent.js';
import { type AwardEvent, isAwardEvent } from './awards/award.events.js';
import { grantedAward, type VolunteerAward } from './awards/volunteer-award.js';
import {
  isVolunteerProfileEvent,
  profileChangeKindOf,
  type ProfileChangeKind,
  type VolunteerProfileEvent,
} from './profile.events.js';
import { type VolunteerRegistered, type VolunteerStreamEvent } from './volunteer.events.js';
import { sessionReplaced } from './occupied-index.js';
import { isPending, type VolunteerSession } from './volunteer-session.js';

export type VolunteerProfile = VolunteerRegistered['data'];

export interface Deactivation {
  /** YYYY-MM-DD in the programme's zone. */
  readonly effectiveOn: string;
  readonly reason: string;
}

export interface UnregisteredVolunteer {
  readonly status: 'Unregistered';
}

export interface RegisteredVolunteer {
  readonly status: 'Registered';
  readonly profile: VolunteerProfile;
  readonly sessions: Dictionary<VolunteerSession>;
  /** At most one session is open at a time. */
  readonly openSessionId: string | null;
  /** The latest consent given to each school, by school id. */
  readonly consents: Dictionary<SchoolConsent>;
  readonly awards: Dictionary<VolunteerAward>;
  /** Set while the volunteer is deactivated. Optional: states stored before profile changes lack it. */
  readonly deactivation?: Deactivation | null;
  /** The latest effective date of each kind of profile change; a later change may not precede it. */
  readonly lastChangeOn?: Partial<Record<ProfileChangeKind, string>>;
}

/** Whether the volunteer may be given new sessions. */
export function isActive(state: RegisteredVolunteer): boolean {
  return !state.deactivation;
}

export type VolunteerState = UnregisteredVolunteer | RegisteredVolunteer;

export const initialVolunteerState: VolunteerState = { status: 'Unregistered' };

/** Folds one event of the volunteer's stream. Events for unknown sessions or out of order leave state as is. */
export function evolveVolunteer(state: VolunteerState, event: VolunteerStreamEvent): VolunteerState {
  return foldVolunteer(state, [event]);
}

/**
 * Folds many events at once, in O(events): the fold copies each record of the given state at most once and
 * then writes its own copy in place, so the state passed in is never changed and nothing copies per event.
 */
export function foldVolunteer(state: VolunteerState, events: Iterable<VolunteerStreamEvent>): VolunteerState {
  const fold = new VolunteerFold(state, false);
  for (const event of events) fold.apply(event);
  return fold.state;
}

/**
 * Folds onto a state the caller owns, writing its records in place: a long history costs only the new
 * events, not a copy of its sessions. The caller must be the only one reading `state` (and so the state
 * returned, which may be the same object); anyone else gets a `detachVolunteer` copy.
 */
export function foldOwnedVolunteer(
  state: VolunteerState,
  events: Iterable<VolunteerStreamEvent>,
): VolunteerState {
  const fold = new VolunteerFold(state, true);
  for (const event of events) fold.apply(event);
  return fold.state;
}

/** A copy sharing no record an owned fold writes: what an owner of a state hands to anyone else. */
export function detachVolunteer(state: VolunteerState): VolunteerState {
  if (state.status === 'Unregistered') return state;
  return {
    ...state,
    sessions: ownCopy(state.sessions),
    consents: ownCopy(state.consents),
    awards: ownCopy(state.awards),
  };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The accumulator of one fold: it owns the records it has copied and no one else sees them until it ends. */
class VolunteerFold {
  private current: VolunteerState;
  private draft: Writable<RegisteredVolunteer> | null = null;
  private sessions: Record<string, VolunteerSession> | null = null;
  private consents: Record<string, SchoolConsent> | null = null;
  private awards: Record<string, VolunteerAward> | null = null;

  /** Owned: the state's own records are written, as if the fold had copied them already. */
  constructor(state: VolunteerState, owned: boolean) {
    this.current = state;
    if (owned && state.status === 'Registered') {
      const draft = state as Writable<RegisteredVolunteer>;
      this.draft = draft;
      this.sessions = draft.sessions as Record<string, VolunteerSession>;
      this.consents = draft.consents as Record<string, SchoolConsent>;
      this.awards = draft.awards as Record<string, VolunteerAward>;
    }
  }

  get state(): VolunteerState {
    return this.draft ?? this.current;
  }

  apply(event: VolunteerStreamEvent): void {
    if (event.type === 'VolunteerRegistered') {
      // A stream is registered once; a stray second registration must not wipe the sessions.
      if (this.state.status === 'Registered') return;
      const registered = {
        status: 'Registered' as const,
        profile: event.data,
        sessions: emptyDictionary<VolunteerSession>(),
      };
      this.draft = {
        ...registered,
        openSessionId: null,
        consents: emptyDictionary(),
        awards: emptyDictionary(),
      };
      this.sessions = this.draft.sessions;
      this.consents = this.draft.consents;
      this.awards = this.draft.awards;
      return;
    }
    const state = this.state;
    if (state.status === 'Unregistered') return;
    if (event.type === 'SchoolConsentGranted' || event.type === 'SchoolConsentRevoked') {
      this.applyConsent(state, event);
      return;
    }
    if (isAwardEvent(event)) {
      this.applyAward(state, event);
      return;
    }
    if (isVolunteerProfileEvent(event)) {
      this.applyProfileChange(state, event);
      return;
    }
    const session = nextSession(entryOf(state.sessions, event.data.sessionId), event);
    if (session) this.put(state, session);
  }

  private applyConsent(state: RegisteredVolunteer, event: SchoolConsentEvent): void {
    const { schoolId, consentId } = event.data;
    switch (event.type) {
      case 'SchoolConsentGranted': {
        const { grantedAt, until } = event.data;
        this.ownConsents(state)[schoolId] = { consentId, schoolId, grantedAt, until, revokedAt: null };
        return;
      }
      case 'SchoolConsentRevoked': {
        const current = entryOf(state.consents, schoolId);
        if (current?.consentId !== consentId) return;
        this.ownConsents(state)[schoolId] = { ...current, revokedAt: event.data.revokedAt };
        return;
      }
      default:
        assertUnreachable(event);
    }
  }

  private applyAward(state: RegisteredVolunteer, event: AwardEvent): void {
    const { awardId } = event.data;
    const award = entryOf(state.awards, awardId);
    switch (event.type) {
      case 'AwardGranted':
        if (!award) this.ownAwards(state)[awardId] = grantedAward(event.data);
        return;
      case 'AwardRevoked':
        if (award?.phase === 'Granted') {
          this.ownAwards(state)[awardId] = { ...award, phase: 'Revoked', reason: event.data.reason };
        }
        return;
      default:
        assertUnreachable(event);
    }
  }

  private applyProfileChange(state: RegisteredVolunteer, event: VolunteerProfileEvent): void {
    const draft = this.ownDraft(state);
    const lastChangeOn: Partial<Record<ProfileChangeKind, string>> = { ...draft.lastChangeOn };
    lastChangeOn[profileChangeKindOf(event)] = event.data.effectiveOn;
    draft.lastChangeOn = lastChangeOn;
    switch (event.type) {
      case 'VolunteerLeagueStatusChanged':
        draft.profile = { ...draft.profile, leagueStatus: event.data.leagueStatus };
        return;
      case 'VolunteerSchoolChanged':
        draft.profile = { ...draft.profile, schoolId: event.data.schoolId };
        return;
      case 'VolunteerTransferred': {
        const { organizationId, organizationPath } = event.data;
        draft.profile = { ...draft.profile, organizationId, organizationPath: [...organizationPath] };
        return;
      }
      case 'VolunteerDeactivated':
        draft.deactivation = { effectiveOn: event.data.effectiveOn, reason: event.data.reason };
        return;
      case 'VolunteerReactivated':
        draft.deactivation = null;
        return;
      default:
        assertUnreachable(event);
    }
  }

  /** Stores a session and keeps `openSessionId` in step with the phases. */
  private put(state: RegisteredVolunteer, session: VolunteerSession): void {
    const draft = this.ownDraft(state);
    const { sessionId } = session;
    const sessions = this.ownSessions(state);
    sessionReplaced(sessions, entryOf(sessions, sessionId), session);
    sessions[sessionId] = session;
    if (session.phase === 'Open') draft.openSessionId = sessionId;
    else if (draft.openSessionId === sessionId) draft.openSessionId = null;
  }

  private ownDraft(state: RegisteredVolunteer): Writable<RegisteredVolunteer> {
    this.draft ??= { ...state };
    return this.draft;
  }

  private ownSessions(state: RegisteredVolunteer): Record<string, VolunteerSession> {
    const draft = this.ownDraft(state);
    this.sessions ??= draft.sessions = ownCopy(draft.sessions);
    return this.sessions;
  }

  private ownConsents(state: RegisteredVolunteer): Record<string, SchoolConsent> {
    const draft = this.ownDraft(state);
    this.consents ??= draft.consents = ownCopy(draft.consents);
    return this.consents;
  }

  private ownAwards(state: RegisteredVolunteer): Record<string, VolunteerAward> {
    const draft = this.ownDraft(state);
    this.awards ??= draft.awards = ownCopy(draft.awards);
    return this.awards;
  }
}

/** A prototype-less copy the fold may write; a key such as `__proto__` stays a key like any other. */
function ownCopy<T>(dictionary: Dictionary<T>): Record<string, T> {
  return Object.assign(emptyDictionary<T>(), dictionary);
}

type SessionEvent = Exclude<
  VolunteerStreamEvent,
  VolunteerRegistered | SchoolConsentEvent | AwardEvent | VolunteerProfileEvent
>;

/** A session after one of its events, or undefined when the event leaves it as it is. */
function nextSession(
  session: VolunteerSession | undefined,
  event: SessionEvent,
): VolunteerSession | undefined {
  const { sessionId } = event.data;
  switch (event.type) {
    case 'VolunteerCheckedIn': {
      const { activity, checkedInAt } = event.data;
      return { phase: 'Open', sessionId, activity, checkedInAt };
    }
    case 'VolunteerCheckedOut': {
      if (session?.phase !== 'Open') return undefined;
      const { checkedOutAt, serviceStart, serviceEnd, measuredMinutes } = event.data;
      const service = { start: serviceStart, end: serviceEnd };
      const { activity, checkedInAt } = session;
      return {
        phase: 'CheckedOut',
        sessionId,
        activity,
        checkedInAt,
        checkedOutAt,
        service,
        measuredMinutes,
      };
    }
    case 'SessionCheckOutMissed': {
      if (session?.phase !== 'Open') return undefined;
      const { closedAt, serviceStart, serviceEnd, measuredMinutes } = event.data;
      const service = { start: serviceStart, end: serviceEnd };
      const { activity, checkedInAt } = session;
      return {
        phase: 'MissedCheckOut',
        sessionId,
        activity,
        checkedInAt,
        closedAt,
        service,
        measuredMinutes,
      };
    }
    case 'ManualSessionRecorded': {
      const { activity, startedAt, endedAt, minutes } = event.data;
      const service = clipToActivityWindow(activity, Date.parse(startedAt), Date.parse(endedAt));
      return { phase: 'Recorded', sessionId, activity, service, measuredMinutes: minutes };
    }
    case 'SessionConfirmed': {
      if (!session || !isPending(session)) return undefined;
      const { activity, service, measuredMinutes } = session;
      return {
        phase: 'Confirmed',
        sessionId,
        activity,
        service,
        measuredMinutes,
        minutes: event.data.minutes,
        postedUntil: event.data.postedUntil ?? null,
      };
    }
    case 'SessionObjected': {
      if (session?.phase !== 'Confirmed') return undefined;
      const { activity, service, measuredMinutes } = session;
      return { phase: 'Objected', sessionId, activity, service, measuredMinutes, reason: event.data.reason };
    }
    case 'SessionCorrected':
      if (session?.phase !== 'Confirmed') return undefined;
      return { ...session, minutes: event.data.minutes };
    case 'SessionRejected':
      if (!session) return undefined;
      return {
        phase: 'Rejected',
        sessionId,
        activity: session.activity,
        service: serviceOf(session),
        reason: event.data.reason,
      };
    case 'SessionRevoked':
      if (!session) return undefined;
      return {
        phase: 'Revoked',
        sessionId,
        activity: session.activity,
        service: serviceOf(session),
        reason: event.data.reason,
        revokedMinutes: event.data.revokedMinutes,
      };
    default:
      return assertUnreachable(event);
  }
}

/** The interval a session had counted on, kept for the history; an open session had none yet. */
function serviceOf(session: VolunteerSession): ServiceInterval | null {
  return 'service' in session ? session.service : null;
}
