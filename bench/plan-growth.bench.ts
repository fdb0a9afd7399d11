import { loadPolicyDirectory } from '@vl/config';
import { encodeEvent, volunteerStream } from '@vl/domain';
import { type RecordedEvent } from '@vl/event-store';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { volunteerHistory } from '../libs/domain/src/testing/volunteer-history.js';
import { planBatch } from '../libs/messaging/src/publisher/publish-plan.js';
import { type PublishedVolunteer } from '../libs/messaging/src/publisher/published-volunteer.js';

/** Events a batch holds, as the publisher reads them. */
const BATCH = 500;

export interface PlanGrowthPoint {
  readonly sessions: number;
  readonly events: number;
  /** Mean planning time of one event, over the volunteer's whole stream. */
  readonly microsecondsPerEvent: number;
  /** Against the smallest history's figure in the same run. */
  readonly ratio: number;
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
  sizes: readonly number[] = [100, 1_000, 5_000],
): Promise<PlanGrowthResult> {
  const options = { timeZone: 'Asia/Shanghai', policies: await loadPolicyDirectory('policies') };
  const points: PlanGrowthPoint[] = [];
  let smallest: number | undefined;
  for (const sessions of sizes) {
    const stream = volunteerStream('v-1');
    const recorded: RecordedEvent[] = volunteerHistory(sessions).map((event, revision) => ({
      id: randomUUID(),
      streamName: stream,
      revision,
      position: revision + 1,
      createdAt: new Date(0),
      ...encodeEvent(event, {
        occurredAt: '2020-01-01T00:00:00.000Z',
        recordedAt: '2020-01-01T00:00:00.000Z',
        actor: 'bench',
        correlationId: 'bench',
      }),
    }));
    let known = new Map<string, PublishedVolunteer>();
    const started = performance.now();
    for (let from = 0; from < recorded.length; from += BATCH) {
      const plan = planBatch(recorded.slice(from, from + BATCH), known, options);
      known = new Map([...known, ...plan.volunteersAfter]);
    }
    const microsecondsPerEvent = ((performance.now() - started) * 1000) / recorded.length;
    smallest ??= microsecondsPerEvent;
    points.push({
      sessions,
      events: recorded.length,
      microsecondsPerEvent: Math.round(microsecondsPerEvent),
      ratio: Math.round((microsecondsPerEvent / smallest) * 10) / 10,
    });
  }
  return { loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10, points };
}
