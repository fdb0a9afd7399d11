import { performance } from 'node:perf_hooks';
import { volunteerHistory } from '../testing/volunteer-history.js';
import { isVolunteerEvent, type VolunteerEvent } from '../volunteer/volunteer.events.js';
import {
  balanceFolder,
  emptyBalance,
  evolveBalance,
  foldBalance,
  type VolunteerBalance,
} from './volunteer-balance.js';

const ZONE = 'Asia/Shanghai';
const historyOf = (sessions: number): VolunteerEvent[] => volunteerHistory(sessions).filter(isVolunteerEvent);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The fastest of a few runs, in milliseconds: the least disturbed by other work on the machine. */
function fastest(work: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('folding a volunteer balance', () => {
  const history = historyOf(300);
  const oneByOne = (balance: VolunteerBalance, events: readonly VolunteerEvent[]): VolunteerBalance =>
    events.reduce((folded, event) => evolveBalance(folded, event, ZONE), balance);

  it('gives the balance that evolving event by event gives, with every session state counted', () => {
    const folded = foldBalance(emptyBalance('v-1'), history, ZONE);
    expect(folded).toEqual(oneByOne(emptyBalance('v-1'), history));
    const states = new Set(Object.values(folded.sessions).map((session) => session.state));
    expect([...states].sort()).toEqual(['confirmed', 'open', 'rejected', 'revoked']);
    expect(folded.confirmedMinutes).toBeGreaterThan(0);
    expect(folded.confirmedMinutes).toBe(
      Object.values(folded.sessions)
        .filter((session) => session.state === 'confirmed')
        .reduce((sum, session) => sum + session.minutes, 0),
    );
  });

  it('never changes the balance it starts from, nor one it handed out before', () => {
    const before = deepFreeze(foldBalance(emptyBalance('v-1'), history.slice(0, 400), ZONE));
    const copy = structuredClone(before);
    const folder = balanceFolder(before, ZONE);
    for (const event of history.slice(400, 500)) folder.apply(event);
    const middle = folder.balance;
    const middleCopy = structuredClone(middle);
    for (const event of history.slice(500)) folder.apply(event);
    expect(before).toEqual(copy);
    expect(middle).toEqual(middleCopy);
    expect(folder.balance).toEqual(foldBalance(emptyBalance('v-1'), history, ZONE));
  });

  it('shows the figures after each event in place, without touching the balance it starts from', () => {
    const before = deepFreeze(foldBalance(emptyBalance('v-1'), history.slice(0, 400), ZONE));
    const folder = balanceFolder(before, ZONE);
    for (const [index, event] of history.slice(400).entries()) {
      folder.apply(event);
      const { sessions, ...figures } = foldBalance(before, history.slice(400, 401 + index), ZONE);
      expect(Object.keys(sessions).length).toBeGreaterThan(0);
      expect({ ...folder.figures, sessions: undefined }).toEqual({ ...figures, sessions: undefined });
      if (index === 20) break;
    }
    expect(folder.balance).toEqual(foldBalance(before, history.slice(400, 421), ZONE));
  });

  it('returns the very same balance when no event changes it', () => {
    const balance = foldBalance(emptyBalance('v-1'), history, ZONE);
    const stray = {
      type: 'SessionConfirmed' as const,
      data: { sessionId: 'unknown', volunteerId: 'v-1', minutes: 1, measuredMinutes: 1, automatic: false },
    };
    expect(foldBalance(balance, [stray], ZONE)).toBe(balance);
  });

  it('takes time linear in the stream: forty times the sessions well within the fortyfold a quadratic copy costs', () => {
    const small = historyOf(500);
    const large = historyOf(20_000);
    // Linear gives about 1; a copy of the sessions per event, about 40 (room left for a busy machine).
    const fortySmallMs = fastest(() => {
      for (let run = 0; run < 40; run += 1) foldBalance(emptyBalance('v-1'), small, ZONE);
    });
    const largeMs = fastest(() => foldBalance(emptyBalance('v-1'), large, ZONE));
    expect(largeMs / fortySmallMs).toBeLessThan(12);
  });
});
