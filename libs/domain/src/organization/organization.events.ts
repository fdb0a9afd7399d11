import { type DomainEvent } from '../shared/event.js';

export const ORGANIZATION_KINDS = [
  'city',
  'district',
  'subdistrict',
  'community',
  'compound',
  'team',
  'partner',
  'school',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export type OrganizationRegistered = DomainEvent<
  'OrganizationRegistered',
  {
    organizationId: string;
    name: string;
    kind: OrganizationKind;
    parentId: string | null;
    /** Ancestors from the root down to and including this node; the tree never changes shape. */
    path: string[];
  }
>;

export type OrganizationEvent = OrganizationRegistered;

export const organizationStream = (id: string): string => `organization-${id}`;
