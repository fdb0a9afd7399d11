import { loadPolicyDirectory } from '@vl/config';
import { type RecordedEvent } from '@vl/event-store';
import { loadavg } from 'node:os';
import { storedGeneratedHistory } from '../libs/messaging/src/testing/ledger-fixtures.js';
import { planBatch, type PlanOptions } from '../libs/messaging/src/publisher/publish-plan.js';
import { type PublishedVolunteer } from '../libs/messaging/src/publisher/published-volunteer.js';

/** Events a batch holds, as the publisher reads them. */
const BATCH = 500;
/** The longest history planned with eligibility judged. */
const JUDGED_UP_TO = 5_000;

export interface PlanGrowthPoint {
  readonly sessions: number;
  readonly events: number;
  /** Mean planning time of one event, over the volunteer's whole stream, no birth date known. */
  readonly microsecondsPerEvent: number;
  /** Against the smallest history's figure in the same run. */
  readonly ratio: number;
  /**
   * The same with the volunteer's birth date known, so eligibility is judged as the publisher does;
   * measured up to `JUDGED_UP_TO` sessions, since judging still reads the whole history.
   */
  readonly microsecondsPerEventJudged?: number;
  readonly ratioJudged?: number;
}

export interface PlanGrowthResult {
  readonly loadAverage: number;
  readonly points: readonly PlanGrowthPoint[];
}

/**
 * The publisher's mapping of one volunteer's stream (entries, balances with points, eligibility,
 * certificates), batch by batch, each batch planned on the volunteer as the batches before left it, as a
 * publisher catching up does. No database and no broker: planning alone, which runs on the publisher's main
 * thread for every event.
 */
export async function benchPlanGrowth(
  sizes: readonly number[] = [100, 1_000, 5_000, 20_000],
): Promise<PlanGrowthResult> {
  const options = { timeZone: 'Asia/Shanghai', policies: await loadPolicyDirectory('policies') };
  const judged = { ...options, birthDates: new Map([['v-1', '2005-03-01']]) };
  const points: PlanGrowthPoint[] = [];
  let smallest: number | undefined;
  let smallestJudged: number | undefined;
  const streams = sizes.map((sessions) => storedGeneratedHistory(sessions));
  // Once untimed, so the first size is not measured while V8 still compiles the planning.
  if (streams[0]) {
    planStream(streams[0], options);
    planStream(streams[0], judged);
  }
  for (const [index, recorded] of streams.entries()) {
    const sessions = sizes[index] ?? 0;
    const microsecondsPerEvent = planStream(recorded, options);
    smallest ??= microsecondsPerEvent;
    const point = {
      sessions,
      events: recorded.length,
      microsecondsPerEvent: Math.round(microsecondsPerEvent),
      ratio: Math.round((microsecondsPerEvent / smallest) * 10) / 10,
    };
    if (sessions > JUDGED_UP_TO) {
      points.push(point);
      continue;
    }
    const microsecondsPerEventJudged = planStream(recorded, judged);
    smallestJudged ??= microsecondsPerEventJudged;
    points.push({
      ...point,
      microsecondsPerEventJudged: Math.round(microsecondsPerEventJudged),
      ratioJudged: Math.round((microsecondsPerEventJudged / smallestJudged) * 10) / 10,
    });
  }
  return { loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10, points };
}

/** Mean microseconds per event to plan the stream batch by batch, each on the state the last one left. */
function planStream(recorded: readonly RecordedEvent[], options: PlanOptions): number {
  let known = new Map<string, PublishedVolunteer>();
  const started = performance.now();
  for (let from = 0; from < recorded.length; from += BATCH) {
    const plan = planBatch(recorded.slice(from, from + BATCH), known, options);
    known = new Map([...known, ...plan.volunteersAfter]);
  }
  return ((performance.now() - started) * 1000) / recorded.length;
}
