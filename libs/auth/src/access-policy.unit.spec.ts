import { type Actor, type DomainError } from '@vl/domain';
import {
  assertMayActForVolunteer,
  assertMayActWithin,
  assertMayReadSchool,
  assertMayTakeAttendance,
} from './access-policy.js';

const home = ['zhuzhou', 'hetang', 'songjiaqiao', 'community-7'];
const volunteer = { volunteerId: 'v-1', organizationPath: home };
const activity = { activityId: 'act-1', organizationPath: [...home, 'team-7'] };
const school = { organizationId: 'no2', path: ['zhuzhou', 'tianyuan', 'no2'] };

const actor = (roles: Actor['roles'], org: string, extra: Partial<Actor> = {}): Actor => ({
  sub: 'u',
  roles,
  org,
  ...extra,
});

/** The code and field a refusal carries, or 'allowed'. */
function outcome(check: () => void): string {
  try {
    check();
    return 'allowed';
  } catch (error) {
    const { code, field } = error as DomainError;
    return field === undefined ? code : `${code} (${field})`;
  }
}

describe('acting for a volunteer', () => {
  it('lets a volunteer act for themself only', () => {
    expect(
      outcome(() =>
        assertMayActForVolunteer(actor(['volunteer'], 'community-7', { volunteerId: 'v-1' }), volunteer),
      ),
    ).toBe('allowed');
    expect(
      outcome(() =>
        assertMayActForVolunteer(actor(['volunteer'], 'community-7', { volunteerId: 'v-2' }), volunteer),
      ),
    ).toBe('NOT_IN_SCOPE');
  });

  it('lets other roles act within the subtree of the volunteer home, or of a path the route adds', () => {
    expect(outcome(() => assertMayActForVolunteer(actor(['admin'], 'hetang'), volunteer))).toBe('allowed');
    expect(outcome(() => assertMayActForVolunteer(actor(['auditor'], 'tianyuan'), volunteer))).toBe(
      'NOT_IN_SCOPE',
    );
    expect(
      outcome(() =>
        assertMayActForVolunteer(actor(['organizer'], 'tianyuan'), volunteer, [['zhuzhou', 'tianyuan']]),
      ),
    ).toBe('allowed');
  });
});

describe('writing under an organisation', () => {
  it('allows the subtree and the root, and refuses a sibling', () => {
    const node = { organizationId: 'community-7', path: home };
    expect(outcome(() => assertMayActWithin(actor(['admin'], 'songjiaqiao'), node))).toBe('allowed');
    expect(outcome(() => assertMayActWithin(actor(['admin'], '*'), node))).toBe('allowed');
    expect(outcome(() => assertMayActWithin(actor(['organizer'], 'tianyuan'), node))).toBe('NOT_IN_SCOPE');
  });
});

describe('taking attendance', () => {
  it('lets a volunteer check only themself in and out', () => {
    expect(
      outcome(() =>
        assertMayTakeAttendance(actor(['volunteer'], 'community-7', { volunteerId: 'v-1' }), 'v-1', activity),
      ),
    ).toBe('allowed');
    expect(
      outcome(() =>
        assertMayTakeAttendance(actor(['volunteer'], 'community-7', { volunteerId: 'v-1' }), 'v-2', activity),
      ),
    ).toBe('NOT_IN_SCOPE (volunteerId)');
  });

  it('lets organisers and admins take attendance for the activities of their subtree', () => {
    expect(outcome(() => assertMayTakeAttendance(actor(['organizer'], 'team-7'), 'v-2', activity))).toBe(
      'allowed',
    );
    expect(outcome(() => assertMayTakeAttendance(actor(['admin'], 'tianyuan'), 'v-2', activity))).toBe(
      'NOT_IN_SCOPE',
    );
  });
});

describe('reading a school', () => {
  it('lets a school account read its own school and an overseer a school in its subtree', () => {
    expect(outcome(() => assertMayReadSchool(actor(['school'], 'no2', { schoolId: 'no2' }), school))).toBe(
      'allowed',
    );
    expect(outcome(() => assertMayReadSchool(actor(['school'], 'no8', { schoolId: 'no8' }), school))).toBe(
      'NOT_IN_SCOPE',
    );
    expect(outcome(() => assertMayReadSchool(actor(['auditor'], 'tianyuan'), school))).toBe('allowed');
    expect(outcome(() => assertMayReadSchool(actor(['organizer'], 'tianyuan'), school))).toBe('NOT_IN_SCOPE');
  });
});
