import { loadPolicyDirectory } from '@vl/config';
import { type RecordedEvent } from '@vl/event-store';
import { storedGeneratedHistory } from '../testing/ledger-fixtures.js';
import { planBatch } from './publish-plan.js';
import { type PublishedVolunteer } from './published-volunteer.js';

const options = { timeZone: 'Asia/Shanghai', policies: await loadPolicyDirectory('policies') };
const BATCH = 500;

/** Milliseconds per event to plan the whole stream batch by batch, each on the state the last one left. */
function planningMsPerEvent(recorded: readonly RecordedEvent[]): number {
  const started = performance.now();
  let stored = new Map<string, PublishedVolunteer>();
  for (let from = 0; from < recorded.length; from += BATCH) {
    const plan = planBatch(recorded.slice(from, from + BATCH), stored, options);
    stored = new Map([...stored, ...plan.volunteersAfter]);
  }
  return (performance.now() - started) / recorded.length;
}

describe('planBatch over a long history', () => {
  it('plans an event of a 5,000-session history at about the cost of one of a 500-session history', () => {
    const short = storedGeneratedHistory(500);
    const long = storedGeneratedHistory(5_000);
    let shortBest = Number.POSITIVE_INFINITY;
    let longBest = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round += 1) {
      shortBest = Math.min(shortBest, planningMsPerEvent(short));
      longBest = Math.min(longBest, planningMsPerEvent(long));
      // Far past the bound already: more rounds would only make a regression slow to report.
      if (longBest / shortBest > 10) break;
    }
    // Flat gives about 1 (a copy of the state per batch adds a little); pricing or copying the history at
    // every event gives 10 and more. The bound leaves room for a busy machine. Eligibility is not judged
    // here (no birth dates): it still reads the whole history at each event that can change it.
    expect(longBest / shortBest).toBeLessThan(3);
  });
});
