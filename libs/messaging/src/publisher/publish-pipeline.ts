import { type RecordedEvent } from '@vl/event-store';
import { type Producer, type TopicMessages } from 'kafkajs';
import { LEDGER_ACKS } from '../kafka/kafka-client.js';
import { planBatch, volunteersOf, type PlanOptions, type PublishPlan } from './publish-plan.js';
import { type PublishedVolunteer } from './published-volunteer.js';
import { type PublisherStateStore } from './publisher-state.store.js';

export interface PipelineContext {
  readonly producer: Pick<Producer, 'sendBatch'>;
  readonly state: Pick<PublisherStateStore, 'loadVolunteers' | 'commit'>;
  readonly entriesTopic: string;
  readonly balancesTopic: string;
  readonly eligibilityTopic: string;
  readonly certificatesTopic: string;
  readonly plan: PlanOptions;
  readonly birthDatesOf?: (volunteerIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  readonly onPlanned: (plan: PublishPlan) => void;
  /** Called in order, once a batch's checkpoint is stored. */
  readonly onCheckpoint: (position: number) => void;
  /**
   * While the next batch is already read and mapped (catching up), a checkpoint is written at most this
   * often; batches acknowledged in between share the next one. Default 1 s.
   */
  readonly checkpointIntervalMs?: number;
}

const CHECKPOINT_INTERVAL_MS = 1000;

/**
 * Moves batches through three stages that overlap but each keep their order: read and map batch N+1
 * while batch N is being sent, and store N's checkpoint while N+1 is sent (while catching up, at most
 * once per `checkpointIntervalMs`). A checkpoint is written only
 * after its batch was acknowledged, and only after the checkpoint before it, so a crash at any point
 * resumes at or before the first unacknowledged event. Batches acknowledged while a checkpoint is being
 * written share the next one (their volunteers' latest state, the last position): the store keeps up with
 * the broker without a transaction per batch. Throws on the first failure, after letting the checkpoint
 * under way finish; the caller starts again from the stored checkpoint.
 */
export async function runPublishPipeline(
  batches: AsyncIterator<RecordedEvent[]>,
  context: PipelineContext,
): Promise<void> {
  // Volunteer state mapped but not yet checkpointed: the database does not have it yet.
  const pending = new Map<string, PublishedVolunteer>();
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
    const known = new Map<string, PublishedVolunteer>();
    const missing: string[] = [];
    for (const id of volunteersOf(next.value)) {
      const volunteer = pending.get(id);
      if (volunteer) known.set(id, volunteer);
      else missing.push(id);
    }
    const first = next.value.reduce((min, event) => Math.min(min, event.position), Number.POSITIVE_INFINITY);
    for (const [id, volunteer] of await context.state.loadVolunteers(missing, first))
      known.set(id, volunteer);
    const birthDates = context.birthDatesOf
      ? await context.birthDatesOf(volunteersOf(next.value))
      : undefined;
    const plan = planBatch(next.value, known, birthDates ? { ...context.plan, birthDates } : context.plan);
    for (const [id, volunteer] of plan.volunteersAfter) pending.set(id, volunteer);
    context.onPlanned(plan);
    return plan;
  };

  const checkpoint = async (plans: readonly PublishPlan[]): Promise<void> => {
    const last = plans[plans.length - 1];
    if (!last) return;
    const volunteers = plans.length === 1 ? last.volunteersAfter : latestOf(plans);
    await context.state.commit(last.lastPosition, volunteers);
    for (const [id, volunteer] of volunteers) {
      if (pending.get(id) === volunteer) pending.delete(id);
    }
    context.onCheckpoint(last.lastPosition);
  };

  // Acknowledged batches whose checkpoint is not yet being written, in order.
  const acknowledged: PublishPlan[] = [];
  let writing: Promise<void> | undefined;
  const interval = context.checkpointIntervalMs ?? CHECKPOINT_INTERVAL_MS;
  let lastCheckpointAt = Number.NEGATIVE_INFINITY;
  const startCheckpoint = (): void => {
    if (writing !== undefined || checkpointFailure || acknowledged.length === 0) return;
    lastCheckpointAt = performance.now();
    writing = nextTurn().then(writeCheckpoints);
  };
  // One writer at a time: it takes everything acknowledged so far, and stops for good at a failure, or
  // state of the failed batches would be skipped by a later checkpoint.
  const writeCheckpoints = async (): Promise<void> => {
    try {
      while (acknowledged.length > 0 && !checkpointFailure) await checkpoint(acknowledged.splice(0));
    } catch (error) {
      checkpointFailure = { error };
      reportFailure(error);
    } finally {
      writing = undefined;
    }
  };

  try {
    let upcoming = prepare();
    let nextReady = false;
    for (;;) {
      const plan = await Promise.race([upcoming, failed]);
      if (!plan) break;
      if (checkpointFailure) throw checkpointFailure.error;
      // The send goes first: the producer encodes and writes its request before the next batch is read and
      // mapped or a checkpoint written, so that work fills the wait for the broker instead of delaying it.
      const sending = send(context, plan);
      const next = nextTurn().then(prepare);
      upcoming = next;
      nextReady = false;
      // Awaited on the next turn; until then a rejection must not count as unhandled.
      next.then(
        () => {
          if (upcoming === next) nextReady = true;
        },
        () => undefined,
      );
      await sending;
      acknowledged.push(plan);
      // Caught up (nothing read ahead), every acknowledged batch is checkpointed at once; catching up, at
      // most once an interval, so the checkpoints do not take the time the sends need.
      if (!nextReady || performance.now() - lastCheckpointAt >= interval) startCheckpoint();
    }
  } catch (error) {
    // What the broker acknowledged before the failure is still checkpointed.
    startCheckpoint();
    while (writing !== undefined) await writing;
    throw error;
  }
  startCheckpoint();
  while (writing !== undefined) await writing;
  if (checkpointFailure) throw checkpointFailure.error;
}

/** Resolves after the work already queued (the producer's request on its way) has had its turn. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The volunteers of several batches, each in the state after the last batch that touched it. */
function latestOf(plans: readonly PublishPlan[]): Map<string, PublishedVolunteer> {
  const volunteers = new Map<string, PublishedVolunteer>();
  for (const plan of plans) for (const [id, volunteer] of plan.volunteersAfter) volunteers.set(id, volunteer);
  return volunteers;
}

async function send(context: PipelineContext, plan: PublishPlan): Promise<void> {
  const topicMessages: TopicMessages[] = [
    { topic: context.entriesTopic, messages: plan.entries },
    { topic: context.balancesTopic, messages: plan.balances },
    { topic: context.eligibilityTopic, messages: plan.eligibility },
    { topic: context.certificatesTopic, messages: plan.certificates },
  ].filter((topic) => topic.messages.length > 0);
  if (topicMessages.length === 0) return;
  await context.producer.sendBatch({ acks: LEDGER_ACKS, topicMessages });
}
