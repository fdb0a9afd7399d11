import { Inject, Injectable, Optional } from '@nestjs/common';
import { decodeEvent, encodeEvent, type LedgerEvent } from '@vl/domain';
import { type EventStore, type RecordedEvent, WrongExpectedRevisionError } from '@vl/event-store';
import { EVENT_STORE, PROJECTOR_NUDGE } from '@vl/platform';
import { CLOCK, type Clock } from './clock.js';
import { type CommandContext } from './command-context.js';
import { eventIdFactory } from './deterministic-id.js';
import { LedgerMetrics } from '../platform/metrics/ledger-metrics.js';

/** A stream kind: how its stream is named, folded and decided on. */
export interface StreamKind<State, Command> {
  readonly streamOf: (id: string) => string;
  readonly initialState: State;
  /** Folds a whole stream at once, so a long history costs a command linear time. */
  readonly fold: (state: State, events: readonly LedgerEvent[]) => State;
  /** Throws a DomainError when a rule refuses. */
  readonly decide: (command: Command, state: State) => readonly LedgerEvent[];
}

/** What a command appended (now, or on an earlier try with the same idempotency key) and the last position. */
export interface Handled {
  readonly events: readonly LedgerEvent[];
  readonly position: number;
}

export interface HandleOptions {
  /** When the fact happened in the world; defaults to the time the command is handled. */
  readonly occurredAt?: string;
}

const MAX_ATTEMPTS = 5;

/**
 * One command handler per stream kind: load, decide, append with the revision decided on; on a concurrent
 * change, decide again on the new state. A command retried with the same idempotency key finds its own
 * events and answers as it did the first time.
 */
@Injectable()
export abstract class StreamCommandHandler<State, Command> {
  @Optional() @Inject(LedgerMetrics) private readonly metrics?: LedgerMetrics;
  protected abstract readonly kind: StreamKind<State, Command>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR_NUDGE) private readonly nudge: () => void,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The stream's state, to read another boundary's facts (a parent, an activity) before deciding. */
  async load(id: string): Promise<State> {
    return this.fold(await this.store.readStream(this.kind.streamOf(id)));
  }

  /**
   * Decides `command` on the stream's current state and appends what it decided. Given as a function, the
   * command is built with the time it is handled at (the clock's, once), which is also when it occurred
   * unless `options.occurredAt` says otherwise.
   */
  async handle(
    context: CommandContext,
    id: string,
    command: Command | ((now: string) => Command),
    options: HandleOptions = {},
  ): Promise<Handled> {
    const stream = this.kind.streamOf(id);
    const idFor = eventIdFactory(context.idempotencySeed);
    const now = this.clock.now().toISOString();
    const decided = typeof command === 'function' ? (command as (now: string) => Command)(now) : command;
    const occurredAt = options.occurredAt ?? now;
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const recorded = await this.store.readStream(stream);
      const replay = context.idempotencySeed === undefined ? undefined : findApplied(recorded, idFor);
      if (replay) return replay;
      const events = this.kind.decide(decided, this.fold(recorded));
      const last = recorded[recorded.length - 1];
      if (events.length === 0) return { events, position: last?.position ?? 0 };
      const recordedAt = this.clock.now().toISOString();
      const timer = this.metrics?.appendDuration.startTimer();
      try {
        const result = await this.store.append(
          stream,
          events.map((event, index) => ({
            id: idFor(index),
            ...encodeEvent(event, {
              occurredAt,
              recordedAt,
              actor: context.actor.sub,
              correlationId: context.correlationId,
            }),
          })),
          last ? last.revision : 'no_stream',
        );
        timer?.({ outcome: 'appended' });
        this.nudge();
        return { events, position: result.position };
      } catch (error) {
        const conflict = error instanceof WrongExpectedRevisionError;
        timer?.({ outcome: conflict ? 'conflict' : 'error' });
        if (conflict) this.metrics?.appendConflicts.inc();
        if (!conflict) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  private fold(recorded: readonly RecordedEvent[]): State {
    const events: LedgerEvent[] = [];
    for (const stored of recorded) {
      const decoded = decodeEvent(stored);
      if (decoded) events.push(decoded.event);
    }
    return this.kind.fold(this.kind.initialState, events);
  }
}

function findApplied(
  recorded: readonly RecordedEvent[],
  idFor: (index: number) => string,
): Handled | undefined {
  const start = recorded.findIndex((event) => event.id === idFor(0));
  if (start < 0) return undefined;
  const events: LedgerEvent[] = [];
  let position = 0;
  for (let index = 0; start + index < recorded.length; index += 1) {
    const stored = recorded[start + index];
    if (!stored || stored.id !== idFor(index)) break;
    const decoded = decodeEvent(stored);
    if (decoded) events.push(decoded.event);
    position = stored.position;
  }
  return { events, position };
}
