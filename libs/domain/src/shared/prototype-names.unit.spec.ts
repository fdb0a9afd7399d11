import fc from 'fast-check';
import { evolveBalance, emptyBalance, type VolunteerBalance } from '../balance/volunteer-balance.js';
import { DomainError } from './errors.js';
import { awardGranted, awardRevoked, grantAward, revokeAward } from '../testing/award-fixtures.js';
import {
  anActivity,
  anActor,
  confirmed,
  manualRecorded,
  registered,
  VOLUNTEER_ID,
} from '../testing/fixtures.js';
import { type VolunteerEvent, type VolunteerStreamEvent } from '../volunteer/volunteer.events.js';
import { decideVolunteer } from '../volunteer/volunteer.decider.js';
import { evolveVolunteer, initialVolunteerState, type VolunteerState } from '../volunteer/volunteer.state.js';

/** Every name an object answers to through Object.prototype, and the two that reach the prototype itself. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];

/** Client text as ids, categories, policy ids and award ids: prototype names mixed with ordinary ones. */
const clientKey = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.stringMatching(/^[A-Za-z0-9._:-]{1,12}$/));

const fold = (events: readonly VolunteerStreamEvent[]): VolunteerState =>
  events.reduce(evolveVolunteer, initialVolunteerState);

function codeOf(decide: () => unknown): string {
  try {
    decide();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'ACCEPTED';
}

describe('keys that are Object.prototype names are keys like any other', () => {
  it('keeps the balance by category and by session id exactly as a Map would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ sessionId: clientKey, category: clientKey, minutes: fc.integer({ min: 1, max: 600 }) }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (sessions) => {
          const events: VolunteerEvent[] = [registered()];
          const expectedByCategory = new Map<string, number>();
          const seen = new Set<string>();
          for (const { sessionId, category, minutes } of sessions) {
            if (seen.has(sessionId)) continue;
            seen.add(sessionId);
            const activity = anActivity({ category });
            events.push(
              manualRecorded(sessionId, activity, '2024-07-01T01:00:00Z', '2024-07-01T03:00:00Z', minutes),
              confirmed(sessionId, minutes),
            );
            expectedByCategory.set(category, (expectedByCategory.get(category) ?? 0) + minutes);
          }
          const balance = events.reduce<VolunteerBalance>(
            (current, event) => evolveBalance(current, event, 'Asia/Shanghai'),
            emptyBalance(VOLUNTEER_ID),
          );
          const total = [...expectedByCategory.values()].reduce((sum, minutes) => sum + minutes, 0);
          expect(balance.confirmedMinutes).toBe(total);
          expect(Object.keys(balance.byCategory).sort()).toEqual([...expectedByCategory.keys()].sort());
          for (const [category, minutes] of expectedByCategory) {
            expect(Object.getOwnPropertyDescriptor(balance.byCategory, category)?.value).toBe(minutes);
          }
          expect(Object.keys(balance.sessions).sort()).toEqual([...seen].sort());
          expect(JSON.parse(JSON.stringify(balance.byYear))).toEqual({ '2024': total });
        },
      ),
    );
  });

  it('finds no award, consent or session that was never recorded', () => {
    fc.assert(
      fc.property(clientKey, (key) => {
        const state = fold([registered(), awardGranted('a-1')]);
        expect(codeOf(() => decideVolunteer(revokeAward(key === 'a-1' ? 'a-2' : key, 'x'), state))).toBe(
          'AWARD_NOT_FOUND',
        );
        expect(
          codeOf(() =>
            decideVolunteer(
              { type: 'RevokeSchoolConsent', data: { schoolId: key, now: '2024-08-01T00:00:00Z' } },
              state,
            ),
          ),
        ).toBe('CONSENT_NOT_IN_FORCE');
        expect(
          codeOf(() =>
            decideVolunteer(
              { type: 'ConfirmSession', data: { sessionId: key, actor: anActor('hetang') } },
              state,
            ),
          ),
        ).toBe('SESSION_NOT_FOUND');
      }),
    );
  });

  it('grants an award under any id that is not taken, and revokes exactly that one', () => {
    fc.assert(
      fc.property(clientKey, (awardId) => {
        const served = [
          registered(),
          manualRecorded('s-1', anActivity(), '2024-07-01T01:00:00Z', '2024-07-01T03:00:00Z', 120),
          confirmed('s-1', 120),
        ];
        const granted = decideVolunteer(grantAward(awardId, 'stars', '1-star'), fold(served));
        expect(granted).toHaveLength(1);
        const state = fold([...served, ...granted]);
        expect(decideVolunteer(revokeAward(awardId, 'wrong'), state)).toEqual([
          awardRevoked(awardId, 'wrong', 'stars', '1-star'),
        ]);
      }),
    );
  });
});
