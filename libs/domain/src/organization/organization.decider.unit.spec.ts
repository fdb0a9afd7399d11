import { deciderSpecification } from '../testing/decider-specification.js';
import { anActor } from '../testing/fixtures.js';
import {
  organizationDecider,
  type ParentOrganization,
  type RegisterOrganization,
} from './organization.decider.js';
import { type OrganizationKind, type OrganizationRegistered } from './organization.events.js';

const spec = deciderSpecification(organizationDecider);
const systemAdmin = anActor('*', ['admin']);
const cityAdmin = anActor('zz', ['admin']);

const node = (organizationId: string, kind: OrganizationKind, path: string[]): ParentOrganization => ({
  organizationId,
  kind,
  path,
});
const city = node('zz', 'city', ['zz']);
const district = node('hetang', 'district', ['zz', 'hetang']);

function register(
  organizationId: string,
  kind: OrganizationKind,
  parent: ParentOrganization | null,
  actor = cityAdmin,
  name = `Org ${organizationId}`,
): RegisterOrganization {
  return { type: 'RegisterOrganization', data: { organizationId, name, kind, parent, actor } };
}

function registeredEvent(
  organizationId: string,
  kind: OrganizationKind,
  parentId: string | null,
  path: string[],
  name = `Org ${organizationId}`,
): OrganizationRegistered {
  return { type: 'OrganizationRegistered', data: { organizationId, name, kind, parentId, path } };
}

describe('organisation decider', () => {
  it('lets the system administrator register a city at the top level', () => {
    spec
      .given([])
      .when(register('zz', 'city', null, systemAdmin, '株洲市'))
      .then([registeredEvent('zz', 'city', null, ['zz'], '株洲市')]);
  });

  it('product access model, only the system administrator creates a city: refuses a top-level city from anyone but the system administrator', () => {
    spec
      .given([])
      .when(register('zz', 'city', null, cityAdmin))
      .thenThrows('TOP_LEVEL_REQUIRES_SYSTEM_ADMIN');
  });

  it('refuses a top-level node that is not a city', () => {
    spec
      .given([])
      .when(register('hetang', 'district', null, systemAdmin))
      .thenThrows('INVALID_PARENT_KIND', 'parentId');
    spec
      .given([])
      .when(register('t', 'team', null, systemAdmin))
      .thenThrows('INVALID_PARENT_KIND', 'parentId');
  });

  it('refuses to register the same organisation twice', () => {
    spec
      .given([registeredEvent('zz', 'city', null, ['zz'])])
      .when(register('zz', 'city', null, systemAdmin))
      .thenThrows('ORGANIZATION_ALREADY_EXISTS', 'organizationId');
  });

  it('extends the parent path with the new id', () => {
    spec
      .given([])
      .when(register('lotus', 'community', district))
      .then([registeredEvent('lotus', 'community', 'hetang', ['zz', 'hetang', 'lotus'])]);
  });

  it.each<[OrganizationKind, OrganizationKind]>([
    ['city', 'district'],
    ['district', 'subdistrict'],
    ['subdistrict', 'community'],
    ['community', 'compound'],
    ['district', 'community'],
    ['city', 'compound'],
  ])('nests a geographic %s > %s', (parentKind, childKind) => {
    spec
      .given([])
      .when(register('child', childKind, node('p', parentKind, ['zz', 'p'])))
      .then([registeredEvent('child', childKind, 'p', ['zz', 'p', 'child'])]);
  });

  it.each<[OrganizationKind, OrganizationKind]>([
    ['district', 'district'],
    ['community', 'subdistrict'],
    ['compound', 'compound'],
    ['district', 'city'],
    ['team', 'community'],
    ['partner', 'compound'],
    ['school', 'district'],
  ])('refuses a %s as the parent of a %s', (parentKind, childKind) => {
    spec
      .given([])
      .when(register('child', childKind, node('p', parentKind, ['zz', 'p'])))
      .thenThrows('INVALID_PARENT_KIND', 'parentId');
  });

  it.each<[OrganizationKind, OrganizationKind]>([
    ['city', 'team'],
    ['compound', 'team'],
    ['team', 'team'],
    ['partner', 'team'],
    ['community', 'partner'],
    ['school', 'partner'],
    ['district', 'school'],
    ['team', 'school'],
  ])('hangs a %s > %s', (parentKind, childKind) => {
    spec
      .given([])
      .when(register('child', childKind, node('p', parentKind, ['zz', 'p'])))
      .then([registeredEvent('child', childKind, 'p', ['zz', 'p', 'child'])]);
  });

  it('lets the system administrator register under any node', () => {
    spec
      .given([])
      .when(register('hetang', 'district', city, systemAdmin))
      .then([registeredEvent('hetang', 'district', 'zz', ['zz', 'hetang'])]);
  });

  it('product access model, a role covers its subtree: refuses a parent outside the actor subtree', () => {
    const tianyuanAdmin = anActor('tianyuan', ['admin']);
    spec
      .given([])
      .when(register('lotus', 'community', district, tianyuanAdmin))
      .thenThrows('NOT_IN_SCOPE', 'parentId');
  });

  it('lets an admin bound at the parent register beneath it', () => {
    const hetangAdmin = anActor('hetang', ['admin']);
    spec
      .given([])
      .when(register('lotus', 'community', district, hetangAdmin))
      .then([registeredEvent('lotus', 'community', 'hetang', ['zz', 'hetang', 'lotus'])]);
  });

  it('trims the name and refuses an empty or overlong one', () => {
    spec
      .given([])
      .when(register('t', 'team', district, cityAdmin, '  荷塘志愿服务队 '))
      .then([registeredEvent('t', 'team', 'hetang', ['zz', 'hetang', 't'], '荷塘志愿服务队')]);
    spec
      .given([])
      .when(register('t', 'team', district, cityAdmin, '   '))
      .thenThrows('VALIDATION_FAILED', 'name');
    spec
      .given([])
      .when(register('t', 'team', district, cityAdmin, 'x'.repeat(201)))
      .thenThrows('VALIDATION_FAILED', 'name');
    spec
      .given([])
      .when(register('t', 'team', district, cityAdmin, 'x'.repeat(200)))
      .then([registeredEvent('t', 'team', 'hetang', ['zz', 'hetang', 't'], 'x'.repeat(200))]);
  });

  it('refuses an id outside the id pattern', () => {
    spec
      .given([])
      .when(register('bad id', 'team', district))
      .thenThrows('VALIDATION_FAILED', 'organizationId');
  });
});
