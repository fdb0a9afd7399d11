import { type VolunteerBalance } from '@vl/domain';
import { type RecordedEvent } from '@vl/event-store';
import { type Producer, type TopicMessages } from 'kafkajs';
import { LEDGER_ACKS } from '../kafka/kafka-client.js';
import { planBatch, volunteersOf, type PlanOptions, type PublishPlan } from './publish-plan.js';
import { type PublisherStateStore } from './publisher-state.store.js';

export interface PipelineContext {
  readonly producer: Pick<Producer, 'sendBatch'>;
  readonly state: Pick<PublisherStateStore, 'loadBalances' | 'commit'>;
  readonly entriesTopic: string;
  readonly balancesTopic: string;
  readonly plan: PlanOptions;
  readonly onPlanned: (plan: PublishPlan) => void;
  /** Called in order, once a batch's checkpoint is stored. */
  readonly onCheckpoint: (position: number) => void;
}

/**
 * Moves batches through three stages that overlap but each keep their order: read and map batch N+1
 * while batch N is being sent, and store N's checkpoint while N+1 is sent. A checkpoint is written only
 * after its batch was acknowledged, and only after the checkpoint before it, so a crash at any point
 * resumes at or before the first unacknowledged event. Throws on the first failure, after letting the
 * checkpoints already under way finish; the caller starts again from the stored checkpoint.
 */
export async function runPublishPipeline(
  batches: AsyncIterator<RecordedEvent[]>,
  context: PipelineContext,
): Promise<void> {
  // Balances mapped but not yet checkpointed: the database does not have them yet.
  const pending = new Map<string, VolunteerBalance>();
  let checkpoints: Promise<void> = Promise.resolve();
  let checkpointFailure: { error: unknown } | undefined;
  // Rejects when a checkpoint fails, so a failure is noticed even while no new batch is coming.
  let reportFailure: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    reportFailure = reject;
  });
  failed.catch(() => undefined);

  const prepare = async (): Promise<PublishPlan | undefined> => {
    const next = await batches.next();
    if (next.done) return undefined;
    const known = new Map<string, VolunteerBalance>();
    const missing: string[] = [];
    for (const id of volunteersOf(next.value)) {
      const balance = pending.get(id);
      if (balance) known.set(id, balance);
      else missing.push(id);
    }
    for (const [id, balance] of await context.state.loadBalances(missing)) known.set(id, balance);
    const plan = planBatch(next.value, known, context.plan);
    for (const [id, balance] of plan.balancesAfter) pending.set(id, balance);
    context.onPlanned(plan);
    return plan;
  };

  const checkpoint = async (plan: PublishPlan): Promise<void> => {
    await context.state.commit(plan.lastPosition, plan.balancesAfter);
    for (const [id, balance] of plan.balancesAfter) {
      if (pending.get(id) === balance) pending.delete(id);
    }
    context.onCheckpoint(plan.lastPosition);
  };

  try {
    let upcoming = prepare();
    for (;;) {
      const plan = await Promise.race([upcoming, failed]);
      if (!plan) break;
      upcoming = prepare();
      // Awaited on the next turn; until then a rejection must not count as unhandled.
      upcoming.catch(() => undefined);
      if (checkpointFailure) throw checkpointFailure.error;
      await send(context, plan);
      // Chained: after a failed checkpoint no later one is written, or balances of the failed batch would be skipped.
      checkpoints = checkpoints.then(() => checkpoint(plan));
      checkpoints.catch((error: unknown) => {
        checkpointFailure ??= { error };
        reportFailure(error);
      });
    }
  } catch (error) {
    await checkpoints.catch(() => undefined);
    throw error;
  }
  await checkpoints;
}

async function send(context: PipelineContext, plan: PublishPlan): Promise<void> {
  const topicMessages: TopicMessages[] = [];
  if (plan.entries.length > 0) topicMessages.push({ topic: context.entriesTopic, messages: plan.entries });
  if (plan.balances.length > 0) topicMessages.push({ topic: context.balancesTopic, messages: plan.balances });
  if (topicMessages.length === 0) return;
  await context.producer.sendBatch({ acks: LEDGER_ACKS, topicMessages });
}
