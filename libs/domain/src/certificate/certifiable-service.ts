import { type ActivitySnapshot } from '../activity/activity.events.js';
import { requireCalendarDate } from '../decider.js';
import { mayCertify, requireCertifier, requireCertifierScope } from '../access-rules.js';
import { postingOver } from '../posting/posting.js';
import { DomainError } from '../shared/errors.js';
import { type Actor } from '../shared/event.js';
import { calendarDate } from '../shared/time.js';
import { requireRegistered } from '../volunteer/session-guards.js';
import { type VolunteerState } from '../volunteer/volunteer.state.js';

export interface CertificateRequest {
  readonly actor: Actor;
  /** Service dates (YYYY-MM-DD), inclusive, in the programme's time zone. */
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  /** When it is issued: a session still under public posting (公示) then is not certified yet. */
  readonly now?: string;
}

export interface CertifiableSession {
  readonly sessionId: string;
  readonly activity: ActivitySnapshot;
  readonly serviceDate: string;
  readonly minutes: number;
}

export interface CertifiableService {
  readonly volunteerId: string;
  /** Confirmed sessions with minutes, in service order. */
  readonly sessions: readonly CertifiableSession[];
  /** The organisers of those sessions' activities, in order of first service. */
  readonly organizerIds: readonly string[];
  /** The nearest organisation above (or equal to) every organiser: it issues for them. */
  readonly issuerId: string;
}

/**
 * The service a certificate may state. 谁组织谁记录，谁记录谁证明: the volunteer may have all their confirmed
 * service certified by its organisers; an admin only the service organised within their subtree.
 */
export function selectCertifiableService(
  state: VolunteerState,
  request: CertificateRequest,
): CertifiableService {
  const volunteer = requireRegistered(state);
  const from = requireCalendarDate(request.from, 'from');
  const to = requireCalendarDate(request.to, 'to');
  if (to < from) throw new DomainError('VALIDATION_FAILED', `to (${to}) is before from (${from})`, 'to');
  const { actor } = request;
  const { volunteerId } = volunteer.profile;
  const { isSelf } = requireCertifier(actor, volunteerId);
  const confirmed = Object.values(volunteer.sessions).flatMap((session) =>
    session.phase === 'Confirmed' &&
    session.minutes > 0 &&
    (request.now === undefined || postingOver(session.postedUntil, request.now))
      ? [
          {
            sessionId: session.sessionId,
            activity: session.activity,
            serviceDate: calendarDate(session.service.start, request.timeZone),
            minutes: session.minutes,
          },
        ]
      : [],
  );
  const certifiable = confirmed.filter((session) => mayCertify(actor, isSelf, session.activity));
  requireCertifierScope(actor, isSelf, volunteer, confirmed);
  const sessions = certifiable
    .filter((session) => session.serviceDate >= from && session.serviceDate <= to)
    .sort(
      (a, b) =>
        a.serviceDate.localeCompare(b.serviceDate) ||
        a.activity.startsAt.localeCompare(b.activity.startsAt) ||
        a.sessionId.localeCompare(b.sessionId),
    );
  if (sessions.length === 0) {
    throw new DomainError(
      'NO_CERTIFIABLE_SERVICE',
      `no confirmed service ${isSelf ? '' : `organised within ${actor.org} `}between ${from} and ${to}`,
      'from',
    );
  }
  const organizers = new Map<string, readonly string[]>();
  for (const { activity } of sessions) {
    if (!organizers.has(activity.organizationId)) {
      organizers.set(activity.organizationId, activity.organizationPath);
    }
  }
  return {
    volunteerId,
    sessions,
    organizerIds: [...organizers.keys()],
    issuerId: nearestCommonNode([...organizers.values()]),
  };
}

/** The deepest node on every path (root first); the first path's own node when they share none. */
export function nearestCommonNode(paths: readonly (readonly string[])[]): string {
  const [first, ...rest] = paths;
  if (!first || first.length === 0) throw new Error('at least one organisation path is needed');
  let depth = first.length;
  for (const path of rest) {
    let shared = 0;
    while (shared < Math.min(depth, path.length) && path[shared] === first[shared]) shared += 1;
    depth = shared;
  }
  return first[depth - 1] ?? first[first.length - 1] ?? '';
}
