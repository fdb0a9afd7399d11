import { registered } from '../testing/fixtures.js';
import { checkIn, checkOut, recordManualSession, rejectSession } from '../testing/volunteer-commands.js';
import { decideVolunteer as decide, type VolunteerCommand } from './volunteer.decider.js';
import { foldVolunteer as fold, initialVolunteerState } from './volunteer.state.js';

describe('the overlap rule on a state folded on, command after command', () => {
  it('judges a session as it stands now, not as it stood when the rule last looked at it', () => {
    let state = fold(initialVolunteerState, [registered()]);
    const run = (command: VolunteerCommand): void => {
      state = fold(state, decide(command, state));
    };
    run(checkIn('s-1', '2024-07-01T01:05:00Z', '2024-07-01T01:05:00Z'));
    run(checkOut('2024-07-01T05:00:00Z', '2024-07-01T05:00:00Z'));
    const whilePending = state;
    // Checked out and pending, the session holds 09:05–13:00: an hour on paper inside it is refused.
    const paper = recordManualSession(
      's-2',
      ['2024-07-01T03:00:00Z', '2024-07-01T04:00:00Z'],
      60,
      '2024-07-01T06:00:00Z',
    );
    expect(() => decide(paper, whilePending)).toThrow(expect.objectContaining({ code: 'SESSION_OVERLAPS' }));
    run(rejectSession('s-1', '未到场'));
    // Rejected, it holds nothing; the state it was pending in is left as it was.
    expect(decide(paper, state).map((event) => event.type)).toEqual([
      'ManualSessionRecorded',
      'SessionConfirmed',
    ]);
    expect(() => decide(paper, whilePending)).toThrow(expect.objectContaining({ code: 'SESSION_OVERLAPS' }));
  });
});
