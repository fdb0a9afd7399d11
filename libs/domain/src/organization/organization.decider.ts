import { requireId, requireOneOf, requireText, type Decider, type DomainCommand } from '../decider.js';
import { DomainError, assertUnreachable } from '../shared/errors.js';
import { type Actor } from '../shared/event.js';
import {
  ORGANIZATION_KINDS,
  type OrganizationEvent,
  type OrganizationKind,
  type OrganizationRegistered,
  type PostingPeriodSet,
} from './organization.events.js';
import { requireParentInScope, requireTopLevelByRoot } from '../access-rules.js';
import { requirePostingDays } from '../posting/posting.js';
import { canHangUnder, coversPath, type OrganizationNode } from './organization-tree.js';

export const ORGANIZATION_NAME_MAX_LENGTH = 200;

/** The parent as its own stream says it is, loaded by the handler; null registers a top-level node. */
export interface ParentOrganization extends OrganizationNode {
  readonly kind: OrganizationKind;
}

export type RegisterOrganization = DomainCommand<
  'RegisterOrganization',
  {
    readonly organizationId: string;
    readonly name: string;
    readonly kind: OrganizationKind;
    readonly parent: ParentOrganization | null;
    readonly actor: Actor;
  }
>;

/** An administrator of the organisation's line sets its posting period (公示期). */
export type SetPostingPeriod = DomainCommand<
  'SetPostingPeriod',
  { readonly organizationId: string; readonly days: number; readonly actor: Actor }
>;

export type OrganizationCommand = RegisterOrganization | SetPostingPeriod;

export type OrganizationState =
  | { readonly status: 'Unregistered' }
  | {
      readonly status: 'Registered';
      readonly organizationId: string;
      readonly name: string;
      readonly kind: OrganizationKind;
      readonly parentId: string | null;
      readonly path: readonly string[];
      /** Days of posting set on this node; null when it has none of its own and inherits. */
      readonly postingDays: number | null;
    };

export function decideOrganization(
  command: OrganizationCommand,
  state: OrganizationState,
): OrganizationEvent[] {
  switch (command.type) {
    case 'RegisterOrganization':
      return [registerOrganization(command, state)];
    case 'SetPostingPeriod':
      return setPostingPeriod(command, state);
    default:
      return assertUnreachable(command);
  }
}

function setPostingPeriod(command: SetPostingPeriod, state: OrganizationState): PostingPeriodSet[] {
  const { organizationId, actor } = command.data;
  if (state.status === 'Unregistered') {
    throw new DomainError('ORGANIZATION_NOT_FOUND', `organisation ${organizationId} does not exist`, 'id');
  }
  if (!actor.roles.includes('admin') || !coversPath(actor.org, state.path)) {
    throw new DomainError('NOT_IN_SCOPE', `organisation ${organizationId} is outside ${actor.org}`);
  }
  const days = requirePostingDays(command.data.days);
  // Setting what is already set changes nothing and appends nothing.
  if (state.postingDays === days) return [];
  return [{ type: 'PostingPeriodSet', data: { organizationId, days, previousDays: state.postingDays } }];
}

function registerOrganization(
  command: RegisterOrganization,
  state: OrganizationState,
): OrganizationRegistered {
  const { organizationId, parent, actor } = command.data;
  if (state.status === 'Registered') {
    throw new DomainError(
      'ORGANIZATION_ALREADY_EXISTS',
      `organisation ${organizationId} exists`,
      'organizationId',
    );
  }
  requireId(organizationId, 'organizationId');
  const name = requireText(command.data.name, 'name', ORGANIZATION_NAME_MAX_LENGTH);
  const kind = requireOneOf(command.data.kind, ORGANIZATION_KINDS, 'kind');

  if (parent === null) {
    if (kind !== 'city') {
      throw new DomainError('INVALID_PARENT_KIND', `only a city may be top level, not a ${kind}`, 'parentId');
    }
    requireTopLevelByRoot(actor);
    return registered(organizationId, name, kind, null, [organizationId]);
  }

  requireParentInScope(actor, parent);
  if (!canHangUnder(kind, parent.kind)) {
    throw new DomainError('INVALID_PARENT_KIND', `a ${kind} cannot hang under a ${parent.kind}`, 'parentId');
  }
  return registered(organizationId, name, kind, parent.organizationId, [...parent.path, organizationId]);
}

function registered(
  organizationId: string,
  name: string,
  kind: OrganizationKind,
  parentId: string | null,
  path: string[],
): OrganizationRegistered {
  return { type: 'OrganizationRegistered', data: { organizationId, name, kind, parentId, path } };
}

export function evolveOrganization(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  switch (event.type) {
    case 'OrganizationRegistered':
      return { status: 'Registered', ...event.data, postingDays: null };
    case 'PostingPeriodSet':
      return state.status === 'Registered' ? { ...state, postingDays: event.data.days } : state;
    default:
      return assertUnreachable(event);
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: { status: 'Unregistered' },
  decide: decideOrganization,
  evolve: evolveOrganization,
};
