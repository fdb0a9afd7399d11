import { type Actor, type ActivitySnapshot, DomainError, mayTakeAttendanceForOthers } from '@vl/domain';
import { covers } from './org-scope.js';

/**
 * May this actor do this to this record? The route's `@Access` rule (roles, write) lets a request in or
 * refuses it; every rule about the record the request touches is answered from this module, once that record
 * is loaded. Refusals are domain errors with stable codes, mapped to problem details at the HTTP edge.
 *
 * Checked by the handler before deciding:
 * - own volunteer record, or the volunteer's subtree (balances, ledger, eligibility, consents): NOT_IN_SCOPE
 * - writing under an organisation (registering a volunteer, scheduling an activity): NOT_IN_SCOPE
 * - taking attendance (check-in, check-out): NOT_IN_SCOPE
 * - showing an activity's kiosk code: an organiser or admin of the organising subtree (`assertMayRunKiosk`,
 *   NOT_IN_SCOPE)
 * - reading a school's students: NOT_IN_SCOPE
 *
 * Decided by the stream's decider on its own state, at the revision it appends to (libs/domain/src/access-rules.ts),
 * and re-exported here so that every rule has one index:
 * - checking in with method `organizer` or at a past time: an organiser or admin of the organising subtree
 *   (`mayTakeAttendanceForOthers` in `requirePresence`, ORGANIZER_METHOD_FORBIDDEN, SELF_SERVICE_TIME_OFF)
 * - recording, confirming, rejecting, correcting and revoking sessions: the organising subtree only
 *   (`requireOrganizingSubtree`, NOT_IN_ORGANIZING_SUBTREE)
 * - granting and revoking honours: an admin of the volunteer's line (`requireAwardScope`, NOT_IN_SCOPE)
 * - a top-level organisation needs the system administrator (`requireTopLevelByRoot`,
 *   TOP_LEVEL_REQUIRES_SYSTEM_ADMIN); any other names a parent in the actor's subtree (`requireParentInScope`,
 *   NOT_IN_SCOPE)
 * - issuing a certificate: the volunteer or an admin (`requireCertifier`, FORBIDDEN) reaching the volunteer
 *   (`requireCertifierScope`, NOT_IN_SCOPE), for the service organised in the admin's subtree (`mayCertify`)
 */
export {
  mayCertify,
  mayTakeAttendanceForOthers,
  requireAwardScope,
  requireCertifier,
  requireCertifierScope,
  requireOrganizingSubtree,
  requireParentInScope,
  requireTopLevelByRoot,
} from '@vl/domain';

/** A volunteer record: who it is and where it lives in the organisation tree. */
export interface VolunteerRecord {
  readonly volunteerId: string;
  readonly organizationPath: readonly string[];
}

/** An organisation node and its path from the root, itself included. */
export interface OrganizationRecord {
  readonly organizationId: string;
  readonly path: readonly string[];
}

export interface ActivityRecord {
  readonly activityId: string;
  readonly organizationPath: readonly string[];
}

/** Whether the actor is this volunteer: a volunteer token reaches only its own records. */
export function isOwnRecord(actor: Actor, volunteerId: string): boolean {
  return actor.roles.includes('volunteer') && actor.volunteerId === volunteerId;
}

/**
 * Reading or acting for one volunteer (balances, ledger, eligibility, consents): a volunteer only for
 * themself; other roles within their subtree of the volunteer's home organisation, or of one of
 * `extraPaths` (the organisers of the volunteer's service, where a route admits them).
 */
export function assertMayActForVolunteer(
  actor: Actor,
  volunteer: VolunteerRecord,
  extraPaths: readonly (readonly string[])[] = [],
): void {
  if (isOwnRecord(actor, volunteer.volunteerId)) return;
  const nonVolunteerRoles = actor.roles.filter((role) => role !== 'volunteer');
  const inScope =
    nonVolunteerRoles.length > 0 &&
    [volunteer.organizationPath, ...extraPaths].some((path) => covers(actor.org, path));
  if (!inScope) {
    throw new DomainError('NOT_IN_SCOPE', `Volunteer ${volunteer.volunteerId} is outside your scope`);
  }
}

/** Writing under an organisation (a volunteer registered there, an activity it runs): within the subtree. */
export function assertMayActWithin(actor: Actor, organization: OrganizationRecord): void {
  if (!covers(actor.org, organization.path)) {
    throw new DomainError(
      'NOT_IN_SCOPE',
      `Organisation ${organization.organizationId} is outside the subtree of ${actor.org}`,
    );
  }
}

/** A volunteer checks in and out only for themself; organisers and admins for the activities they run. */
export function assertMayTakeAttendance(actor: Actor, volunteerId: string, activity: ActivityRecord): void {
  if (isOwnRecord(actor, volunteerId)) return;
  if (actor.roles.some((role) => role === 'organizer' || role === 'admin')) {
    if (!covers(actor.org, activity.organizationPath)) {
      throw new DomainError(
        'NOT_IN_SCOPE',
        `Activity ${activity.activityId} is outside the subtree of ${actor.org}`,
      );
    }
    return;
  }
  throw new DomainError('NOT_IN_SCOPE', 'A volunteer checks in and out only for themself', 'volunteerId');
}

/** A school account reads its own school's students only; an admin or auditor a school within their subtree. */
export function assertMayReadSchool(actor: Actor, school: OrganizationRecord): void {
  const ownSchool = actor.roles.includes('school') && actor.schoolId === school.organizationId;
  const overseer =
    (actor.roles.includes('admin') || actor.roles.includes('auditor')) && covers(actor.org, school.path);
  if (!ownSchool && !overseer) {
    throw new DomainError('NOT_IN_SCOPE', `School ${school.organizationId} is outside your scope`);
  }
}

/** The kiosk code lets volunteers in: only an organiser or admin of the organising subtree shows it. */
export function assertMayRunKiosk(actor: Actor, activity: ActivitySnapshot): void {
  if (!mayTakeAttendanceForOthers(actor, activity)) {
    throw new DomainError(
      'NOT_IN_SCOPE',
      `Only an organiser or admin of the organising subtree shows the code of activity ${activity.activityId}`,
    );
  }
}
