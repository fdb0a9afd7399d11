import { loadPolicyDirectory } from '@vl/config';
import { type RecordedEvent } from '@vl/event-store';
import { type ProducerBatch, type RecordMetadata } from 'kafkajs';
import { confirmedSession, recordAll, registration } from '../testing/ledger-fixtures.js';
import { runPublishPipeline, type PipelineContext } from './publish-pipeline.js';
import { type PublishedVolunteer } from './published-volunteer.js';

const policies = await loadPolicyDirectory('policies');

async function* batchesOf(events: RecordedEvent[], size: number): AsyncGenerator<RecordedEvent[]> {
  for (let start = 0; start < events.length; start += size) yield events.slice(start, start + size);
}

/** Records what happens in which order: sends, their acknowledgements and checkpoints. */
function harness(options: { failCheckpoint?: number; failSend?: number; commitMs?: number } = {}) {
  const log: string[] = [];
  const stored = new Map<string, PublishedVolunteer>();
  let sends = 0;
  let commits = 0;
  const context: PipelineContext = {
    producer: {
      sendBatch: async (batch: ProducerBatch): Promise<RecordMetadata[]> => {
        sends += 1;
        const positions = batch.topicMessages?.[0]?.messages
          .map((message) => message.headers?.ce_position)
          .join(',');
        log.push(`send ${positions}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (sends === options.failSend) throw new Error('broker gone');
        log.push(`ack ${positions}`);
        return [];
      },
    },
    state: {
      loadVolunteers: async (ids: readonly string[]) =>
        new Map(ids.flatMap((id) => (stored.has(id) ? [[id, stored.get(id) as PublishedVolunteer]] : []))),
      commit: async (position: number, balances: ReadonlyMap<string, PublishedVolunteer>) => {
        commits += 1;
        await new Promise((resolve) => setTimeout(resolve, options.commitMs ?? 8));
        if (commits === options.failCheckpoint) throw new Error('database gone');
        for (const [id, balance] of balances) stored.set(id, balance);
        log.push(`checkpoint ${position}`);
      },
    },
    entriesTopic: 'entries',
    balancesTopic: 'balances',
    eligibilityTopic: 'eligibility',
    certificatesTopic: 'certificates',
    plan: { timeZone: 'Asia/Shanghai', policies },
    onPlanned: () => undefined,
    onCheckpoint: (position) => log.push(`advanced ${position}`),
  };
  return { context, log, stored };
}

const events = recordAll([
  [
    'volunteer-a',
    [registration('a'), ...confirmedSession('a', 's1', 30), ...confirmedSession('a', 's2', 20, 2)],
  ],
]);

describe('runPublishPipeline', () => {
  it('checkpoints only after the acknowledgement, in order, and folds balances across batches', async () => {
    const { context, log, stored } = harness();
    await runPublishPipeline(batchesOf(events, 2), context);
    const checkpoints = log
      .filter((line) => line.startsWith('checkpoint'))
      .map((line) => Number(line.split(' ')[1]));
    // The first batch is checkpointed alone; batches acknowledged while a checkpoint is written share the next.
    expect(checkpoints[0]).toBe(2);
    expect(checkpoints.at(-1)).toBe(7);
    expect(checkpoints).toEqual([...checkpoints].sort((a, b) => a - b));
    expect(new Set(checkpoints).size).toBe(checkpoints.length);
    for (const position of checkpoints) {
      const acked = log.findIndex(
        (line) => line.startsWith('ack') && line.split(' ')[1]?.split(',').includes(String(position)),
      );
      expect(acked).toBeGreaterThanOrEqual(0);
      expect(log.indexOf(`checkpoint ${position}`)).toBeGreaterThan(acked);
    }
    expect(log.filter((line) => line.startsWith('send')).length).toBe(4);
    expect(stored.get('a')?.balance.confirmedMinutes).toBe(50);
  });

  it('checkpoints every batch on its own when the store keeps up with the broker', async () => {
    const { context, log } = harness({ commitMs: 0 });
    await runPublishPipeline(batchesOf(events, 2), { ...context, checkpointIntervalMs: 0 });
    expect(log.filter((line) => line.startsWith('checkpoint'))).toEqual([
      'checkpoint 2',
      'checkpoint 4',
      'checkpoint 6',
      'checkpoint 7',
    ]);
  });

  it('checkpoints at most once an interval while the next batch is ready, and the last batch at once', async () => {
    const { context, log, stored } = harness({ commitMs: 0 });
    await runPublishPipeline(batchesOf(events, 2), { ...context, checkpointIntervalMs: 60_000 });
    // The first acknowledgement is checkpointed; the next ones wait, as a batch is always ready behind
    // them, until the stream runs out: the last checkpoint carries them all.
    expect(log.filter((line) => line.startsWith('checkpoint'))).toEqual(['checkpoint 2', 'checkpoint 7']);
    expect(stored.get('a')?.balance.confirmedMinutes).toBe(50);
  });

  it('checkpoints what the broker acknowledged before a failed send, even between intervals', async () => {
    const { context, log } = harness({ commitMs: 0, failSend: 3 });
    await expect(
      runPublishPipeline(batchesOf(events, 2), { ...context, checkpointIntervalMs: 60_000 }),
    ).rejects.toThrow('broker gone');
    expect(log.filter((line) => line.startsWith('checkpoint'))).toEqual(['checkpoint 2', 'checkpoint 4']);
  });

  it('stores the latest state of every volunteer of batches that share a checkpoint', async () => {
    const two = recordAll([
      ['volunteer-a', [registration('a'), ...confirmedSession('a', 's1', 30)]],
      ['volunteer-b', [registration('b'), ...confirmedSession('b', 's1', 40)]],
    ]);
    const { context, stored } = harness({ commitMs: 30 });
    await runPublishPipeline(batchesOf(two, 1), context);
    expect(stored.get('a')?.balance.confirmedMinutes).toBe(30);
    expect(stored.get('b')?.balance.confirmedMinutes).toBe(40);
  });

  it('stops at a failed send without checkpointing that batch or any after it', async () => {
    const { context, log } = harness({ failSend: 2 });
    await expect(runPublishPipeline(batchesOf(events, 2), context)).rejects.toThrow('broker gone');
    expect(log.filter((line) => line.startsWith('checkpoint'))).toEqual(['checkpoint 2']);
  });

  it('writes no later checkpoint once one has failed', async () => {
    const { context, log } = harness({ failCheckpoint: 1 });
    await expect(runPublishPipeline(batchesOf(events, 2), context)).rejects.toThrow('database gone');
    expect(log.filter((line) => line.startsWith('checkpoint') || line.startsWith('advanced'))).toEqual([]);
  });
});
