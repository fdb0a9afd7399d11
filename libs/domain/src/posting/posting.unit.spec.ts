import { organizationDecider, type SetPostingPeriod } from '../organization/organization.decider.js';
import { type OrganizationRegistered } from '../organization/organization.events.js';
import { confirmedEntriesOf } from '../eligibility/ledger-entries.js';
import { deciderSpecification } from '../testing/decider-specification.js';
import {
  VOLUNTEER_ID,
  anActivity,
  anActor,
  checkedIn,
  checkedOut,
  confirmed,
  registered,
} from '../testing/fixtures.js';
import { type Actor } from '../shared/event.js';
import { checkOut, confirmSession, recordManualSession } from '../testing/volunteer-commands.js';
import { type LodgeObjection } from '../volunteer/commands/lodge-objection.command.js';
import { volunteerDecider } from '../volunteer/volunteer.decider.js';
import { type VolunteerEvent } from '../volunteer/volunteer.events.js';
import { foldVolunteer, initialVolunteerState } from '../volunteer/volunteer.state.js';
import { countsAt } from '../volunteer/volunteer-session.js';
import { inheritedPostingDays, postingEnd, postingOver } from './posting.js';

const organizations = deciderSpecification(organizationDecider);
const volunteers = deciderSpecification(volunteerDecider);

const lotus: OrganizationRegistered = {
  type: 'OrganizationRegistered',
  data: {
    organizationId: 'lotus',
    name: '莲花社区',
    kind: 'community',
    parentId: 'hetang',
    path: ['zz', 'hetang', 'lotus'],
  },
};

function setPosting(days: number, actor: Actor = anActor('hetang', ['admin'])): SetPostingPeriod {
  return { type: 'SetPostingPeriod', data: { organizationId: 'lotus', days, actor } };
}

/** Confirmed 09:30 on 1 July in Zhuzhou; posted for three days. */
const CONFIRMED_AT = '2024-07-01T05:30:00.000Z';
const POSTED_UNTIL = '2024-07-04T05:30:00.000Z';

const checkedOut150: VolunteerEvent[] = [
  registered(),
  checkedIn('s-1', anActivity(), '2024-07-01T01:00:00.000Z'),
  checkedOut(
    's-1',
    '2024-07-01T03:30:00.000Z',
    ['2024-07-01T01:00:00.000Z', '2024-07-01T03:30:00.000Z'],
    150,
  ),
];
const posted: VolunteerEvent[] = [
  ...checkedOut150,
  { ...confirmed('s-1', 150, 150), data: { ...confirmed('s-1', 150, 150).data, postedUntil: POSTED_UNTIL } },
];

function object(
  now: string,
  actor: Actor = anActor('lotus', ['organizer']),
  reason = '当天未见到该志愿者',
): LodgeObjection {
  return { type: 'LodgeObjection', data: { sessionId: 's-1', reason, actor, now } };
}

describe('the posting period setting (公示期)', () => {
  it('lets an administrator of the line set it, and says what it was before', () => {
    organizations
      .given([lotus])
      .when(setPosting(3))
      .then([{ type: 'PostingPeriodSet', data: { organizationId: 'lotus', days: 3, previousDays: null } }]);
    organizations
      .given([
        lotus,
        { type: 'PostingPeriodSet', data: { organizationId: 'lotus', days: 3, previousDays: null } },
      ])
      .when(setPosting(0))
      .then([{ type: 'PostingPeriodSet', data: { organizationId: 'lotus', days: 0, previousDays: 3 } }]);
  });

  it('appends nothing when the days are already set so', () => {
    organizations
      .given([
        lotus,
        { type: 'PostingPeriodSet', data: { organizationId: 'lotus', days: 7, previousDays: null } },
      ])
      .when(setPosting(7))
      .then([]);
  });

  it('refuses an organiser, an administrator of a sibling line, and an unknown organisation', () => {
    organizations
      .given([lotus])
      .when(setPosting(3, anActor('hetang', ['organizer'])))
      .thenThrows('NOT_IN_SCOPE');
    organizations
      .given([lotus])
      .when(setPosting(3, anActor('tianyuan', ['admin'])))
      .thenThrows('NOT_IN_SCOPE');
    organizations.given([]).when(setPosting(3)).thenThrows('ORGANIZATION_NOT_FOUND', 'id');
  });

  it.each([-1, 1.5, 31, Number.NaN])('refuses %s days', (days) => {
    organizations.given([lotus]).when(setPosting(days)).thenThrows('VALIDATION_FAILED', 'days');
  });

  it('applies the nearest setting on the path: a node overrides its ancestors, and nothing set is off', () => {
    const settings: Record<string, number> = { zz: 7, lotus: 3 };
    const of = (id: string): number | undefined => settings[id];
    expect(inheritedPostingDays(['zz', 'hetang', 'lotus', 'lotus-team'], of)).toBe(3);
    expect(inheritedPostingDays(['zz', 'hetang'], of)).toBe(7);
    expect(inheritedPostingDays(['other'], of)).toBe(0);
    expect(inheritedPostingDays(['zz', 'hetang', 'lotus'], (id) => (id === 'lotus' ? 0 : of(id)))).toBe(0);
  });
});

