import { type Dictionary, emptyDictionary, entryOf, withEntry } from '../shared/dictionary.js';
import { assertUnreachable } from '../shared/errors.js';
import { clipToActivityWindow, type ServiceInterval } from './hour-rules.js';
import { type SchoolConsentEvent } from './school-consent.events.js';
import { type SchoolConsent } from './school-consent.js';
import { type AwardEvent, isAwardEvent } from './awards/award.events.js';
import { grantedAward, type VolunteerAward } from './awards/volunteer-award.js';
import { type VolunteerRegistered, type VolunteerStreamEvent } from './volunteer.events.js';
import { isPending, type VolunteerSession } from './volunteer-session.js';

export type VolunteerProfile = VolunteerRegistered['data'];

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
}

export type VolunteerState = UnregisteredVolunteer | RegisteredVolunteer;

export const initialVolunteerState: VolunteerState = { status: 'Unregistered' };

/** Folds one event of the volunteer's stream. Events for unknown sessions or out of order leave state as is. */
export function evolveVolunteer(state: VolunteerState, event: VolunteerStreamEvent): VolunteerState {
  if (event.type === 'VolunteerRegistered') {
    // A stream is registered once; a stray second registration must not wipe the sessions.
    if (state.status === 'Registered') return state;
    return {
      status: 'Registered',
      profile: event.data,
      sessions: emptyDictionary(),
      openSessionId: null,
      consents: emptyDictionary(),
      awards: emptyDictionary(),
    };
  }
  if (state.status === 'Unregistered') return state;
  if (event.type === 'SchoolConsentGranted' || event.type === 'SchoolConsentRevoked') {
    return evolveConsent(state, event);
  }
  if (isAwardEvent(event)) return evolveAwards(state, event);
  const { sessionId } = event.data;
  const session = entryOf(state.sessions, sessionId);

  switch (event.type) {
    case 'VolunteerCheckedIn': {
      const { activity, checkedInAt } = event.data;
      return put(state, { phase: 'Open', sessionId, activity, checkedInAt });
    }
    case 'VolunteerCheckedOut': {
      if (session?.phase !== 'Open') return state;
      const { checkedOutAt, serviceStart, serviceEnd, measuredMinutes } = event.data;
      const service = { start: serviceStart, end: serviceEnd };
      const { activity, checkedInAt } = session;
      return put(state, {
        phase: 'CheckedOut',
        sessionId,
        activity,
        checkedInAt,
        checkedOutAt,
        service,
        measuredMinutes,
      });
    }
    case 'SessionCheckOutMissed': {
      if (session?.phase !== 'Open') return state;
      const { closedAt, serviceStart, serviceEnd, measuredMinutes } = event.data;
      const service = { start: serviceStart, end: serviceEnd };
      const { activity, checkedInAt } = session;
      return put(state, {
        phase: 'MissedCheckOut',
        sessionId,
        activity,
        checkedInAt,
        closedAt,
        service,
        measuredMinutes,
      });
    }
    case 'ManualSessionRecorded': {
      const { activity, startedAt, endedAt, minutes } = event.data;
      const service = clipToActivityWindow(activity, Date.parse(startedAt), Date.parse(endedAt));
      return put(state, { phase: 'Recorded', sessionId, activity, service, measuredMinutes: minutes });
    }
    case 'SessionConfirmed': {
      if (!session || !isPending(session)) return state;
      const { activity, service, measuredMinutes } = session;
      return put(state, {
        phase: 'Confirmed',
        sessionId,
        activity,
        service,
        measuredMinutes,
        minutes: event.data.minutes,
      });
    }
    case 'SessionCorrected':
      if (session?.phase !== 'Confirmed') return state;
      return put(state, { ...session, minutes: event.data.minutes });
    case 'SessionRejected':
      if (!session) return state;
      return put(state, {
        phase: 'Rejected',
        sessionId,
        activity: session.activity,
        service: serviceOf(session),
        reason: event.data.reason,
      });
    case 'SessionRevoked':
      if (!session) return state;
      return put(state, {
        phase: 'Revoked',
        sessionId,
        activity: session.activity,
        service: serviceOf(session),
        reason: event.data.reason,
        revokedMinutes: event.data.revokedMinutes,
      });
    default:
      return assertUnreachable(event);
  }
}

function evolveConsent(state: RegisteredVolunteer, event: SchoolConsentEvent): RegisteredVolunteer {
  const { schoolId, consentId } = event.data;
  switch (event.type) {
    case 'SchoolConsentGranted': {
      const { grantedAt, until } = event.data;
      const consent: SchoolConsent = { consentId, schoolId, grantedAt, until, revokedAt: null };
      return { ...state, consents: withEntry(state.consents, schoolId, consent) };
    }
    case 'SchoolConsentRevoked': {
      const current = entryOf(state.consents, schoolId);
      if (current?.consentId !== consentId) return state;
      const consent = { ...current, revokedAt: event.data.revokedAt };
      return { ...state, consents: withEntry(state.consents, schoolId, consent) };
    }
    default:
      return assertUnreachable(event);
  }
}

function evolveAwards(state: RegisteredVolunteer, event: AwardEvent): RegisteredVolunteer {
  const { awardId } = event.data;
  const award = entryOf(state.awards, awardId);
  switch (event.type) {
    case 'AwardGranted':
      if (award) return state;
      return { ...state, awards: withEntry(state.awards, awardId, grantedAward(event.data)) };
    case 'AwardRevoked':
      if (award?.phase !== 'Granted') return state;
      return {
        ...state,
        awards: withEntry(state.awards, awardId, { ...award, phase: 'Revoked', reason: event.data.reason }),
      };
    default:
      return assertUnreachable(event);
  }
}

/** The interval a session had counted on, kept for the history; an open session had none yet. */
function serviceOf(session: VolunteerSession): ServiceInterval | null {
  return 'service' in session ? session.service : null;
}

/** Stores a session and keeps `openSessionId` in step with the phases. */
function put(state: RegisteredVolunteer, session: VolunteerSession): RegisteredVolunteer {
  const { sessionId } = session;
  const sessions = withEntry(state.sessions, sessionId, session);
  const openSessionId =
    session.phase === 'Open' ? sessionId : state.openSessionId === sessionId ? null : state.openSessionId;
  return { ...state, sessions, openSessionId };
}
