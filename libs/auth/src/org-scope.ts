import { type Actor } from '@vl/domain';
import { AccessDeniedError } from './auth.errors.js';

/** The `org` of an actor bound above every city: the system administrator's node. */
export const SYSTEM_ROOT = '*';

/**
 * Whether a role bound at `actorOrg` reaches a node, given that node's path from the root down to and
 * including itself (as recorded on `OrganizationRegistered`). A role covers its node's subtree, nothing else.
 */
export function covers(actorOrg: string, targetPath: readonly string[]): boolean {
  return actorOrg === SYSTEM_ROOT || targetPath.includes(actorOrg);
}

/** Only this actor creates top-level organisations. */
export function isSystemAdmin(actor: Actor): boolean {
  return actor.org === SYSTEM_ROOT && actor.roles.includes('admin');
}

export function assertCovers(actor: Actor, targetPath: readonly string[]): void {
  if (!covers(actor.org, targetPath)) {
    throw new AccessDeniedError(
      'NOT_IN_SCOPE',
      `organisation "${targetPath.at(-1) ?? ''}" is outside the actor's scope`,
    );
  }
}

export function assertSystemAdmin(actor: Actor): void {
  if (!isSystemAdmin(actor))
    throw new AccessDeniedError('SYSTEM_ADMIN_ONLY', 'only the system administrator may do this');
}

/** Whether the actor acts as this volunteer: a volunteer token reaches only its own records. */
export function isOwnVolunteer(actor: Actor, volunteerId: string): boolean {
  return actor.roles.includes('volunteer') && actor.volunteerId === volunteerId;
}
