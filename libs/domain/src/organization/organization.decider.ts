import { requireId, requireOneOf, requireText, type Decider, type DomainCommand } from '../decider.js';
import { DomainError, assertUnreachable } from '../shared/errors.js';
import { type Actor } from '../shared/event.js';
import {
  ORGANIZATION_KINDS,
  type OrganizationEvent,
  type OrganizationKind,
  type OrganizationRegistered,
} from './organization.events.js';
import { requireParentInScope, requireTopLevelByRoot } from '../access-rules.js';
import { canHangUnder, type OrganizationNode } from './organization-tree.js';

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

export type OrganizationCommand = RegisterOrganization;

export type OrganizationState =
  | { readonly status: 'Unregistered' }
  | {
      readonly status: 'Registered';
      readonly organizationId: string;
      readonly name: string;
      readonly kind: OrganizationKind;
      readonly parentId: string | null;
      readonly path: readonly string[];
    };

export function decideOrganization(
  command: OrganizationCommand,
  state: OrganizationState,
): OrganizationEvent[] {
  switch (command.type) {
    case 'RegisterOrganization':
      return [registerOrganization(command, state)];
    default:
      return assertUnreachable(command.type);
  }
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
      return { status: 'Registered', ...event.data };
    default:
      return assertUnreachable(event.type);
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: { status: 'Unregistered' },
  decide: decideOrganization,
  evolve: evolveOrganization,
};
