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

/**
 * 公示: how many days the sessions an organisation's subtree confirms stay posted before they count. The
 * nearest setting on an activity's organisation path applies (`inheritedPostingDays`); 0 turns posting off.
 */
export type PostingPeriodSet = DomainEvent<
  'PostingPeriodSet',
  { organizationId: string; days: number; previousDays: number | null }
>;

export type OrganizationEvent = OrganizationRegistered | PostingPeriodSet;

export function isOrganizationEvent(event: { readonly type: string }): event is OrganizationEvent {
  return event.type === 'OrganizationRegistered' || event.type === 'PostingPeriodSet';
}

export const organizationStream = (id: string): string => `organization-${id}`;
