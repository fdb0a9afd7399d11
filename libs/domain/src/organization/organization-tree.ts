import { type OrganizationKind } from './organization.events.js';

/** The `org` claim of the system administrator: the root above every city. */
export const SYSTEM_ORG = '*';

/** Geographic nodes nest in this order; a child may skip levels (a community straight under a district). */
export const GEOGRAPHIC_RANK = {
  city: 1,
  district: 2,
  subdistrict: 3,
  community: 4,
  compound: 5,
} as const satisfies Partial<Record<OrganizationKind, number>>;

export type GeographicKind = keyof typeof GEOGRAPHIC_RANK;

export function isGeographicKind(kind: OrganizationKind): kind is GeographicKind {
  return Object.prototype.hasOwnProperty.call(GEOGRAPHIC_RANK, kind);
}

/**
 * Teams, partners and schools hang under any node, themselves included; a geographic node only under a
 * geographic node of a coarser rank, because a team does not contain territory.
 */
export function canHangUnder(child: OrganizationKind, parent: OrganizationKind): boolean {
  if (!isGeographicKind(child)) return true;
  return isGeographicKind(parent) && GEOGRAPHIC_RANK[child] > GEOGRAPHIC_RANK[parent];
}

/** Whether a role bound at `actorOrg` covers the node with this path (root first, the node last). */
export function coversPath(actorOrg: string, path: readonly string[]): boolean {
  return actorOrg === SYSTEM_ORG || path.includes(actorOrg);
}

/** A node as its own stream says it is, loaded by a handler and handed to another stream's decider. */
export interface OrganizationNode {
  readonly organizationId: string;
  /** Root first, the node itself last. */
  readonly path: readonly string[];
}
