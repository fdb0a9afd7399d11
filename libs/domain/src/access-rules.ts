import { type ActivitySnapshot } from './activity/activity.events.js';
import { coversPath, type OrganizationNode, SYSTEM_ORG } from './organization/organization-tree.js';
import { DomainError } from './shared/errors.js';
import { type Actor } from './shared/event.js';
import { type RegisteredVolunteer } from './volunteer/volunteer.state.js';

// The access rules a decider applies to the stream's own state, at the revision it appends to. The rules the
// API applies before deciding, and the index of all of them, are in libs/auth/src/access-policy.ts.

/**
 * 谁组织谁记录，谁记录谁证明: only the organising organisation's line may record or certify its sessions —
 * a role bound at the organiser or above it, or the system administrator. Siblings may not.
 */
export function requireOrganizingSubtree(actor: Actor, activity: ActivitySnapshot): void {
  if (!coversPath(actor.org, activity.organizationPath)) {
    throw new DomainError(
      'NOT_IN_ORGANIZING_SUBTREE',
      `${actor.org} does not cover ${activity.organizationId}, which organises activity ${activity.activityId}`,
    );
  }
}

/** Honours are granted and revoked by an administrator of the volunteer's line (or the system root). */
export function requireAwardScope(actor: Actor, volunteer: RegisteredVolunteer): void {
  const { volunteerId, organizationPath } = volunteer.profile;
  if (!actor.roles.includes('admin') || !coversPath(actor.org, organizationPath)) {
    throw new DomainError('NOT_IN_SCOPE', `volunteer ${volunteerId} is outside the scope of ${actor.org}`);
  }
}

/** Only the system administrator creates a top-level organisation (a city). */
export function requireTopLevelByRoot(actor: Actor): void {
  if (actor.org !== SYSTEM_ORG) {
    throw new DomainError('TOP_LEVEL_REQUIRES_SYSTEM_ADMIN', 'only the system administrator creates a city');
  }
}

/** Every organisation other than a city hangs under a node inside the actor's subtree. */
export function requireParentInScope(actor: Actor, parent: OrganizationNode): void {
  if (!coversPath(actor.org, parent.path)) {
    throw new DomainError(
      'NOT_IN_SCOPE',
      `parent ${parent.organizationId} is outside ${actor.org}`,
      'parentId',
    );
  }
}

/** Who issues a certificate: the volunteer themself, or an admin. Answers whether the actor is the volunteer. */
export function requireCertifier(actor: Actor, volunteerId: string): { readonly isSelf: boolean } {
  const isSelf = actor.roles.includes('volunteer') && actor.volunteerId === volunteerId;
  if (!isSelf && !actor.roles.includes('admin')) {
    throw new DomainError('FORBIDDEN', 'only the volunteer or an admin in scope issues certificates');
  }
  return { isSelf };
}

/** An admin certifies the service organised within their subtree; the volunteer all of their own. */
export function mayCertify(actor: Actor, isSelf: boolean, activity: ActivitySnapshot): boolean {
  return isSelf || coversPath(actor.org, activity.organizationPath);
}

/** An admin reaches a volunteer through the volunteer's home line or through service organised in it. */
export function requireCertifierScope(
  actor: Actor,
  isSelf: boolean,
  volunteer: RegisteredVolunteer,
  confirmed: readonly { readonly activity: ActivitySnapshot }[],
): void {
  const { volunteerId, organizationPath } = volunteer.profile;
  if (
    !isSelf &&
    !coversPath(actor.org, organizationPath) &&
    !confirmed.some((session) => coversPath(actor.org, session.activity.organizationPath))
  ) {
    throw new DomainError('NOT_IN_SCOPE', `volunteer ${volunteerId} is outside the subtree of ${actor.org}`);
  }
}

/**
 * Who takes attendance for others, with method `organizer` or at a past time (a paper sheet, a kiosk that was
 * offline): an organiser or admin of the organising subtree. Everyone else checks in for themself, now.
 */
export function mayTakeAttendanceForOthers(actor: Actor, activity: ActivitySnapshot): boolean {
  return (
    actor.roles.some((role) => role === 'organizer' || role === 'admin') &&
    coversPath(actor.org, activity.organizationPath)
  );
}
