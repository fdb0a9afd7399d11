import { type Actor, DomainError } from '@vl/domain';
import { covers } from '@vl/auth';

/** The actor's organisation node covers the target's path (its subtree), or the actor is the root. */
export function assertCovers(actor: Actor, path: readonly string[], what: string): void {
  if (!covers(actor.org, path)) {
    throw new DomainError('NOT_IN_SCOPE', `${what} is outside the subtree of ${actor.org}`);
  }
}

/**
 * Reading or acting for one volunteer: a volunteer only for themself; other roles within their subtree
 * of the volunteer's home organisation.
 */
export function assertMayActFor(
  actor: Actor,
  volunteer: { volunteerId: string; organizationPath: readonly string[] },
  extraPaths: readonly (readonly string[])[] = [],
): void {
  const nonVolunteerRoles = actor.roles.filter((role) => role !== 'volunteer');
  if (actor.roles.includes('volunteer') && actor.volunteerId === volunteer.volunteerId) return;
  const inScope =
    nonVolunteerRoles.length > 0 &&
    [volunteer.organizationPath, ...extraPaths].some((path) => covers(actor.org, path));
  if (!inScope) {
    throw new DomainError('NOT_IN_SCOPE', `Volunteer ${volunteer.volunteerId} is outside your scope`);
  }
}
