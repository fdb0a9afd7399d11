import { loadPolicyDirectory } from '@vl/config';
import {
  FIXTURE_ACTIVITY,
  eventData,
  recordAll,
  registration,
  volunteerHistory,
} from '../testing/ledger-fixtures.js';
import { planBatch } from './publish-plan.js';
import { packVolunteerState, unpackVolunteerState } from './volunteer-state-codec.js';

const options = { timeZone: 'Asia/Shanghai', policies: await loadPolicyDirectory('policies') };

describe('the stored form of a volunteer state', () => {
  it('keeps one copy of each activity snapshot and reads back exactly the state it stored', () => {
    const other = { ...FIXTURE_ACTIVITY, title: '流动青少年宫' };
    const events = recordAll([
      [
        'volunteer-v1',
        [
          ...volunteerHistory('v1', 3),
          eventData({
            type: 'VolunteerCheckedIn',
            data: {
              sessionId: 'open',
              volunteerId: 'v1',
              activity: other,
              checkedInAt: '2024-07-09T01:00:00Z',
              method: 'qr',
            },
          }),
        ],
      ],
    ]);
    const state = planBatch(events, new Map(), options).volunteersAfter.get('v1')?.volunteer;
    if (state?.status !== 'Registered') throw new Error('expected a registered volunteer');
    const packed = packVolunteerState(state);
    expect(packed.status === 'Registered' ? packed.activities : []).toEqual([FIXTURE_ACTIVITY, other]);
    const stored = JSON.parse(JSON.stringify(packed)) as typeof packed;
    expect(unpackVolunteerState(stored)).toEqual(state);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(state).length);
  });

  it('stores an unregistered volunteer as it is', () => {
    const state = planBatch(
      recordAll([['volunteer-v2', [registration('v2')]]]),
      new Map(),
      options,
    ).volunteersAfter.get('v2')?.volunteer;
    if (!state) throw new Error('no state');
    expect(unpackVolunteerState(packVolunteerState(state))).toEqual(state);
    expect(unpackVolunteerState(packVolunteerState({ status: 'Unregistered' }))).toEqual({
      status: 'Unregistered',
    });
  });
});