describe('a posted confirmation', () => {
  it('carries the end of its posting, days of 24 hours after the confirmation', () => {
    volunteers
      .given(checkedOut150)
      .when({
        ...confirmSession('s-1'),
        data: { ...confirmSession('s-1').data, postingDays: 3, now: CONFIRMED_AT },
      })
      .then([
        {
          ...confirmed('s-1', 150, 150),
          data: { ...confirmed('s-1', 150, 150).data, postedUntil: POSTED_UNTIL },
        },
      ]);
    expect(postingEnd(7, CONFIRMED_AT)).toBe('2024-07-08T05:30:00.000Z');
  });

  it('is not posted when the line posts nothing', () => {
    volunteers
      .given(checkedOut150)
      .when({
        ...confirmSession('s-1'),
        data: { ...confirmSession('s-1').data, postingDays: 0, now: CONFIRMED_AT },
      })
      .then([confirmed('s-1', 150, 150)]);
  });

  it('is posted when a paper sheet is certified or a check-out confirms automatically', () => {
    const sheet = recordManualSession(
      's-2',
      ['2024-07-01T01:00:00.000Z', '2024-07-01T02:00:00.000Z'],
      60,
      CONFIRMED_AT,
    );
    const events = volunteerDecider.decide(
      { ...sheet, data: { ...sheet.data, postingDays: 7 } },
      foldVolunteer(initialVolunteerState, [registered()]),
    );
    expect(events.find((event) => event.type === 'SessionConfirmed')?.data).toMatchObject({
      postedUntil: '2024-07-08T05:30:00.000Z',
    });
    const auto = anActivity({ autoConfirm: true });
    const out = checkOut('2024-07-01T03:00:00.000Z', '2024-07-01T03:00:00.000Z');
    const autoEvents = volunteerDecider.decide(
      { ...out, data: { ...out.data, postingDays: 3 } },
      foldVolunteer(initialVolunteerState, [
        registered(),
        checkedIn('s-3', auto, '2024-07-01T01:00:00.000Z'),
      ]),
    );
    expect(autoEvents.find((event) => event.type === 'SessionConfirmed')?.data).toMatchObject({
      automatic: true,
      postedUntil: '2024-07-04T03:00:00.000Z',
    });
  });

  it('counts from the end of its posting, not before', () => {
    const state = foldVolunteer(initialVolunteerState, posted);
    if (state.status !== 'Registered') throw new Error('registered expected');
    const session = state.sessions['s-1'];
    if (!session) throw new Error('session expected');
    expect(countsAt(session, '2024-07-04T05:29:59.999Z')).toBe(false);
    expect(countsAt(session, POSTED_UNTIL)).toBe(true);
    expect(confirmedEntriesOf(state, '2024-07-02T00:00:00.000Z')).toEqual([]);
    expect(confirmedEntriesOf(state, '2024-07-05T00:00:00.000Z').map((entry) => entry.minutes)).toEqual([
      150,
    ]);
    expect(postingOver(null, 0)).toBe(true);
  });
});

describe('an objection (异议)', () => {
  it('returns a posted session to review with its reason, and the organiser confirms or rejects it again', () => {
    const objected: VolunteerEvent = {
      type: 'SessionObjected',
      data: {
        sessionId: 's-1',
        volunteerId: VOLUNTEER_ID,
        reason: '当天未见到该志愿者',
        postedUntil: POSTED_UNTIL,
        objectedMinutes: 150,
      },
    };
    volunteers.given(posted).when(object('2024-07-02T00:00:00.000Z')).then([objected]);
    volunteers
      .given([...posted, objected])
      .when(confirmSession('s-1', 120))
      .then([confirmed('s-1', 120, 150)]);
    volunteers
      .given([...posted, objected])
      .when({
        type: 'RejectSession',
        data: { sessionId: 's-1', reason: '核实未到场', actor: anActor('lotus-team') },
      })
      .then([
        {
          type: 'SessionRejected',
          data: { sessionId: 's-1', volunteerId: VOLUNTEER_ID, reason: '核实未到场' },
        },
      ]);
    const state = foldVolunteer(initialVolunteerState, [...posted, objected]);
    expect(state.status === 'Registered' && state.sessions['s-1']?.phase).toBe('Objected');
  });

  it('may come from the volunteer or from staff of the organising or home line', () => {
    const self: Actor = { sub: 'v', roles: ['volunteer'], org: 'lotus', volunteerId: VOLUNTEER_ID };
    for (const actor of [self, anActor('lotus-team'), anActor('hetang', ['admin']), anActor('lotus')]) {
      expect(
        volunteerDecider.decide(
          object('2024-07-02T00:00:00.000Z', actor),
          foldVolunteer(initialVolunteerState, posted),
        ),
      ).toHaveLength(1);
    }
  });

  it('refuses anyone outside the scope: another volunteer, a sibling line, an auditor or a school', () => {
    const other: Actor = { sub: 'w', roles: ['volunteer'], org: 'lotus', volunteerId: 'v-2' };
    for (const actor of [
      other,
      anActor('tianyuan', ['admin']),
      anActor('zz', ['auditor']),
      anActor('zz', ['school']),
    ]) {
      volunteers.given(posted).when(object('2024-07-02T00:00:00.000Z', actor)).thenThrows('NOT_IN_SCOPE');
    }
  });

  it('refuses once the posting is over, and for a session never posted or not confirmed', () => {
    volunteers.given(posted).when(object(POSTED_UNTIL)).thenThrows('NOT_POSTED');
    volunteers
      .given([...checkedOut150, confirmed('s-1', 150, 150)])
      .when(object('2024-07-02T00:00:00.000Z'))
      .thenThrows('NOT_POSTED');
    volunteers.given(checkedOut150).when(object('2024-07-02T00:00:00.000Z')).thenThrows('NOT_POSTED');
  });

  it('needs a reason', () => {
    volunteers
      .given(posted)
      .when(object('2024-07-02T00:00:00.000Z', anActor('lotus'), '  '))
      .thenThrows('REASON_REQUIRED', 'reason');
  });
});
